package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.OutcomeExample;

/** アウトカムの事例: where the results are used, by whom, how far it has come and when. */
public final class OutcomeExamplesSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		return Tables.data("outcomeExamples", ((EvaluationSubject) target).getOutcomeExamples().stream().map(OutcomeExamplesSection::row).toList(), "example.title", //$NON-NLS-1$ //$NON-NLS-2$
				"example.organization", "example.indicator", "example.subject", "example.technology", "example.status", "example.milestones"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	private static List<String> row(OutcomeExample example) {
		return List.of(nonNull(example.getTitle()), Tables.name(example.getOrganization()), Tables.name(example.getIndicator()), nonNull(example.getSubject()),
				nonNull(example.getTechnologyUsed()), nonNull(example.getStatus()), Tables.events(example.getMilestones()));
	}
}
