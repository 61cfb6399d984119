package org.hyoka.ip.deadlines;

import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.Licence;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.program.Project;

/** The project an object of a register belongs to: its own, else what it is based on, else the register's. */
final class IpProjects {

	private IpProjects() {
	}

	static Project of(Identifiable object, IPManagementScheme scheme) {
		Project project = switch (object) {
		case PatentApplication application -> application.getProject() != null ? application.getProject()
				: application.getInvention() != null ? application.getInvention().getProject() : null;
		case InventionDisclosure invention -> invention.getProject();
		case Licence licence -> licence.getRights().isEmpty() ? null : of(licence.getRights().get(0), scheme);
		case IPAgreement agreement -> agreement.getProjects().size() == 1 ? agreement.getProjects().get(0) : null;
		case AgencyReport report -> report.getConcerns() == null ? null : of(report.getConcerns(), scheme);
		default -> null;
		};
		return project != null ? project : Deadlines.subject(scheme) instanceof Project own ? own : null;
	}
}
