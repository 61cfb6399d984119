package org.hyoka.cli.commands;

import java.math.BigDecimal;
import java.util.Set;

import org.hyoka.cli.CliMessages;
import org.hyoka.cli.Terminal;
import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Project;

/** {@code hyoka scores}: project, item, evaluators, average and flag of every score table row. */
public final class ScoresCommand implements Command {

	@Override
	public int run(CommandContext context) throws UsageException {
		String file = new Arguments(context.arguments(), Set.of()).operand("FILE"); //$NON-NLS-1$
		EvaluationReport report = Inputs.load(file);
		if (report.getEvaluations().stream().allMatch(evaluation -> evaluation.getScoreTable() == null)) {
			// nothing to print is not an error, but silence would read as "no rows below 2.0"
			context.err().println(CliMessages.format("scores.none", file)); //$NON-NLS-1$
			return OK;
		}
		for (Evaluation evaluation : report.getEvaluations()) {
			if (evaluation.getScoreTable() == null) {
				continue;
			}
			String subject = subject(evaluation.getTarget());
			for (Scoring.ItemResult result : Scoring.results(evaluation.getScoreTable())) {
				BigDecimal average = result.average();
				context.out().println(String.join("\t", Terminal.field(subject), item(result), Integer.toString(result.evaluators()), //$NON-NLS-1$
						average == null ? "-" : average.toPlainString(), //$NON-NLS-1$
						average == null ? "-" : result.needsExplanation() ? "below-2.0" : "ok")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return OK;
	}

	/** A project by its letter, the program (or another subject) by its id. */
	private static String subject(EvaluationSubject subject) {
		if (subject instanceof Project project && project.getLetterCode() != null) {
			return project.getLetterCode();
		}
		return subject == null || subject.getId() == null ? "-" : subject.getId(); //$NON-NLS-1$
	}

	private static String item(Scoring.ItemResult result) {
		return result.item() == null ? "-" : Scoring.itemNumber(result.item()); //$NON-NLS-1$
	}
}
