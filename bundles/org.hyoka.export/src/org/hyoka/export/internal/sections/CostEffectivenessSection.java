package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.get;
import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.Calculation;
import org.hyoka.model.results.CostEffectiveness;
import org.hyoka.model.results.EconomicClaim;
import org.hyoka.model.results.ResultsPackage;

/** 費用対効果: the national cost, the economic effects claimed and how they were calculated, and the narrative. */
public final class CostEffectivenessSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		CostEffectiveness cost = ((EvaluationSubject) target).getCostEffectiveness();
		if (cost == null) {
			return List.of();
		}
		List<Block> blocks = new ArrayList<>();
		List<Map.Entry<String, String>> overview = new ArrayList<>();
		ReportText.row(overview, get("cost.national"), (Tables.money(cost.getNationalCost()) + Tables.flag(cost.isStatedAsTotal(), "cost.total")).strip()); //$NON-NLS-1$ //$NON-NLS-2$
		ReportText.row(overview, get("cost.period"), cost.getNationalCostPeriodText()); //$NON-NLS-1$
		ReportText.row(overview, get("cost.basis"), cost.getNationalCostBasis()); //$NON-NLS-1$
		ReportText.row(overview, get("cost.narrative"), cost.getNarrative()); //$NON-NLS-1$
		if (!overview.isEmpty()) {
			blocks.add(Table.overview(overview));
		}
		blocks.addAll(Tables.data("cost.claims", cost.getClaims().stream().map(CostEffectivenessSection::claim).toList(), "claim.description", "claim.kind", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"claim.value", "claim.year", "claim.assumption", "claim.source")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		blocks.addAll(Tables.data("cost.calculations", cost.getCalculations().stream().map(CostEffectivenessSection::calculation).toList(), //$NON-NLS-1$
				"calculation.description", "calculation.factors", "calculation.result")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return blocks;
	}

	/** The value as a range when it has an upper bound (3,000～4,000億円), per year when claimed so. */
	private static List<String> claim(EconomicClaim claim) {
		String value = Tables.money(claim.getValue());
		if (claim.getValueUpper() != null) {
			value = format("claim.range", value, Tables.money(claim.getValueUpper())); //$NON-NLS-1$
		}
		return List.of(nonNull(claim.getDescriptionJa()), Tables.word(claim, ResultsPackage.Literals.ECONOMIC_CLAIM__KIND, "claim.kind."), //$NON-NLS-1$
				value + Tables.flag(claim.isPerYear(), "claim.perYear"), Tables.year(claim.getYear()), //$NON-NLS-1$
				claim.getAssumptionPercent() == null ? "" : format("claim.percent", ReportText.number(claim.getAssumptionPercent())), nonNull(claim.getSourceCitation())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The factors multiplied, one per line: 1,200,000 g/年. */
	private static List<String> calculation(Calculation calculation) {
		String factors = ReportText.lines(calculation.getFactors().stream()
				.map(factor -> String.join(" ", nonNull(factor.getLabel()), ReportText.number(factor.getValue()), nonNull(factor.getUnit())).strip())); //$NON-NLS-1$
		return List.of(nonNull(calculation.getDescriptionJa()), factors, Tables.money(calculation.getStatedResult()));
	}
}
