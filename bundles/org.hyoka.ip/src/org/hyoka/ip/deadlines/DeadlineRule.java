package org.hyoka.ip.deadlines;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.ApplicationKind;

/**
 * A row of the deadline table: from which event, after how long, until what. Rules are data: the IP bundle
 * contributes its defaults to {@code org.hyoka.ip.deadlineRules} and partners add or replace their own there.
 *
 * @param id
 *            stable id, printed as the deadline's kind ({@code paris-priority})
 * @param label
 *            what users read
 * @param trigger
 *            the event counted from
 * @param appliesTo
 *            the routes of the applications it applies to; empty: every object of the trigger
 * @param offset
 *            the period after the event
 * @param countryOffsets
 *            a country's own amount of the offset's unit (PCT national phase: 31 months for some offices)
 * @param perCountry
 *            one deadline for each country the application names
 * @param endings
 *            what ends it; the earliest ending counts
 * @param reportKind
 *            the report that ends it, for {@link Ending#REPORT_SENT}; else {@code null}
 * @param completion
 *            how a user ends a deadline of the rule (Mark done), or {@code null} when the rule does not say
 * @param office
 *            the office whose calendar moves a deadline falling on a day it is closed to its next working day
 *            ({@code JP}: 特許法第3条第2項), {@link #COUNTRY} for the deadline's own country, or {@code null}: days are
 *            counted as calendar days and nothing moves
 * @param years
 *            the years a per-year rule gives a deadline for (annuities), or {@code null}: one deadline per event
 * @param filedIn
 *            the countries whose applications it applies to, {@link Deadlines#DOMESTIC_COUNTRY} for a domestic one
 *            ({@code JP}: the JPO's annuities); empty: any
 */
public record DeadlineRule(String id, String label, Trigger trigger, Set<ApplicationKind> appliesTo, Offset offset,
		Map<String, Integer> countryOffsets, boolean perCountry, List<Ending> endings, AgencyReportKind reportKind,
		Completion completion, String office, Years years, Set<String> filedIn) {

	/** The {@link #office()} of a rule whose deadlines move by the calendar of each deadline's own country. */
	public static final String COUNTRY = "country"; //$NON-NLS-1$

	/** The deadlines of reports to the agency whose due date is recorded by hand, not derived by a rule. */
	public static final DeadlineRule RECORDED_REPORT = new DeadlineRule("agency-report", "Report to the agency", null, //$NON-NLS-1$ //$NON-NLS-2$
			Set.of(), new Offset(0, ChronoUnit.DAYS, false), Map.of(), false, List.of(), null, new ReportSent());

	/**
	 * The years of a right whose fee is due each year (特許料, 年金): a deadline for each year from {@code first} that
	 * begins within the right's term, {@code term} years after the application's filing (特許法第67条). Year
	 * {@code n} begins on the {@code n - 1}th anniversary of the event (the registration), and its deadline is the
	 * rule's offset after that day (特許法第108条第2項: the fee of each year from the 4th is paid before the year).
	 */
	public record Years(int first, int term) {
	}

	/** A rule with one deadline per event, whose deadlines no office's calendar moves. */
	public DeadlineRule(String id, String label, Trigger trigger, Set<ApplicationKind> appliesTo, Offset offset,
			Map<String, Integer> countryOffsets, boolean perCountry, List<Ending> endings, AgencyReportKind reportKind,
			Completion completion) {
		this(id, label, trigger, appliesTo, offset, countryOffsets, perCountry, endings, reportKind, completion, null, null, Set.of());
	}

	/** A rule that does not say how a user ends its deadlines. */
	public DeadlineRule(String id, String label, Trigger trigger, Set<ApplicationKind> appliesTo, Offset offset,
			Map<String, Integer> countryOffsets, boolean perCountry, List<Ending> endings, AgencyReportKind reportKind) {
		this(id, label, trigger, appliesTo, offset, countryOffsets, perCountry, endings, reportKind, null, null, null, Set.of());
	}

	public DeadlineRule {
		appliesTo = Set.copyOf(appliesTo);
		countryOffsets = Map.copyOf(countryOffsets);
		endings = List.copyOf(endings);
		filedIn = Set.copyOf(filedIn);
	}

	/** The office whose calendar moves the deadline of this rule in the country (null: none). */
	public String office(String country) {
		return COUNTRY.equals(office) ? country : office;
	}

	/** The offset for a country, its own amount if the table gives one. */
	public Offset offset(String country) {
		Integer amount = country == null ? null : countryOffsets.get(country);
		return amount == null ? offset : offset.withAmount(amount);
	}
}
