package org.hyoka.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Rule;
import org.hyoka.model.EvaluationReport;

/**
 * The findings on a report as text, one line each in the validator's order: severity, code, the object as messages
 * name it, and the message, tab-separated. Tests pin the findings on the samples with it, so any change to what an
 * evaluator reads shows as a difference of lines.
 */
public final class FindingsText {

	private FindingsText() {
	}

	/** The findings on the report, in the messages of this locale. */
	public static String of(EvaluationReport report, Locale locale) {
		Locale previous = Locale.getDefault();
		try {
			Locale.setDefault(locale);
			List<String> lines = new ArrayList<>();
			for (Diagnostic finding : Validation.validate(report).getChildren()) {
				Object object = finding.getData().isEmpty() ? null : finding.getData().get(0);
				lines.add(String.join("\t", Rule.severityName(finding.getSeverity()), code(finding), //$NON-NLS-1$
						object instanceof EObject eObject ? ObjectLabels.describe(eObject) : "-", finding.getMessage())); //$NON-NLS-1$
			}
			return String.join("\n", lines) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			Locale.setDefault(previous);
		}
	}

	private static String code(Diagnostic finding) {
		return Rule.of(finding).map(Rule::code).orElse(finding.getSource() + ':' + finding.getCode());
	}
}
