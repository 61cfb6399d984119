package org.hyoka.ip.deadlines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.PatentApplication;

/**
 * A register with its applications looked up by what they are based on and its reports by what they concern, read
 * once per listing: ending each deadline by scanning the register made {@code hyoka ip deadlines} grow with the
 * square of the register (#47).
 */
final class Register {

	private final IPManagementScheme scheme;
	private final Map<EObject, List<PatentApplication>> followers = new HashMap<>();
	private final Map<EObject, List<AgencyReport>> reports = new HashMap<>();

	Register(IPManagementScheme scheme) {
		this.scheme = scheme;
		for (PatentApplication application : scheme.getApplications()) {
			if (application.getBasedOn() != null) {
				followers.computeIfAbsent(application.getBasedOn(), key -> new ArrayList<>()).add(application);
			}
		}
		for (AgencyReport report : scheme.getAgencyReports()) {
			if (report.getConcerns() != null) {
				reports.computeIfAbsent(report.getConcerns(), key -> new ArrayList<>()).add(report);
			}
		}
	}

	IPManagementScheme scheme() {
		return scheme;
	}

	/** The applications based on the object, in the register's order. */
	List<PatentApplication> followers(EObject object) {
		return followers.getOrDefault(object, List.of());
	}

	/** The reports about the object, in the register's order. */
	List<AgencyReport> reportsAbout(EObject object) {
		return reports.getOrDefault(object, List.of());
	}
}
