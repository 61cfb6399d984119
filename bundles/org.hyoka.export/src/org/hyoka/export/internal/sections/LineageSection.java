package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.LineageEntry;
import org.hyoka.model.program.Program;

/** 系譜: the program's predecessors, successors and reference projects with their periods. */
public final class LineageSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		if (!(target instanceof Program program)) {
			return List.of();
		}
		return Tables.data("lineage", program.getLineage().stream().map(LineageSection::row).toList(), //$NON-NLS-1$
				"lineage.name", "lineage.period", "lineage.mode", "lineage.marker", "lineage.reference"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static List<String> row(LineageEntry entry) {
		return List.of(entry.getNameJa() != null ? entry.getNameJa() : Tables.name(entry.getProject()), nonNull(ReportText.periodWithNotes(entry.getPeriod())),
				nonNull(entry.getExecutionMode()), nonNull(entry.getMarker()), Tables.flag(entry.isReference(), "lineage.isReference")); //$NON-NLS-1$
	}
}
