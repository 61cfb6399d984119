package org.hyoka.ip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.hyoka.ip.deadlines.JapanCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The days the Japan Patent Office is closed, against lists written out by hand from 国民の祝日に関する法律 as it stood
 * each year (and 内閣府's published tables), not from the code under test.
 */
class JapanCalendarTest {

	private final JapanCalendar calendar = new JapanCalendar();

	@Test
	void theHolidaysOf2019WithTheEnthronementAndTheCitizensHolidaysAroundIt() {
		// 天皇誕生日 none; 4/30 and 5/2 国民の休日 between 昭和の日, 即位の日 and 憲法記念日; 5/6 for こどもの日 on a Sunday
		assertEquals(dates("2019-01-01", "2019-01-14", "2019-02-11", "2019-03-21", "2019-04-29", "2019-04-30", "2019-05-01", "2019-05-02",
				"2019-05-03", "2019-05-04", "2019-05-05", "2019-05-06", "2019-07-15", "2019-08-11", "2019-08-12", "2019-09-16", "2019-09-23",
				"2019-10-14", "2019-10-22", "2019-11-03", "2019-11-04", "2019-11-23"), List.copyOf(calendar.holidays(2019)));
	}

	@Test
	void theHolidaysOf2020And2021MovedForTheOlympics() {
		// 海の日 7/23, スポーツの日 7/24, 山の日 8/10; 2/23 on a Sunday gives 2/24, 5/3 on a Sunday gives 5/6
		assertEquals(dates("2020-01-01", "2020-01-13", "2020-02-11", "2020-02-23", "2020-02-24", "2020-03-20", "2020-04-29", "2020-05-03",
				"2020-05-04", "2020-05-05", "2020-05-06", "2020-07-23", "2020-07-24", "2020-08-10", "2020-09-21", "2020-09-22", "2020-11-03",
				"2020-11-23"), List.copyOf(calendar.holidays(2020)));
		// 海の日 7/22, スポーツの日 7/23, 山の日 8/8 on a Sunday, so 8/9
		assertEquals(dates("2021-01-01", "2021-01-11", "2021-02-11", "2021-02-23", "2021-03-20", "2021-04-29", "2021-05-03", "2021-05-04",
				"2021-05-05", "2021-07-22", "2021-07-23", "2021-08-08", "2021-08-09", "2021-09-20", "2021-09-23", "2021-11-03", "2021-11-23"),
				List.copyOf(calendar.holidays(2021)));
		for (String workday : List.of("2020-07-20", "2020-08-11", "2020-10-12", "2021-07-19", "2021-08-11", "2021-10-11")) {
			assertFalse(calendar.closed(LocalDate.parse(workday)), workday + ": the holiday moved away from it");
		}
	}

	@Test
	void theHolidaysOf2024WithTheirSubstitutes() {
		// 建国記念の日, 振替休日 after こどもの日, 山の日, 秋分の日 and 文化の日, each on a Sunday
		assertEquals(dates("2024-01-01", "2024-01-08", "2024-02-11", "2024-02-12", "2024-02-23", "2024-03-20", "2024-04-29", "2024-05-03",
				"2024-05-04", "2024-05-05", "2024-05-06", "2024-07-15", "2024-08-11", "2024-08-12", "2024-09-16", "2024-09-22", "2024-09-23",
				"2024-10-14", "2024-11-03", "2024-11-04", "2024-11-23"), List.copyOf(calendar.holidays(2024)));
	}

	@ParameterizedTest(name = "{0} is a holiday: {1}")
	@CsvSource({ "1988-05-04, the first 国民の休日 on a weekday", "1989-02-24, 昭和天皇の大喪の礼", "1990-04-30, 振替休日 for みどりの日",
			"1990-11-12, 即位礼正殿の儀", "1993-06-09, 皇太子徳仁親王の結婚の儀", "1998-05-04, 振替休日 for 憲法記念日 on a Sunday",
			"2008-05-06, 振替休日 from 2007: the first day after 5/4 and 5/5 that is no holiday", "2009-09-22, 国民の休日 of the silver week",
			"2015-09-22, 国民の休日", "2026-09-22, 国民の休日 between 敬老の日 and 秋分の日", "2012-09-22, 秋分の日", "2023-03-21, 春分の日",
			"2025-03-20, 春分の日", "1999-01-15, 成人の日 before the Happy Monday law", "2000-01-10, 成人の日 on the second Monday",
			"2002-09-15, 敬老の日 before 2003", "2003-09-15, 敬老の日 on the third Monday", "2016-08-11, the first 山の日",
			"1973-04-30, the first 振替休日", "2018-12-24, 振替休日 for 天皇誕生日" })
	void aDayTheLawMakesAHoliday(LocalDate day, String why) {
		assertTrue(calendar.holidays(day.getYear()).contains(day), why);
		assertTrue(calendar.closed(day), why);
	}

	@ParameterizedTest(name = "{0} is a working day: {1}")
	@CsvSource({ "2019-12-23, no 天皇誕生日 in 2019", "2007-05-07, 5/6 2007 was a Sunday without a holiday before it",
			"1972-05-04, before 振替休日 and 国民の休日", "2004-07-20, 海の日 moved to the third Monday (7/19)", "1993-06-10, a day after the wedding",
			"2024-12-27, the last working day of the year" })
	void aDayTheLawLeavesAWorkingDay(LocalDate day, String why) {
		assertFalse(calendar.closed(day), why);
	}

	@ParameterizedTest(name = "a period ending {0} ends {1}")
	@CsvSource({ "2019-04-27, 2019-05-07", // ten days closed around the enthronement
			"2024-02-10, 2024-02-13", // Saturday, Sunday, then 2/12 振替休日
			"2024-12-28, 2025-01-06", // 12/29 to 1/3 closed (行政機関の休日), then a weekend
			"2024-05-03, 2024-05-07", // 憲法記念日, Saturday, Sunday, 振替休日
			"2024-03-22, 2024-03-22", // an ordinary Friday stays
			"2020-07-24, 2020-07-27", // スポーツの日 moved for the Olympics, then a weekend
			"2027-02-28, 2027-03-01" })
	void aPeriodEndingOnAClosedDayEndsOnTheNextWorkingDay(LocalDate counted, LocalDate due) {
		assertEquals(due, calendar.nextWorkingDay(counted));
	}

	@Test
	void theEquinoxesAreNotGuessedOutsideTheYearsTheFormulaHolds() {
		assertTrue(calendar.holidays(2099).contains(LocalDate.of(2099, 3, 20)));
		assertTrue(calendar.holidays(2100).stream().noneMatch(day -> day.getMonthValue() == 3), "no 春分の日 in 2100: the formula ends in 2099");
	}

	private static List<LocalDate> dates(String... days) {
		return Stream.of(days).map(LocalDate::parse).toList();
	}
}
