package org.hyoka.ip.tests;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.hyoka.ip.deadlines.OfficeCalendar;

/** A partner's calendar for an office closed on weekends only, contributed by this fragment (DeadlinesTest). */
public final class WeekendCalendar implements OfficeCalendar {

	@Override
	public boolean closed(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
