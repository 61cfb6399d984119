package org.hyoka.ip;

import org.hyoka.model.base.Identifiable;
import org.hyoka.model.program.Project;

/** The project an object of a register belongs to: its own, else what it is based on, else the register's. */
public final class IpProjects {

	private IpProjects() {
	}

	/** The project of an object of the scheme's register, or {@code null} when neither it nor the register says. */
	public static Project of(Identifiable object, IPManagementScheme scheme) {
		Project project = switch (object) {
		case PatentApplication application -> application.getProject() != null ? application.getProject()
				: application.getInvention() != null ? application.getInvention().getProject() : null;
		case InventionDisclosure invention -> invention.getProject();
		case Licence licence -> licence.getRights().isEmpty() ? null : of(licence.getRights().get(0), scheme);
		case IPAgreement agreement -> agreement.getProjects().size() == 1 ? agreement.getProjects().get(0) : null;
		case AgencyReport report -> report.getConcerns() == null ? null : of(report.getConcerns(), scheme);
		case OfficeAction action -> action.getApplication() == null ? null : of(action.getApplication(), scheme);
		default -> null;
		};
		return project != null ? project : IpSchemes.subject(scheme) instanceof Project own ? own : null;
	}
}
