package org.hyoka.cli.commands;

import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.cli.Terminal;
import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;

/** {@code hyoka validate}: one finding per line; status 1 when any is an error. */
public final class ValidateCommand implements Command {

	@Override
	public int run(CommandContext context) throws UsageException {
		EvaluationReport report = Inputs.load(new Arguments(context.arguments(), Set.of()).operand("FILE")); //$NON-NLS-1$
		boolean errors = false;
		for (Diagnostic finding : Validation.validate(report).getChildren()) {
			errors |= finding.getSeverity() >= Diagnostic.ERROR;
			String code = Rule.of(finding).map(Rule::code).orElse(finding.getSource() + ':' + finding.getCode());
			// ids, paths and messages quote the file, which may hold anything
			context.out().println(String.join("\t", severity(finding), Terminal.field(code), Terminal.field(path(finding)), //$NON-NLS-1$
					Terminal.field(finding.getMessage())));
		}
		return errors ? FOUND : OK;
	}

	private static String severity(Diagnostic finding) {
		return switch (finding.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> "ERROR"; //$NON-NLS-1$
		case Diagnostic.WARNING -> "WARNING"; //$NON-NLS-1$
		default -> "INFO"; //$NON-NLS-1$
		};
	}

	/** Where in the file: the object's id, or its path from the root when it has none. */
	private static String path(Diagnostic finding) {
		if (!finding.getData().isEmpty() && finding.getData().get(0) instanceof EObject object && object.eResource() != null) {
			return object.eResource().getURIFragment(object);
		}
		return "-"; //$NON-NLS-1$
	}
}
