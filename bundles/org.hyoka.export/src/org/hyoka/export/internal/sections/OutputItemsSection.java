package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.OutputItem;

/** アウトプットの内訳: what each output indicator counts, item by item, under the indicator's name. */
public final class OutputItemsSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<List<String>> rows = ((EvaluationSubject) target).getOutputIndicators().stream()
				.flatMap(indicator -> indicator.getBreakdown().stream().map(item -> row(indicator, item))).toList();
		return Tables.data("outputItems", rows, "outputItem.indicator", "outputItem.label", "outputItem.category", "outputItem.organization", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"outputItem.productised", "outputItem.description"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> row(OutputIndicator indicator, OutputItem item) {
		return List.of(nonNull(indicator.getNameJa()), nonNull(item.getLabel()), nonNull(item.getCategory()), Tables.name(item.getOrganization()),
				Tables.flag(item.isProductised(), "outputItem.isProductised"), nonNull(item.getDescription())); //$NON-NLS-1$
	}
}
