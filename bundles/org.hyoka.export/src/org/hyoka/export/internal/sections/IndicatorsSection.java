package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.get;
import static org.hyoka.core.report.ReportText.nonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.indicator.Revisions;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeIndicator;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetRevision;

/**
 * The subject's アウトプット指標 and アウトカム指標 as 事業アウトプット and 事業アウトカム print them: per indicator its
 * targets with year, target, actual, achievement rate and status, then what is said of it and how its targets changed.
 * Only what was entered is printed: an unset value leaves its cell empty, never a default.
 */
public final class IndicatorsSection implements ReportSection {

	private static final EAttribute KIND = ResultsPackage.Literals.INDICATOR_TARGET__KIND;
	private static final EAttribute STATUS = ResultsPackage.Literals.INDICATOR_TARGET__STATUS;
	private static final String CUMULATIVE = "（累計）"; //$NON-NLS-1$
	private static final String ACCUMULATED = "（累積）"; //$NON-NLS-1$

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		EvaluationSubject subject = (EvaluationSubject) target;
		List<Block> blocks = new ArrayList<>();
		subject.getOutputIndicators().forEach(indicator -> indicator(indicator, "indicators.output", blocks)); //$NON-NLS-1$
		subject.getOutcomeIndicators().forEach(indicator -> indicator(indicator, "indicators.outcome", blocks)); //$NON-NLS-1$
		return blocks;
	}

	private static void indicator(Indicator indicator, String kind, List<Block> blocks) {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(Tables.headers(kind, "indicator.kind", "indicator.year", "indicator.target", "indicator.actual", "indicator.rate", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"indicator.status", "indicator.reason")); //$NON-NLS-1$ //$NON-NLS-2$
		String name = name(indicator);
		for (IndicatorTarget target : indicator.getTargets()) {
			rows.add(List.of(Cell.header(name), Cell.text(Tables.word(target, KIND, "targetKind."), Tables.TEXT), //$NON-NLS-1$
					Cell.text(target.getFiscalYear() == null ? "" : ReportText.fiscalYear(target.getFiscalYear()), Tables.TEXT), //$NON-NLS-1$
					Cell.number(targetValue(target, indicator), Tables.AMOUNT), Cell.number(actual(target, indicator), Tables.AMOUNT),
					Cell.number(Achievement.statedRate(target).map(rate -> format("indicator.percent", ReportText.number(rate))).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
							Tables.AMOUNT),
					Cell.text(Printed.or(target, STATUS, () -> Achievement.statedStatus(target).map(ReportText::status).orElse("")), //$NON-NLS-1$
							Tables.TEXT),
					Cell.text(nonNull(target.getReason()), Tables.TEXT)));
			name = ""; //$NON-NLS-1$
		}
		if (indicator.getTargets().isEmpty()) {
			List<Cell> row = new ArrayList<>(Collections.nCopies(rows.get(0).size(), Cell.text("", Tables.TEXT))); //$NON-NLS-1$
			row.set(0, Cell.header(name));
			rows.add(row);
		}
		blocks.add(new Table(Kind.DATA, nonNull(indicator.getId()), "", "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		texts(indicator, blocks);
		revisions(indicator, blocks);
	}

	/** The name as printed, marked cumulative unless the printed name says so already (（累計）, （累積）). */
	private static String name(Indicator indicator) {
		String name = nonNull(indicator.getNameJa());
		return indicator.isCumulative() && !name.contains(CUMULATIVE) && !name.contains(ACCUMULATED) ? format("indicator.cumulative", name) : name; //$NON-NLS-1$
	}

	/** What is said of the indicator, each under the report's words for it. */
	private static void texts(Indicator indicator, List<Block> blocks) {
		text("indicator.rationale", indicator.getRationale(), blocks); //$NON-NLS-1$
		if (indicator instanceof OutputIndicator output) {
			text("indicator.futureOutlook", output.getFutureOutlook(), blocks); //$NON-NLS-1$
		} else if (indicator instanceof OutcomeIndicator outcome) {
			text("indicator.content", outcome.getContent(), blocks); //$NON-NLS-1$
			text("indicator.outlook", outcome.getOutlook(), blocks); //$NON-NLS-1$
		}
	}

	private static void text(String key, String text, List<Block> blocks) {
		if (text != null) {
			blocks.add(new Paragraph(get(key) + "\n" + text, Tables.TEXT)); //$NON-NLS-1$
		}
	}

	/**
	 * 目標の変更: the target it changed (its year), when, from what to what, who decided and why; a renamed indicator
	 * with its old and new name.
	 */
	private static void revisions(Indicator indicator, List<Block> blocks) {
		if (indicator.getRevisions().isEmpty()) {
			return;
		}
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(Tables.headers("revision.target", "revision.year", "revision.old", "revision.new", "revision.by", "revision.reason")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (TargetRevision revision : indicator.getRevisions()) {
			rows.add(List.of(Cell.text(revised(revision.getTarget()), Tables.TEXT),
					Cell.text(revision.getDecidedFY() == null ? "" : ReportText.fiscalYear(revision.getDecidedFY()), Tables.TEXT), //$NON-NLS-1$
					Cell.number(changed(value(revision.getOldValue(), indicator), revision.getOldIndicatorName()), Tables.AMOUNT),
					Cell.number(changed(value(revision.getNewValue(), indicator), revision.getNewIndicatorName()), Tables.AMOUNT),
					Cell.text(nonNull(revision.getDecidedBy()), Tables.TEXT), Cell.text(nonNull(revision.getReason()), Tables.TEXT)));
		}
		blocks.add(new Table(Kind.DATA, "", get("revisions"), "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The target a revision changed, by its year (and kind where recorded): アウトカム目標 2025年度; empty without one. */
	private static String revised(IndicatorTarget target) {
		if (target == null) {
			return ""; //$NON-NLS-1$
		}
		String year = target.getFiscalYear() == null ? "" : ReportText.fiscalYear(target.getFiscalYear()); //$NON-NLS-1$
		return (Tables.word(target, KIND, "targetKind.") + " " + year).strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The target value, as the report prints a revised one: 10 件 → 20 件. */
	private static String targetValue(IndicatorTarget target, Indicator indicator) {
		String value = value(target.getTargetValue(), indicator);
		return Revisions.valueBefore(target).filter(revision -> !value.isEmpty())
				.map(revision -> format("revision.value", value(revision.getOldValue(), indicator), value)).orElse(value); //$NON-NLS-1$
	}

	/** A value with the indicator's unit: 25 件; empty when unset. */
	private static String value(BigDecimal value, Indicator indicator) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return indicator.getUnit() == null ? ReportText.amount(value) : format("indicator.value", ReportText.amount(value), indicator.getUnit()); //$NON-NLS-1$
	}

	/** The actual value and the date it was counted at: 15 件（2020年度末時点）. */
	private static String actual(IndicatorTarget target, Indicator indicator) {
		String actual = value(target.getActualValue(), indicator);
		return actual.isEmpty() || target.getActualAsOf() == null ? actual : format("indicator.asOf", actual, target.getActualAsOf()); //$NON-NLS-1$
	}

	/** The value, under the indicator's name when the revision renamed it. */
	private static String changed(String value, String name) {
		return name == null ? value : (name + "\n" + value).strip(); //$NON-NLS-1$
	}
}
