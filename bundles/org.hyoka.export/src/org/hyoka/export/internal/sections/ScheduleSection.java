package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramPackage;

/** 評価の実施時期: the evaluations the subject has had and is to have, as its overview lists them. */
public final class ScheduleSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		return Tables.data("schedule", ((EvaluationSubject) target).getEvaluationSchedule().stream() //$NON-NLS-1$
				.map(evaluation -> List.of(Tables.word(evaluation, ProgramPackage.Literals.SCHEDULED_EVALUATION__TYPE, "evaluationType."), //$NON-NLS-1$
						Tables.year(evaluation.getFiscalYear()) + Tables.flag(evaluation.isPlanned(), "schedule.planned"), nonNull(evaluation.getPrinted()))) //$NON-NLS-1$
				.toList(), "schedule.type", "schedule.year", "schedule.printed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
