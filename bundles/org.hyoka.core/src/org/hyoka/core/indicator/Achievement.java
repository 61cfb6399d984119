package org.hyoka.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.IndicatorTarget;

/** Achievement of indicator targets: rate = actual / target in percent, rounded half-up to a whole percent. */
public final class Achievement {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Achievement() {
	}

	/** The achievement rate in percent; empty without an actual value or with a zero target. */
	public static Optional<BigDecimal> rate(IndicatorTarget target) {
		BigDecimal goal = target.getTargetValue();
		BigDecimal actual = target.getActualValue();
		if (goal == null || actual == null || goal.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(actual.multiply(HUNDRED).divide(goal, 0, RoundingMode.HALF_UP));
	}

	/** The status the numbers imply once the target is due: achieved when the actual value reaches the target. */
	public static Optional<AchievementStatus> status(IndicatorTarget target) {
		if (target.getTargetValue() == null || target.getActualValue() == null) {
			return Optional.empty();
		}
		return Optional.of(target.getActualValue().compareTo(target.getTargetValue()) >= 0
				? AchievementStatus.ACHIEVED : AchievementStatus.NOT_ACHIEVED);
	}

	/**
	 * The status as of an evaluation's fiscal year: a target reached is achieved whenever it was reached; one not
	 * reached is not achieved once its year has come, and not yet due before (a 2025 outcome in a 2021 evaluation).
	 */
	public static Optional<AchievementStatus> status(IndicatorTarget target, int asOfFiscalYear) {
		return status(target).map(status -> status == AchievementStatus.NOT_ACHIEVED && target.getFiscalYear() != null
				&& target.getFiscalYear() > asOfFiscalYear ? AchievementStatus.NOT_YET_DUE : status);
	}
}
