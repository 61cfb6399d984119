package org.hyoka.ip.deadlines;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.hyoka.ip.Change;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.IpPackage.Literals;

/**
 * Ends a deadline for a report to the agency: the report the rule names, about the deadline's object, is recorded as
 * sent on the date, the register's report if it has one, else a new one.
 */
public final class ReportSent implements Completion {

	@Override
	public List<Change> changes(Deadline deadline, Context context) {
		return recorded(deadline, context, Literals.AGENCY_REPORT__SENT_DATE);
	}

	/**
	 * The changes that give the deadline's report its own due date (the context's date), which replaces the rule's;
	 * empty when the deadline is not one of a report.
	 */
	public static List<Change> dueOn(Deadline deadline, Context context) {
		return recorded(deadline, context, Literals.AGENCY_REPORT__DUE_DATE);
	}

	/** Whether the deadline is one of a report to the agency, whose due date a recorded report may set. */
	public static boolean isReport(Deadline deadline) {
		return deadline.rule().reportKind() != null || deadline.object() instanceof AgencyReport;
	}

	private static List<Change> recorded(Deadline deadline, Context context, EAttribute date) {
		AgencyReport report = report(deadline, context);
		if (report != null) {
			return List.of(new Change(report, date, context.date()));
		}
		if (deadline.rule().reportKind() == null) {
			return List.of();
		}
		AgencyReport created = IpFactory.eINSTANCE.createAgencyReport();
		created.setId(context.freshId().apply(context.scheme().getId() + "-rep")); //$NON-NLS-1$
		created.setKind(deadline.rule().reportKind());
		created.setConcerns(deadline.object());
		created.eSet(date, context.date());
		return List.of(new Change(context.scheme(), Literals.IP_MANAGEMENT_SCHEME__AGENCY_REPORTS, created));
	}

	/** The report a deadline is about: a report with its own due date, or the register's report of the rule's kind about the object. */
	private static AgencyReport report(Deadline deadline, Context context) {
		if (deadline.object() instanceof AgencyReport report) {
			return report;
		}
		return context.scheme().getAgencyReports().stream()
				.filter(report -> report.getConcerns() == deadline.object() && report.getKind() == deadline.rule().reportKind()).findFirst()
				.orElse(null);
	}
}
