package org.hyoka.roadmap;

import java.time.chrono.JapaneseEra;

import org.hyoka.core.time.FiscalYears;

/** How fiscal years are labelled: 2019年度 or 令和元年度. */
public enum Era {
	WESTERN, WAREKI;

	/** The first year Java's Japanese calendar knows (明治6年); earlier years are labelled in Western years. */
	static final int FIRST_ERA_YEAR = 1873;

	/**
	 * The label of a fiscal year. In {@link #WAREKI}, a fiscal year in which the era changed takes the new era, as
	 * government documents written after the change do ({@link FiscalYears#toEra}): 2019年度 (April 2019 to March
	 * 2020, 令和 from 1 May 2019) is 令和元年度, not 平成31年度; 1988年度 (昭和 to 8 January 1989) stays 昭和63年度,
	 * because the change fell in the following calendar year.
	 */
	public String label(int fiscalYear) {
		return this == WESTERN || fiscalYear < FIRST_ERA_YEAR ? Timelines.TEXT.format("fiscalYear", Integer.toString(fiscalYear)) //$NON-NLS-1$
				: FiscalYears.toEra(fiscalYear).toJapaneseLabel();
	}

	/** The Japanese era a fiscal year is labelled with, whichever labels are shown; from 1873 on. */
	public static JapaneseEra of(int fiscalYear) {
		return FiscalYears.toEra(fiscalYear).era();
	}
}
