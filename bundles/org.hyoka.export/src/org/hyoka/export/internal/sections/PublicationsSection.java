package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.nonNull;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.PublicationRecord;

/** 論文数・特許出願件数: the counts of each period, and the record as printed. */
public final class PublicationsSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		return Tables.data("publications", ((EvaluationSubject) target).getPublications().stream().map(PublicationsSection::row).toList(), "publication.period", //$NON-NLS-1$ //$NON-NLS-2$
				"publication.papers", "publication.domestic", "publication.foreign", "publication.pct", "publication.printed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static List<String> row(PublicationRecord record) {
		String start = Tables.year(record.getPeriodStartFY());
		String end = Tables.year(record.getPeriodEndFY());
		return List.of(start.isEmpty() && end.isEmpty() ? "" : format("fiscalYearRange", start, end), count(record.getPapers()), //$NON-NLS-1$ //$NON-NLS-2$
				count(record.getDomesticPatents()), count(record.getForeignPatents()), count(record.getPctApplications()), nonNull(record.getPrinted()));
	}

	private static String count(Integer count) {
		return count == null ? "" : count.toString(); //$NON-NLS-1$
	}
}
