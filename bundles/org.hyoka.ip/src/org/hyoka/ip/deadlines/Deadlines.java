package org.hyoka.ip.deadlines;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IpProjects;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;

/** The deadlines of a report's IP registers, by the rule table, sorted by due date. */
public final class Deadlines {

	private static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::due)
			.thenComparing(deadline -> deadline.rule().id()).thenComparing(Deadline::id);

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
		List<Deadline> deadlines = new ArrayList<>();
		for (DeadlineRule rule : rules.rules()) {
			for (Identifiable object : rule.trigger().candidates(scheme)) {
				LocalDate event = rule.trigger().date(object);
				if (event == null || !applies(rule, object)) {
					continue;
				}
				List<String> countries = rule.perCountry() && object instanceof PatentApplication application
						? application.getCountries() : java.util.Collections.singletonList(null);
				for (String country : countries) {
					LocalDate due;
					try {
						due = rules.moved(rule, country, rule.offset(country).from(event));
					} catch (DateTimeException e) {
						// a date past what the calendar counts (+999999999-12-31, written by hand): its deadline alone is left out
						continue;
					}
					Deadline deadline = new Deadline(due, rule, object, country, IpProjects.of(object, scheme), null);
					deadlines.add(deadline.endedOn(ended(deadline, scheme)));
				}
			}
		}
		for (AgencyReport report : scheme.getAgencyReports()) {
			if (report.getDueDate() != null) {
				recorded(report, deadlines, scheme);
			}
		}
		deadlines.sort(ORDER);
		return deadlines;
	}

	/** A report's recorded due date replaces the one a rule gives for the same report; else it is a deadline of its own. */
	private static void recorded(AgencyReport report, List<Deadline> deadlines, IPManagementScheme scheme) {
		for (int i = 0; i < deadlines.size(); i++) {
			Deadline deadline = deadlines.get(i);
			if (deadline.object() == report.getConcerns() && deadline.rule().reportKind() == report.getKind()
					&& deadline.rule().endings().contains(Ending.REPORT_SENT)) {
				deadlines.set(i, deadline.dueOn(report.getDueDate()));
				return;
			}
		}
		deadlines.add(new Deadline(report.getDueDate(), DeadlineRule.RECORDED_REPORT, report, null,
				IpProjects.of(report, scheme), report.getSentDate()));
	}

	private static boolean applies(DeadlineRule rule, Identifiable object) {
		return rule.appliesTo().isEmpty()
				|| object instanceof PatentApplication application && rule.appliesTo().contains(application.getKind());
	}

	private static LocalDate ended(Deadline deadline, IPManagementScheme scheme) {
		return deadline.rule().endings().stream().map(ending -> ending.ended(deadline, scheme)).filter(Objects::nonNull)
				.min(LocalDate::compareTo).orElse(null);
	}
}
