package org.hyoka.core.validation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.core.time.PrintedYears;
import org.hyoka.model.base.Period;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.OutputItem;
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
							BudgetRules.plain(byYear.get(i).getTargetValue()));
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
		}
		if (indicator.getSummarizes() != null) {
			checkSummary(indicator, indicator.getSummarizes(), findings);
		}
		if (indicator instanceof OutputIndicator output && !output.getBreakdown().isEmpty()) {
			checkBreakdown(output, findings);
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
						BudgetRules.plain(earlier.getActualValue()), later.getActualAsOf(), BudgetRules.plain(later.getActualValue()));
			}
		}
	}

	private static Optional<Integer> asOfYear(IndicatorTarget target) {
		return PrintedYears.in(target.getActualAsOf()).stream().findFirst();
	}

	private static void check(IndicatorTarget target, Findings findings) {
		for (BigDecimal value : new BigDecimal[] { target.getTargetValue(), target.getActualValue() }) {
			if (value != null && value.signum() < 0) {
				findings.report(INDICATOR_NEGATIVE, target, BudgetRules.plain(value));
			}
		}
		Optional<AchievementStatus> implied = Achievement.status(target);
		if (target.isSetStatus() && implied.isPresent()
				&& (target.getStatus() == AchievementStatus.ACHIEVED || target.getStatus() == AchievementStatus.NOT_ACHIEVED)
				&& target.getStatus() != implied.get()) {
			findings.report(INDICATOR_STATUS, target, target.getStatusPrinted() != null ? target.getStatusPrinted() : target.getStatus().getName(),
					BudgetRules.plain(target.getActualValue()), BudgetRules.plain(target.getTargetValue()));
		}
		Optional<BigDecimal> rate = Achievement.rate(target);
		if (target.getAchievementRatePrinted() != null && rate.isPresent() && target.getAchievementRatePrinted().compareTo(rate.get()) != 0) {
			findings.report(INDICATOR_RATE, target, BudgetRules.plain(target.getAchievementRatePrinted()), BudgetRules.plain(rate.get()));
		}
		if (target.eContainer() instanceof OutputIndicator indicator && indicator.eContainer() instanceof EvaluationSubject subject
				&& target.getFiscalYear() != null && subject.getPeriod() != null) {
			Period period = subject.getPeriod();
			if (period.getStartFY() != null && target.getFiscalYear() < period.getStartFY()
					|| period.getEndFY() != null && target.getFiscalYear() > period.getEndFY()) {
				findings.report(INDICATOR_OUTSIDE_PERIOD, target, target.getFiscalYear(), BudgetRules.range(period));
			}
		}
	}

	private static void checkSummary(Indicator summary, Indicator detail, Findings findings) {
		for (IndicatorTarget row : summary.getTargets()) {
			Optional<IndicatorTarget> match = detail.getTargets().stream()
					.filter(t -> t.getKind() == row.getKind() && java.util.Objects.equals(t.getFiscalYear(), row.getFiscalYear())).findFirst();
			if (match.isEmpty()) {
				findings.report(INDICATOR_SUMMARY, row, ObjectLabels.of(detail), row.getFiscalYear(), "—", "—"); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			if (differs(row.getTargetValue(), match.get().getTargetValue()) || differs(row.getActualValue(), match.get().getActualValue())) {
				findings.report(INDICATOR_SUMMARY, row, ObjectLabels.of(detail), row.getFiscalYear(),
						show(row.getTargetValue()) + " / " + show(row.getActualValue()), //$NON-NLS-1$
						show(match.get().getTargetValue()) + " / " + show(match.get().getActualValue())); //$NON-NLS-1$
			}
		}
	}

	private static void checkBreakdown(OutputIndicator indicator, Findings findings) {
		Set<String> labels = new HashSet<>();
		for (OutputItem item : indicator.getBreakdown()) {
			if (item.getLabel() != null && !labels.add(item.getLabel())) {
				findings.report(INDICATOR_BREAKDOWN_DUPLICATE, item, item.getLabel());
			}
		}
		indicator.getTargets().stream().filter(t -> t.getActualValue() != null && t.getFiscalYear() != null)
				.max(Comparator.comparing(IndicatorTarget::getFiscalYear))
				.filter(latest -> latest.getActualValue().compareTo(BigDecimal.valueOf(indicator.getBreakdown().size())) != 0)
				.ifPresent(latest -> findings.report(INDICATOR_BREAKDOWN, indicator,
						BudgetRules.plain(latest.getActualValue()), indicator.getBreakdown().size()));
	}

	private static java.util.stream.Stream<Integer> years(List<IndicatorTarget> targets, TargetKind kind) {
		return targets.stream().filter(t -> t.getKind() == kind && t.getFiscalYear() != null).map(IndicatorTarget::getFiscalYear);
	}

	private static boolean differs(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) != 0;
	}

	private static String show(BigDecimal value) {
		return value == null ? "—" : BudgetRules.plain(value); //$NON-NLS-1$
	}
}
