package org.hyoka.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.ResultsFactory;
import org.junit.jupiter.api.Test;

public class AchievementTest {

	@Test
	void aTargetReachedIsAchievedWhateverItsYear() {
		assertEquals(Optional.of(AchievementStatus.ACHIEVED), Achievement.status(target(2025, "20", "20"), 2021));
		assertEquals(Optional.of(AchievementStatus.ACHIEVED), Achievement.status(target(2020, "5", "9"), 2021));
	}

	@Test
	void aTargetNotReachedIsNotYetDueBeforeItsYear() {
		// 000 program outcome A: 15 of 20 by FY2025, evaluated in FY2021
		assertEquals(Optional.of(AchievementStatus.NOT_YET_DUE), Achievement.status(target(2025, "20", "15"), 2021));
		assertEquals(Optional.of(AchievementStatus.NOT_ACHIEVED), Achievement.status(target(2021, "20", "15"), 2021));
		assertEquals(Optional.of(AchievementStatus.NOT_ACHIEVED), Achievement.status(target(2020, "20", "15"), 2021));
	}

	@Test
	void withoutAnActualValueThereIsNoStatus() {
		assertEquals(Optional.empty(), Achievement.status(target(2025, "10", null), 2021));
		assertEquals(Optional.empty(), Achievement.rate(target(2025, "10", null)));
	}

	private static IndicatorTarget target(int fiscalYear, String goal, String actual) {
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setFiscalYear(fiscalYear);
		target.setTargetValue(new BigDecimal(goal));
		target.setActualValue(actual == null ? null : new BigDecimal(actual));
		return target;
	}
}
