package org.hyoka.export.internal.sections;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.printed.Printed;

/** 第2部's sections of every evaluation, each under the heading of its subject and type. */
public final class EvaluationsSection implements ReportSection.Container {

	@Override
	public Scope holds() {
		return Scope.EVALUATION;
	}

	@Override
	public List<Evaluation> targets(EvaluationReport report) {
		return report.getEvaluations();
	}

	@Override
	public Heading heading(EObject target) {
		Evaluation evaluation = (Evaluation) target;
		String printed = Printed.of(evaluation, EvaluationPackage.Literals.EVALUATION__TYPE);
		String type = printed != null ? "（" + printed + "）" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return new Heading(2, ReportText.subjectTitle(evaluation.getTarget()) + type, "evaluation", "evaluation-" + evaluation.getId()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
