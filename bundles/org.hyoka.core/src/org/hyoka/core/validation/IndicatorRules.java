package org.hyoka.core.validation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.indicator.Revisions;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.core.time.PrintedYears;
import org.hyoka.model.base.Period;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeIndicator;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.OutputItem;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetKind;
import org.hyoka.model.results.TargetRevision;

/** Rules on output and outcome indicators: target order, status and rate against the numbers, summaries, lists. */
public final class IndicatorRules implements RuleChecker {

	private static final String INDICATOR_TARGET_ORDER = "HY-IN-01"; //$NON-NLS-1$
	private static final String INDICATOR_STATUS = "HY-IN-02"; //$NON-NLS-1$
	private static final String INDICATOR_RATE = "HY-IN-03"; //$NON-NLS-1$
	private static final String INDICATOR_CUMULATIVE = "HY-IN-04"; //$NON-NLS-1$
	private static final String INDICATOR_REVISION = "HY-IN-05"; //$NON-NLS-1$
	private static final String INDICATOR_SUMMARY = "HY-IN-06"; //$NON-NLS-1$
	private static final String INDICATOR_BREAKDOWN = "HY-IN-07"; //$NON-NLS-1$
	private static final String INDICATOR_NEGATIVE = "HY-IN-08"; //$NON-NLS-1$
	private static final String INDICATOR_OUTSIDE_PERIOD = "HY-IN-09"; //$NON-NLS-1$
	private static final String INDICATOR_BREAKDOWN_DUPLICATE = "HY-IN-10"; //$NON-NLS-1$
	private static final String INDICATOR_CUMULATIVE_ACTUAL = "HY-IN-11"; //$NON-NLS-1$
	private static final String INDICATOR_PROJECTION = "HY-IN-12"; //$NON-NLS-1$
	private static final String REVISION_VALUE = "HY-IN-13"; //$NON-NLS-1$
	private static final String REVISION_UNTIED = "HY-IN-14"; //$NON-NLS-1$
	/** A yearly increase an outlook prints, before and after the indicator's unit: 「年間 4 件増」, 「毎年 2 件ずつ」. */
	private static final String YEARLY_BEFORE = "(?:年間|毎年)\\s*(\\d+(?:\\.\\d+)?)\\s*"; //$NON-NLS-1$
	private static final String YEARLY_AFTER = "\\s*(?:増|ずつ|の(?:ペース|スピード))"; //$NON-NLS-1$
	/** What messages show for a facet a row does not print. */
	private static final String NONE = "—"; //$NON-NLS-1$

	@Override
	public void check(EObject object, Findings findings) {
		switch (object) {
		case Indicator indicator -> check(indicator, findings);
		case IndicatorTarget target -> check(target, findings);
		default -> {
			// not a type of this set
		}
		}
	}

	private static void check(Indicator indicator, Findings findings) {
		List<IndicatorTarget> targets = indicator.getTargets();
		Optional<Integer> lastInterim = years(targets, TargetKind.INTERIM).max(Integer::compare);
		Optional<Integer> firstFinal = years(targets, TargetKind.FINAL).min(Integer::compare);
		if (lastInterim.isPresent() && firstFinal.isPresent() && lastInterim.get() >= firstFinal.get()) {
			findings.report(INDICATOR_TARGET_ORDER, indicator, lastInterim.get(), firstFinal.get());
		}
		if (indicator.isCumulative()) {
			List<IndicatorTarget> byYear = targets.stream().filter(t -> t.getFiscalYear() != null && t.getTargetValue() != null)
					.sorted(Comparator.comparing(IndicatorTarget::getFiscalYear)).toList();
			for (int i = 1; i < byYear.size(); i++) {
				if (byYear.get(i).getTargetValue().compareTo(byYear.get(i - 1).getTargetValue()) < 0) {
					findings.report(INDICATOR_CUMULATIVE, indicator, byYear.get(i - 1).getFiscalYear(),
							BudgetRules.plain(byYear.get(i - 1).getTargetValue()), byYear.get(i).getFiscalYear(),
							BudgetRules.plain(byYear.get(i).getTargetValue()), SourceLines.of(byYear.get(i - 1)), SourceLines.of(byYear.get(i)));
				}
			}
			checkCumulativeActuals(targets, findings, indicator);
		}
		for (TargetRevision revision : indicator.getRevisions()) {
			boolean changed = revision.getOldValue() != null && revision.getNewValue() != null
					|| revision.getOldIndicatorName() != null && revision.getNewIndicatorName() != null;
			if (!changed || revision.getReason() == null || revision.getReason().isBlank()) {
				findings.report(INDICATOR_REVISION, indicator);
			}
			checkRevisedValue(revision, indicator, findings);
		}
		if (indicator.getSummarizes() != null) {
			checkSummary(indicator, indicator.getSummarizes(), findings);
		}
		if (indicator instanceof OutputIndicator output && !output.getBreakdown().isEmpty()) {
			checkBreakdown(output, findings);
		}
	}

	/**
	 * A revision's new value is what its target prints, when it is the latest revision of that target to give one
	 * (an earlier one was revised again). A revision naming no target, in an indicator with several, ties itself to
	 * one only by its new value: when no target has it, nothing says which year it changed.
	 */
	private static void checkRevisedValue(TargetRevision revision, Indicator indicator, Findings findings) {
		BigDecimal value = revision.getNewValue();
		if (value == null) {
			return;
		}
		IndicatorTarget target = revision.getTarget();
		if (target != null) {
			boolean latest = Revisions.of(target).stream().filter(each -> each.getNewValue() != null).reduce((first, later) -> later)
					.orElse(null) == revision;
			if (latest && differs(value, target.getTargetValue())) {
				findings.reportAt(REVISION_VALUE, revision, ResultsPackage.Literals.TARGET_REVISION__NEW_VALUE,
						target.getFiscalYear() == null ? NONE : target.getFiscalYear(), BudgetRules.plain(value), SourceLines.of(revision),
						BudgetRules.plain(target.getTargetValue()), SourceLines.of(target));
			}
		} else if (indicator.getTargets().size() > 1
				&& indicator.getTargets().stream().noneMatch(each -> each.getTargetValue() != null && each.getTargetValue().compareTo(value) == 0)) {
			findings.reportAt(REVISION_UNTIED, revision, ResultsPackage.Literals.TARGET_REVISION__TARGET, BudgetRules.plain(value),
					SourceLines.of(revision), indicator.getTargets().size(), SourceLines.span(indicator.getTargets()));
		}
	}

	/**
	 * A cumulative count does not fall from one as-of date to a later one. Only dates in different years are
	 * compared: 「2022年末」 and 「2022年度末」 are three months apart, in either order of their printed numbers.
	 */
	private static void checkCumulativeActuals(List<IndicatorTarget> targets, Findings findings, Indicator indicator) {
		List<IndicatorTarget> byDate = targets.stream().filter(t -> t.getActualValue() != null && asOfYear(t).isPresent())
				.sorted(Comparator.comparing(t -> asOfYear(t).get())).toList();
		for (int i = 1; i < byDate.size(); i++) {
			IndicatorTarget earlier = byDate.get(i - 1);
			IndicatorTarget later = byDate.get(i);
			if (asOfYear(earlier).get() < asOfYear(later).get() && later.getActualValue().compareTo(earlier.getActualValue()) < 0) {
				findings.report(INDICATOR_CUMULATIVE_ACTUAL, indicator, earlier.getActualAsOf(),
						BudgetRules.plain(earlier.getActualValue()), later.getActualAsOf(), BudgetRules.plain(later.getActualValue()),
						SourceLines.of(earlier), SourceLines.of(later));
			}
		}
	}

	private static Optional<Integer> asOfYear(IndicatorTarget target) {
		return PrintedYears.in(target.getActualAsOf()).stream().findFirst();
	}

	private static void check(IndicatorTarget target, Findings findings) {
		for (EAttribute value : List.of(ResultsPackage.Literals.INDICATOR_TARGET__TARGET_VALUE, ResultsPackage.Literals.INDICATOR_TARGET__ACTUAL_VALUE)) {
			if (target.eGet(value) instanceof BigDecimal number && number.signum() < 0) {
				findings.reportAt(INDICATOR_NEGATIVE, target, value, BudgetRules.plain(number));
			}
		}
		Optional<AchievementStatus> implied = Achievement.status(target);
		if (target.isSetStatus() && implied.isPresent()
				&& (target.getStatus() == AchievementStatus.ACHIEVED || target.getStatus() == AchievementStatus.NOT_ACHIEVED)
				&& target.getStatus() != implied.get()) {
			findings.reportAt(INDICATOR_STATUS, target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS,
					Printed.or(target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS, () -> ValidationMessages.word(target.getStatus())),
					BudgetRules.plain(target.getActualValue()), BudgetRules.plain(target.getTargetValue()), SourceLines.of(target));
		}
		Optional<BigDecimal> rate = Achievement.rate(target);
		if (target.getAchievementRatePrinted() != null && rate.isPresent() && target.getAchievementRatePrinted().compareTo(rate.get()) != 0) {
			findings.reportAt(INDICATOR_RATE, target, ResultsPackage.Literals.INDICATOR_TARGET__ACHIEVEMENT_RATE_PRINTED,
					BudgetRules.plain(target.getAchievementRatePrinted()), BudgetRules.plain(rate.get()),
					SourceLines.of(target));
		}
		if (target.eContainer() instanceof OutcomeIndicator outcome) {
			checkProjection(target, outcome, findings);
		}
		if (target.eContainer() instanceof OutputIndicator indicator && indicator.eContainer() instanceof EvaluationSubject subject
				&& target.getFiscalYear() != null && subject.getPeriod() != null) {
			Period period = subject.getPeriod();
			if (period.getStartFY() != null && target.getFiscalYear() < period.getStartFY()
					|| period.getEndFY() != null && target.getFiscalYear() > period.getEndFY()) {
				findings.reportAt(INDICATOR_OUTSIDE_PERIOD, target, ResultsPackage.Literals.INDICATOR_TARGET__FISCAL_YEAR,
						target.getFiscalYear(), BudgetRules.range(period), SourceLines.of(target),
						SourceLines.of(period));
			}
		}
	}

	/**
	 * A target printed as expected to be met (目標達成の見込み) against the yearly increase the indicator's outlook
	 * prints: the actual value plus that increase for every fiscal year from the year it is as of to the target's year,
	 * both counted (the most the rate can give), must reach the target.
	 */
	private static void checkProjection(IndicatorTarget target, OutcomeIndicator indicator, Findings findings) {
		Optional<Integer> asOf = asOfYear(target);
		if (target.getStatus() != AchievementStatus.ON_TRACK || !target.isSetStatus() || target.getTargetValue() == null
				|| target.getActualValue() == null || target.getFiscalYear() == null || asOf.isEmpty() || indicator.getOutlook() == null
				|| indicator.getUnit() == null || indicator.getUnit().isBlank()) {
			return;
		}
		Matcher rate = Pattern.compile(YEARLY_BEFORE + Pattern.quote(indicator.getUnit().strip()) + YEARLY_AFTER).matcher(indicator.getOutlook());
		if (!rate.find()) {
			return;
		}
		BigDecimal projected = target.getActualValue()
				.add(new BigDecimal(rate.group(1)).multiply(BigDecimal.valueOf(Math.max(0, target.getFiscalYear() - asOf.get() + 1))));
		if (projected.compareTo(target.getTargetValue()) < 0) {
			findings.reportAt(INDICATOR_PROJECTION, target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS,
					BudgetRules.plain(target.getTargetValue()), target.getFiscalYear(), SourceLines.of(target),
					Printed.or(target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS, () -> ValidationMessages.word(target.getStatus())), rate.group(),
					SourceLines.of(indicator), BudgetRules.plain(target.getActualValue()), target.getActualAsOf(), BudgetRules.plain(projected));
		}
	}

	/**
	 * A program-table row repeats a project-table row of the indicator it summarizes: the row of the same kind and
	 * year, else the one of the same kind as of the same year, else the nearest in year. Every facet both rows print
	 * must agree: target year, target, actual value and the date the actual is as of.
	 */
	private static void checkSummary(Indicator summary, Indicator detail, Findings findings) {
		for (IndicatorTarget row : summary.getTargets()) {
			Optional<IndicatorTarget> match = counterpart(row, detail.getTargets());
			if (match.isEmpty() || disagree(row, match.get())) {
				findings.report(INDICATOR_SUMMARY, row, SourceLines.of(row), facets(row), ObjectLabels.of(detail),
						match.map(SourceLines::of).orElse(SourceLines.of(detail)), match.map(IndicatorRules::facets).orElse(NONE));
			}
		}
	}

	private static Optional<IndicatorTarget> counterpart(IndicatorTarget row, List<IndicatorTarget> rows) {
		List<IndicatorTarget> sameKind = rows.stream().filter(t -> t.isSetKind() == row.isSetKind() && t.getKind() == row.getKind()).toList();
		Optional<Integer> asOf = asOfYear(row);
		return sameKind.stream().filter(t -> Objects.equals(t.getFiscalYear(), row.getFiscalYear())).findFirst()
				.or(() -> sameKind.stream().filter(t -> asOf.isPresent() && asOf.equals(asOfYear(t))).findFirst())
				.or(() -> sameKind.stream().filter(t -> t.getFiscalYear() != null && row.getFiscalYear() != null)
						.min(Comparator.comparingInt((IndicatorTarget t) -> Math.abs(t.getFiscalYear() - row.getFiscalYear()))
								.thenComparing(IndicatorTarget::getFiscalYear, Comparator.reverseOrder())));
	}

	private static boolean disagree(IndicatorTarget a, IndicatorTarget b) {
		return differs(a.getTargetValue(), b.getTargetValue()) || differs(a.getActualValue(), b.getActualValue())
				|| a.getFiscalYear() != null && b.getFiscalYear() != null && !a.getFiscalYear().equals(b.getFiscalYear())
				|| a.getActualAsOf() != null && b.getActualAsOf() != null && !AsOfDates.same(a.getActualAsOf(), b.getActualAsOf());
	}

	/** A row's printed facets: 「interim 2022: 1 / 1」 (中間目標 2022年度：1／1), with 「as of 2022年度末時点」 when it prints the date. */
	private static String facets(IndicatorTarget row) {
		String facets = ValidationMessages.format("indicator.facets", row.isSetKind() ? ValidationMessages.word(row.getKind()) : "", //$NON-NLS-1$ //$NON-NLS-2$
				row.getFiscalYear() == null ? NONE : row.getFiscalYear().toString(), show(row.getTargetValue()), show(row.getActualValue()));
		return row.getActualAsOf() == null ? facets : facets + ValidationMessages.format("indicator.asOf", row.getActualAsOf()); //$NON-NLS-1$
	}

	/**
	 * Where the report lists the outputs per target (each item names its target), each list counts its target's actual
	 * value. Items that name no target are examples (アウトプットの事例), not a count.
	 */
	private static void checkBreakdown(OutputIndicator indicator, Findings findings) {
		Map<String, OutputItem> labels = new HashMap<>();
		for (OutputItem item : indicator.getBreakdown()) {
			OutputItem first = item.getLabel() == null ? null : labels.putIfAbsent(item.getLabel(), item);
			if (first != null) {
				findings.report(INDICATOR_BREAKDOWN_DUPLICATE, item, item.getLabel(), SourceLines.of(first), SourceLines.of(item));
			}
		}
		Map<IndicatorTarget, List<OutputItem>> lists = indicator.getBreakdown().stream().filter(item -> item.getTarget() != null)
				.collect(Collectors.groupingBy(OutputItem::getTarget, LinkedHashMap::new, Collectors.toList()));
		lists.forEach((target, items) -> {
			if (target.getActualValue() != null && target.getActualValue().compareTo(BigDecimal.valueOf(items.size())) != 0) {
				findings.report(INDICATOR_BREAKDOWN, indicator, facets(target), SourceLines.of(target), BudgetRules.plain(target.getActualValue()),
						items.size(), SourceLines.span(items));
			}
		});
	}

	private static java.util.stream.Stream<Integer> years(List<IndicatorTarget> targets, TargetKind kind) {
		return targets.stream().filter(t -> t.isSetKind() && t.getKind() == kind && t.getFiscalYear() != null).map(IndicatorTarget::getFiscalYear);
	}

	private static boolean differs(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) != 0;
	}

	private static String show(BigDecimal value) {
		return value == null ? NONE : BudgetRules.plain(value);
	}
}
