package org.hyoka.ip.deadlines;

import java.time.LocalDate;

/**
 * The days an office takes no filings, where its law moves a deadline that falls on one to the next day it does
 * (特許法第3条第2項 for the Japan Patent Office). A calendar is contributed for an office code with a
 * {@code calendar} element of {@code org.hyoka.ip.deadlineRules}; the deadlines of a rule naming that office move by it.
 */
public interface OfficeCalendar {

	/** Whether the office is closed on the date. */
	boolean closed(LocalDate date);

	/** The date itself when the office is open on it, else the next day it is. */
	default LocalDate nextWorkingDay(LocalDate date) {
		LocalDate day = date;
		// no office closes for a year; a calendar that says so is broken, and the date is kept as counted
		for (int tries = 0; tries < 366; tries++) {
			if (!closed(day)) {
				return day;
			}
			day = day.plusDays(1);
		}
		return date;
	}
}
