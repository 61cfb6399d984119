package org.hyoka.ip.deadlines;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgencyReportKind;
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
		Register register = new Register(scheme);
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
					deadlines.add(deadline.endedOn(ended(deadline, register)));
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
			deadlines.add(new Deadline(report.getDueDate(), DeadlineRule.RECORDED_REPORT, report, null, IpProjects.of(report, scheme),
					report.getSentDate()));
		}
	}

	private static boolean applies(DeadlineRule rule, Identifiable object) {
		return rule.appliesTo().isEmpty()
				|| object instanceof PatentApplication application && rule.appliesTo().contains(application.getKind());
	}

	private static LocalDate ended(Deadline deadline, Register register) {
		return deadline.rule().endings().stream().map(ending -> ending.ended(deadline, register)).filter(Objects::nonNull)
				.min(LocalDate::compareTo).orElse(null);
	}
}
