package org.hyoka.ip.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgreementParty;
import org.hyoka.ip.CommitteeDecision;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.Licence;
import org.hyoka.ip.OfficeAction;
import org.hyoka.ip.Ownership;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.Organization;
import org.hyoka.model.program.EvaluationSubject;

/** The IP registers of an evaluation, read across the program's and the projects' schemes, for the views and the page. */
final class Registers {

	private Registers() {
	}

	/** The program and its projects, in the order the report prints them. */
	static List<EvaluationSubject> subjects(EvaluationReport report) {
		List<EvaluationSubject> subjects = new ArrayList<>();
		if (report != null && report.getProgram() != null) {
			subjects.add(report.getProgram());
			subjects.addAll(report.getProgram().getProjects());
		}
		return subjects;
	}

	/** The schemes of the program and the projects that have one. */
	static List<IPManagementScheme> schemes(EvaluationReport report) {
		return subjects(report).stream().map(IpSchemes::of).filter(Objects::nonNull).toList();
	}

	/** One content of every scheme, e.g. every invention of the file. */
	static <T> List<T> all(EvaluationReport report, Function<IPManagementScheme, List<? extends T>> content) {
		return schemes(report).stream().<T> flatMap(scheme -> content.apply(scheme).stream()).toList();
	}

	/** The register holding the object, or null. */
	static IPManagementScheme schemeOf(EObject object) {
		for (EObject container = object; container != null; container = container.eContainer()) {
			if (container instanceof IPManagementScheme scheme) {
				return scheme;
			}
		}
		return null;
	}

	/** The organizations an object of a register involves: inventors', owners, licensee, parties; those of what it concerns. */
	static Set<Organization> parties(EObject object) {
		Set<Organization> parties = new LinkedHashSet<>();
		switch (object) {
		case InventionDisclosure invention -> parties.addAll(invention.getOrganizations());
		case PatentApplication application -> application.getOwners().stream().map(Ownership::getOrganization).forEach(parties::add);
		case Licence licence -> {
			parties.add(licence.getLicensee());
			licence.getRights().forEach(right -> parties.addAll(parties(right)));
		}
		case IPAgreement agreement -> agreement.getParties().stream().map(AgreementParty::getOrganization).forEach(parties::add);
		case AgencyReport report when report.getConcerns() != null -> parties.addAll(parties(report.getConcerns()));
		case CommitteeDecision decision -> decision.getConcerns().forEach(concern -> parties.addAll(parties(concern)));
		case OfficeAction action when action.getApplication() != null -> parties.addAll(parties(action.getApplication()));
		case null, default -> {
			// meetings and other contents name no organization
		}
		}
		parties.remove(null);
		return parties;
	}

	/** The object of the file with this id and type, or null. */
	static <T> T find(EvaluationReport report, String id, Class<T> type) {
		for (TreeIterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
			EObject each = contents.next();
			if (type.isInstance(each) && each instanceof Identifiable identifiable && id.equals(identifiable.getId())) {
				return type.cast(each);
			}
		}
		return null;
	}

	/** The first id PREFIX-N not taken in the file, for a new object: {@code ip-A-inv-2}. */
	static String freshId(EvaluationReport report, String prefix) {
		Set<String> taken = new HashSet<>();
		report.eAllContents().forEachRemaining(each -> {
			if (each instanceof Identifiable identifiable) {
				taken.add(identifiable.getId());
			}
		});
		int number = 1;
		while (taken.contains(prefix + "-" + number)) { //$NON-NLS-1$
			number++;
		}
		return prefix + "-" + number; //$NON-NLS-1$
	}
}
