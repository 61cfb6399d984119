package org.hyoka.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;

/**
 * Japanese fiscal years (年度, April to March), numbered by the Western year in which they start, and
 * their labels in Japanese eras (令和5年度, R5, 平成31年度, 令和元年度).
 */
public final class FiscalYears {

	private static final Month FIRST_MONTH = Month.APRIL;

	private FiscalYears() {
	}

	/** The first day of the fiscal year, 1 April. */
	public static LocalDate start(int fiscalYear) {
		return LocalDate.of(fiscalYear, FIRST_MONTH, 1);
	}

	/** The last day of the fiscal year, 31 March of the following calendar year. */
	public static LocalDate end(int fiscalYear) {
		return start(fiscalYear + 1).minusDays(1);
	}

	/** The fiscal year a date falls in: 2024-03-31 is in 2023年度, 2024-04-01 in 2024年度. */
	public static int of(LocalDate date) {
		return date.getMonthValue() < FIRST_MONTH.getValue() ? date.getYear() - 1 : date.getYear();
	}

	/**
	 * The era label of a fiscal year. A year in which the era changed takes the new era, as government
	 * documents do: 2019年度 is 令和元年度, 1989年度 is 平成元年度.
	 */
	public static EraYear toEra(int fiscalYear) {
		JapaneseEra era = JapaneseDate.from(LocalDate.of(fiscalYear, Month.DECEMBER, 31)).getEra();
		// from the era's first year: JapaneseDate's YEAR_OF_ERA was most of a large report's year labels
		return new EraYear(era, fiscalYear - firstYear(era) + 1);
	}

	/**
	 * The fiscal year an era year denotes. Years past an era's end count on arithmetically, because
	 * plans written before 2019 print years such as H32 for 2020.
	 */
	public static int fromEra(EraYear eraYear) {
		return firstYear(eraYear.era()) + eraYear.year() - 1;
	}

	static int firstYear(JapaneseEra era) {
		try {
			return JapaneseChronology.INSTANCE.prolepticYear(era, 1);
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("Unsupported era: " + era, e); //$NON-NLS-1$
		}
	}
}
