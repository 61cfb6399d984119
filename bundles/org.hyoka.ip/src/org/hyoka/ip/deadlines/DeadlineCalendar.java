package org.hyoka.ip.deadlines;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.ip.RecordNames;

/**
 * Deadlines as reminders in a calendar program: an iCalendar object (RFC 5545) with an all-day event on each due
 * date and an alarm a week before. Lines end in CRLF and are folded at 75 octets without splitting a character; text
 * is escaped. Each event's UID is made of the rule, the deadline's id and the program's, so that importing the file
 * again, after the register changed, updates the events instead of adding them twice. It is a file to import, not an
 * iTIP message (RFC 5546), so it has no METHOD, which would ask for an organizer.
 */
public final class DeadlineCalendar {

	/** Days before the due date the reminder goes off. */
	public static final int REMINDER_DAYS = 7;

	private static final String CRLF = "\r\n"; //$NON-NLS-1$
	private static final int LINE_OCTETS = 75;
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	private DeadlineCalendar() {
	}

	/**
	 * The calendar of the deadlines.
	 *
	 * @param scope
	 *            what makes the events' UIDs unique among evaluations: the program's id
	 * @param stamp
	 *            when the calendar is written (each event's DTSTAMP)
	 */
	public static String of(List<Deadline> deadlines, String scope, Instant stamp) {
		StringBuilder text = new StringBuilder();
		line(text, "BEGIN:VCALENDAR"); //$NON-NLS-1$
		line(text, "VERSION:2.0"); //$NON-NLS-1$
		line(text, "PRODID:-//Hyoka Workbench//IP deadlines//EN"); //$NON-NLS-1$
		line(text, "CALSCALE:GREGORIAN"); //$NON-NLS-1$
		for (Deadline deadline : deadlines) {
			// the record as the office calls it, the id (with the country of a national phase) after
			String summary = deadline.rule().label() + ": " + RecordNames.withId(RecordNames.of(deadline.object()), deadline.id()); //$NON-NLS-1$
			line(text, "BEGIN:VEVENT"); //$NON-NLS-1$
			line(text, "UID:" + escape(deadline.rule().id() + "." + deadline.id() + "@" + scope + ".hyoka")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			line(text, "DTSTAMP:" + STAMP.format(stamp)); //$NON-NLS-1$
			line(text, "DTSTART;VALUE=DATE:" + day(deadline.due())); //$NON-NLS-1$
			// an all-day event ends, exclusive, on the next day
			line(text, "DTEND;VALUE=DATE:" + day(deadline.due().plusDays(1))); //$NON-NLS-1$
			line(text, "SUMMARY:" + escape(summary)); //$NON-NLS-1$
			line(text, "DESCRIPTION:" + escape(ObjectLabels.describe(deadline.object()) //$NON-NLS-1$
					+ (deadline.project() == null ? "" : "\n" + ObjectLabels.of(deadline.project())))); //$NON-NLS-1$ //$NON-NLS-2$
			line(text, "TRANSP:TRANSPARENT"); //$NON-NLS-1$
			line(text, "BEGIN:VALARM"); //$NON-NLS-1$
			line(text, "ACTION:DISPLAY"); //$NON-NLS-1$
			line(text, "DESCRIPTION:" + escape(summary)); //$NON-NLS-1$
			line(text, "TRIGGER:-P" + REMINDER_DAYS + "D"); //$NON-NLS-1$ //$NON-NLS-2$
			line(text, "END:VALARM"); //$NON-NLS-1$
			line(text, "END:VEVENT"); //$NON-NLS-1$
		}
		line(text, "END:VCALENDAR"); //$NON-NLS-1$
		return text.toString();
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

	/**
	 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n; other control
	 * characters, which content lines may not hold, become spaces.
	 */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replaceAll("[\r\n]", "\\\\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				.replaceAll("\\p{Cntrl}", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A content line folded after at most 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence. */
	private static void line(StringBuilder text, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > LINE_OCTETS) {
				text.append(CRLF).append(' ');
				// the space that starts a continuation line counts towards its 75 octets
				octets = 1;
			}
			text.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		text.append(CRLF);
	}
}
