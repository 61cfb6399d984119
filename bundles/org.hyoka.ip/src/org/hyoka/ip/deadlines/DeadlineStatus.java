package org.hyoka.ip.deadlines;

/** Where a deadline stands on a date. */
public enum DeadlineStatus {
	/** Not ended, and the date is on or before the due date. */
	DUE,
	/** Not ended, and the due date has passed. */
	OVERDUE,
	/** Ended on or before the date. */
	DONE;

	/** As the command line prints it: {@code due}, {@code overdue}, {@code done}. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
