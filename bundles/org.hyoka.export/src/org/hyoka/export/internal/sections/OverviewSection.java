package org.hyoka.export.internal.sections;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;

/** The subject's overview table: 事業名, 事業の目的・概要, 実施期間, 実施体制… */
public final class OverviewSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		return List.of(Table.overview(ReportText.overview((EvaluationSubject) target)));
	}
}
