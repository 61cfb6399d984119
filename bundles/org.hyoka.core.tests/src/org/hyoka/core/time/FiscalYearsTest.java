package org.hyoka.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearsTest {

	@Test
	void fiscalYearRunsFromAprilToMarch() {
		assertEquals(LocalDate.of(2023, 4, 1), FiscalYears.start(2023));
		assertEquals(LocalDate.of(2024, 3, 31), FiscalYears.end(2023));
		assertEquals(LocalDate.of(2029, 3, 31), FiscalYears.end(2028)); // leap-year February does not matter
	}

	@ParameterizedTest
	@CsvSource({ "2024-03-31, 2023", "2024-04-01, 2024", "2020-01-15, 2019", "2019-12-31, 2019" })
	void dateFallsInFiscalYear(LocalDate date, int expectedFiscalYear) {
		assertEquals(expectedFiscalYear, FiscalYears.of(date));
	}

	@ParameterizedTest
	@CsvSource({ "2020, 令和2年度, R2", "2019, 令和元年度, R1", "2018, 平成30年度, H30", "1989, 平成元年度, H1",
			"2028, 令和10年度, R10" })
	void labelsFiscalYearInEra(int fiscalYear, String japanese, String shortLabel) {
		EraYear eraYear = FiscalYears.toEra(fiscalYear);
		assertEquals(japanese, eraYear.toJapaneseLabel());
		assertEquals(shortLabel, eraYear.toShortLabel());
		assertEquals(fiscalYear, FiscalYears.fromEra(eraYear));
	}

	/** Every year since the calendar's first: the era and year of its last day, as the JDK's Japanese calendar has them. */
	@Test
	void eraYearIsThatOfTheLastDayOfTheYear() {
		for (int fiscalYear = 1873; fiscalYear <= 2200; fiscalYear++) {
			JapaneseDate lastDay = JapaneseDate.from(LocalDate.of(fiscalYear, 12, 31));
			assertEquals(new EraYear(lastDay.getEra(), lastDay.get(ChronoField.YEAR_OF_ERA)), FiscalYears.toEra(fiscalYear),
					Integer.toString(fiscalYear));
		}
	}

	@ParameterizedTest
	@CsvSource({ "令和５年度, 2023", "令和 3年, 2021", "令和元年度, 2019", "R2, 2020", "r8年度, 2026", "H31年度, 2019",
			"平成 27年度, 2015", "H32, 2020" })
	void readsPrintedEraYears(String printed, int expectedFiscalYear) {
		assertEquals(expectedFiscalYear, FiscalYears.fromEra(EraYear.parse(printed)));
	}

	@Test
	void heisei31AndReiwa1AreTheSameFiscalYear() {
		assertEquals(FiscalYears.fromEra(new EraYear(JapaneseEra.HEISEI, 31)),
				FiscalYears.fromEra(new EraYear(JapaneseEra.REIWA, 1)));
	}

	@ParameterizedTest
	@CsvSource({ "2023年度", "令和", "X5", "令和0年度", "昭和五年", "'   '" })
	void rejectsTextThatIsNoEraYear(String printed) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EraYear.parse(printed));
		assertFalse(e.getMessage().isBlank(), "message names the problem");
	}
}
