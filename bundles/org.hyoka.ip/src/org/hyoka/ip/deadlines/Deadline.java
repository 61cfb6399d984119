package org.hyoka.ip.deadlines;

import java.time.LocalDate;

import org.hyoka.model.base.Identifiable;
import org.hyoka.model.program.Project;

/**
 * One deadline of a register: what a rule asks to happen about an object by a date.
 *
 * @param due
 *            the last day
 * @param rule
 *            the rule that set it
 * @param object
 *            the application, invention, licence or agreement it is about
 * @param country
 *            the country of a per-country rule (PCT national phase), else {@code null}
 * @param year
 *            the year of a right a per-year rule asks its fee for (特許料 of the 4th year: 4), else {@code null}
 * @param project
 *            the project the object belongs to, or {@code null} when the register does not say
 * @param ended
 *            when it ended ({@link LocalDate#MIN}: ended, date not recorded), or {@code null} while it has not
 */
public record Deadline(LocalDate due, DeadlineRule rule, Identifiable object, String country, Integer year, Project project,
		LocalDate ended) {

	/** Where it stands on the date. */
	public DeadlineStatus status(LocalDate asOf) {
		if (ended != null && !ended.isAfter(asOf)) {
			return DeadlineStatus.DONE;
		}
		return due.isBefore(asOf) ? DeadlineStatus.OVERDUE : DeadlineStatus.DUE;
	}

	/** The object's id, with the country of a per-country deadline ({@code app-1/US}) or the year of a per-year one ({@code app-1/4}). */
	public String id() {
		Object part = country != null ? country : year;
		return part == null ? String.valueOf(object.getId()) : object.getId() + "/" + part; //$NON-NLS-1$
	}

	Deadline endedOn(LocalDate date) {
		return new Deadline(due, rule, object, country, year, project, date);
	}

	Deadline dueOn(LocalDate date) {
		return new Deadline(date, rule, object, country, year, project, ended);
	}
}
