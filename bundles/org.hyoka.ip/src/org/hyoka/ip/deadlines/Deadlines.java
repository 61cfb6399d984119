package org.hyoka.ip.deadlines;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpProjects;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.program.Project;

/** The deadlines of a report's IP registers, by the rule table, sorted by due date. */
public final class Deadlines {

	private static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::due)
			.thenComparing(deadline -> deadline.rule().id()).thenComparing(Deadline::id);

	/** The country a {@link ApplicationKind#DOMESTIC} application is filed in: the register is kept in Japan (国内出願). */
	public static final String DOMESTIC_COUNTRY = "JP"; //$NON-NLS-1$

	private Deadlines() {
	}

	/** Every deadline of the program's and the projects' registers. */
	public static List<Deadline> of(EvaluationReport report, DeadlineRules rules) {
		if (report.getProgram() == null) {
			return List.of();
		}
		return Stream.concat(Stream.of(report.getProgram()), report.getProgram().getProjects().stream()).map(IpSchemes::of)
				.filter(Objects::nonNull).flatMap(scheme -> of(scheme, rules).stream()).sorted(ORDER).toList();
	}

	/** The deadlines of one register, sorted by due date. */
	public static List<Deadline> of(IPManagementScheme scheme, DeadlineRules rules) {
		Register register = new Register(scheme);
		List<Deadline> deadlines = new ArrayList<>();
		for (DeadlineRule rule : rules.rules()) {
			for (Identifiable object : rule.trigger().candidates(scheme)) {
				LocalDate event = rule.trigger().date(object);
				if (event != null && applies(rule, object)) {
					Project project = IpProjects.of(object, scheme);
					counted(rule, object, event, rules, project).forEach(deadline -> deadlines.add(deadline.endedOn(ended(deadline, register))));
				}
			}
		}
		// the deadline a report sent ends, by what it is about and its kind, the first one a rule gives
		Map<ReportOf, Integer> reportDeadlines = new HashMap<>();
		for (int i = 0; i < deadlines.size(); i++) {
			Deadline deadline = deadlines.get(i);
			if (deadline.rule().endings().contains(Ending.REPORT_SENT)) {
				reportDeadlines.putIfAbsent(new ReportOf(deadline.object(), deadline.rule().reportKind()), i);
			}
		}
		for (AgencyReport report : scheme.getAgencyReports()) {
			if (report.getDueDate() != null) {
				recorded(report, deadlines, reportDeadlines.get(new ReportOf(report.getConcerns(), report.getKind())), scheme);
			}
		}
		deadlines.sort(ORDER);
		return deadlines;
	}

	/** What a report is about and its kind (compared by identity of the object, as EMF objects are). */
	private record ReportOf(EObject object, AgencyReportKind kind) {
	}

	/**
	 * A report's recorded due date replaces the one a rule gives for the same report (at {@code index}); else it is a
	 * deadline of its own.
	 */
	private static void recorded(AgencyReport report, List<Deadline> deadlines, Integer index, IPManagementScheme scheme) {
		if (index != null) {
			deadlines.set(index, deadlines.get(index).dueOn(report.getDueDate()));
		} else {
			deadlines.add(new Deadline(report.getDueDate(), DeadlineRule.RECORDED_REPORT, report, null, null, IpProjects.of(report, scheme),
					report.getSentDate()));
		}
	}

	/**
	 * The deadlines a rule counts from an event on an object, not yet ended: one, one per country the application
	 * names, or one per year of the right's term.
	 */
	private static List<Deadline> counted(DeadlineRule rule, Identifiable object, LocalDate event, DeadlineRules rules, Project project) {
		List<Deadline> counted = new ArrayList<>();
		List<String> countries = rule.perCountry() && object instanceof PatentApplication application ? application.getCountries()
				: Collections.singletonList(null);
		for (String country : countries) {
			for (Integer year : years(rule, object, event)) {
				try {
					LocalDate start = year == null ? event : yearStart(event, year);
					LocalDate due = rules.moved(rule, country, rule.trigger().offset(object, rule.offset(country)).from(start));
					counted.add(new Deadline(due, rule, object, country, year, project, null));
				} catch (DateTimeException e) {
					// a date past what the calendar counts (+999999999-12-31, written by hand): its deadline alone is left out
				}
			}
		}
		return counted;
	}

	/**
	 * The years of a per-year rule whose first day falls within the term counted from the application's filing (the
	 * term's last day included); a single {@code null} for a rule with one deadline per event.
	 */
	private static List<Integer> years(DeadlineRule rule, Identifiable object, LocalDate event) {
		if (rule.years() == null) {
			return Collections.singletonList(null);
		}
		LocalDate filed = object instanceof PatentApplication application ? termFiling(application) : null;
		if (filed == null) {
			return List.of();
		}
		try {
			LocalDate end = filed.plusYears(rule.years().term());
			// a year after term + 1 begins after the term's end whenever the event is not before the filing
			return IntStream.rangeClosed(rule.years().first(), rule.years().term() + 1).filter(year -> !yearStart(event, year).isAfter(end))
					.boxed().toList();
		} catch (DateTimeException e) {
			// a filing or grant past what the calendar counts (written by hand): no year can be counted from it
			return List.of();
		}
	}

	/**
	 * The filing a right's term counts from: a national phase's international filing date (PCT Article 11(3),
	 * 特許法第184条の3), which its own date of entry is not, else the application's filing date.
	 */
	private static LocalDate termFiling(PatentApplication application) {
		PatentApplication international = application.getKind() == ApplicationKind.NATIONAL_PHASE ? application.getBasedOn() : null;
		return international != null && international.getFilingDate() != null ? international.getFilingDate() : application.getFilingDate();
	}

	/** The first day of the right's year counted from the event: its (year - 1)th anniversary, 28 February for 29 February. */
	private static LocalDate yearStart(LocalDate event, int year) {
		return event.plusYears(year - 1L);
	}

	/**
	 * Whether the rule applies to the object: it names no routes and no countries, or those of the application the object
	 * is about.
	 */
	private static boolean applies(DeadlineRule rule, Identifiable object) {
		PatentApplication application = Trigger.application(object);
		return (rule.appliesTo().isEmpty() || application != null && rule.appliesTo().contains(application.getKind()))
				&& (rule.filedIn().isEmpty() || application != null && filedIn(application).stream().anyMatch(rule.filedIn()::contains));
	}

	/** The countries an application is filed in: Japan for a domestic one, else those it names. */
	private static List<String> filedIn(PatentApplication application) {
		return application.getKind() == ApplicationKind.DOMESTIC ? List.of(DOMESTIC_COUNTRY) : application.getCountries();
	}

	private static LocalDate ended(Deadline deadline, Register register) {
		return deadline.rule().endings().stream().map(ending -> ending.ended(deadline, register)).filter(Objects::nonNull)
				.min(LocalDate::compareTo).orElse(null);
	}
}
