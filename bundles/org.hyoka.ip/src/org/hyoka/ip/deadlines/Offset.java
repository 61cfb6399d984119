package org.hyoka.ip.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A period after a trigger date, counted as the Japanese Patent Act (特許法第3条) and PCT Rule 80 count: the first
 * day is not counted, so a period of months or years ends on the day of the later month numbered like the trigger
 * day, or on that month's last day when it has no such day (31 January + 1 month = 28 or 29 February). Days are
 * plain days.
 *
 * @param amount
 *            how many units; negative counts back (a renewal decided before an expiry)
 * @param unit
 *            {@link ChronoUnit#DAYS}, {@link ChronoUnit#MONTHS} or {@link ChronoUnit#YEARS}
 * @param monthEnd
 *            whether a trigger on a month's last day ends the period on a month's last day too (28 February 2023 +
 *            12 months = 29 February 2024), as some contracts count; otherwise the numbered day counts
 */
public record Offset(int amount, ChronoUnit unit, boolean monthEnd) {

	public Offset {
		if (unit != ChronoUnit.DAYS && unit != ChronoUnit.MONTHS && unit != ChronoUnit.YEARS) {
			throw new IllegalArgumentException(String.valueOf(unit));
		}
	}

	/** The last day of the period that starts after the trigger. */
	public LocalDate from(LocalDate trigger) {
		LocalDate due = trigger.plus(amount, unit);
		boolean triggerAtMonthEnd = trigger.getDayOfMonth() == trigger.lengthOfMonth();
		return unit != ChronoUnit.DAYS && monthEnd && triggerAtMonthEnd ? due.with(TemporalAdjusters.lastDayOfMonth()) : due;
	}

	/** The same period with another amount, for a country's own period. */
	public Offset withAmount(int other) {
		return new Offset(other, unit, monthEnd);
	}
}
