package org.hyoka.roadmap.exchange.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

import org.hyoka.core.time.FiscalYears;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.Timelines;

/**
 * How fiscal years and months become days of a plan and back. A roadmap knows years (年度) and, optionally, months;
 * a plan knows days. A bar without a start month starts on 1 April, one without an end month ends on 31 March, and
 * back: a bar starting on 1 April has no start month, one ending on 31 March no end month (that is the same span). A
 * milestone with a month lies on the 15th of that month, where the figure draws it; one without lies on the last day
 * of its fiscal year, as 「2025年度末までに」 reads, and a milestone on 31 March comes back without a month.
 */
public final class PlanDates {

	private static final MonthDay FISCAL_YEAR_START = MonthDay.of(4, 1);
	private static final MonthDay FISCAL_YEAR_END = MonthDay.of(3, 31);
	private static final int MILESTONE_DAY = 15;

	private PlanDates() {
	}

	/** The first day of an element with a year; null when it has none. */
	public static LocalDate from(RoadmapElement element) {
		if (element instanceof Milestone milestone) {
			return milestone(milestone);
		}
		Integer year = element.getStartFY() != null ? element.getStartFY() : element.getEndFY();
		if (year == null) {
			return null;
		}
		LocalDate month = element.getStartFY() == null ? null : Timelines.month(year, element.getStartMonth());
		return month != null ? month : FiscalYears.start(year);
	}

	/** The last day of an element with a year; null when it has none. A bar with one year lies in that year. */
	public static LocalDate to(RoadmapElement element) {
		if (element instanceof Milestone milestone) {
			return milestone(milestone);
		}
		Integer year = element.getEndFY() != null ? element.getEndFY() : element.getStartFY();
		if (year == null) {
			return null;
		}
		LocalDate month = element.getEndFY() == null ? null : Timelines.month(year, element.getEndMonth());
		return month != null ? month.with(TemporalAdjusters.lastDayOfMonth()) : FiscalYears.end(year);
	}

	private static LocalDate milestone(Milestone milestone) {
		boolean start = milestone.getStartFY() != null;
		Integer year = start ? milestone.getStartFY() : milestone.getEndFY();
		if (year == null) {
			return null;
		}
		LocalDate month = Timelines.month(year, start ? milestone.getStartMonth() : milestone.getEndMonth());
		return month != null ? month.withDayOfMonth(MILESTONE_DAY) : FiscalYears.end(year);
	}

	/** Sets a bar's years and months from its first and last day. */
	public static void span(RoadmapElement element, LocalDate from, LocalDate to) {
		element.setStartFY(FiscalYears.of(from));
		element.setStartMonth(MonthDay.from(from).equals(FISCAL_YEAR_START) ? null : from.getMonthValue());
		element.setEndFY(FiscalYears.of(to));
		element.setEndMonth(MonthDay.from(to).equals(FISCAL_YEAR_END) ? null : to.getMonthValue());
	}

	/** Sets a milestone's year and month from its day. */
	public static void day(Milestone milestone, LocalDate day) {
		milestone.setStartFY(FiscalYears.of(day));
		milestone.setStartMonth(MonthDay.from(day).equals(FISCAL_YEAR_END) ? null : day.getMonthValue());
	}
}
