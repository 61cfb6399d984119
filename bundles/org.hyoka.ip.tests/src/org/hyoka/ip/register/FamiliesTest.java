package org.hyoka.ip.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.register.Families.Family;
import org.hyoka.ip.register.Families.Member;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ProgramFactory;
import org.junit.jupiter.api.Test;

/** An invention's applications as a tree by what each is based on, across the program's and the projects' registers. */
class FamiliesTest {

	private final EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
	private final IPManagementScheme programRegister = IpFactory.eINSTANCE.createIPManagementScheme();
	private final IPManagementScheme projectRegister = IpFactory.eINSTANCE.createIPManagementScheme();

	FamiliesTest() {
		new ResourceImpl().getContents().add(report);
		Program program = ProgramFactory.eINSTANCE.createProgram();
		report.setProgram(program);
		Project project = ProgramFactory.eINSTANCE.createProject();
		project.setId("prj-a");
		program.getProjects().add(project);
		program.getExtensions().add(programRegister);
		project.getExtensions().add(projectRegister);
	}

	@Test
	void anInventionsApplicationsFollowWhatTheyAreBasedOnWithTheCountriesEachCovers() {
		InventionDisclosure invention = invention(projectRegister, "inv-1");
		PatentApplication domestic = application(projectRegister, "app-1", ApplicationKind.DOMESTIC, invention, null);
		// recorded before what it is based on, in another register: still placed under it
		PatentApplication us = application(programRegister, "app-3", ApplicationKind.NATIONAL_PHASE, null, null);
		PatentApplication pct = application(projectRegister, "app-2", ApplicationKind.PCT, invention, domestic, "US", "EP");
		us.setBasedOn(pct);
		us.getCountries().add("US");
		application(projectRegister, "app-4", ApplicationKind.PARIS, invention, domestic, "CN");
		PatentApplication ep = application(projectRegister, "app-5", ApplicationKind.NATIONAL_PHASE, invention, pct, "EP");

		List<Family> families = Families.of(report);
		assertEquals(1, families.size(), "one invention: " + families);
		Family family = families.get(0);
		assertEquals(invention, family.invention());
		assertEquals(List.of("app-1 0 JP", "app-2 1 US,EP", "app-3 2 US", "app-5 2 EP", "app-4 1 CN"),
				family.members().stream().map(FamiliesTest::line).toList());
		assertEquals(List.of(us, ep), family.roots().get(0).followers().get(0).followers().stream().map(Member::application).toList(),
				"the PCT application's national phases, in register order");
	}

	@Test
	void inventionsWithoutApplicationsComeInRegisterOrderThenApplicationsWithoutAnInvention() {
		InventionDisclosure first = invention(programRegister, "inv-p");
		InventionDisclosure unfiled = invention(projectRegister, "inv-q");
		InventionDisclosure third = invention(projectRegister, "inv-r");
		application(projectRegister, "app-r", ApplicationKind.DOMESTIC, third, null);
		application(projectRegister, "app-x", ApplicationKind.DOMESTIC, null, null);
		// the follower names the invention, its root does not: the family is the invention's
		PatentApplication root = application(projectRegister, "app-y", ApplicationKind.DOMESTIC, null, null);
		application(projectRegister, "app-z", ApplicationKind.PCT, first, root, "US");

		List<Family> families = Families.of(report);
		assertEquals(List.of("inv-p: app-y app-z", "inv-q:", "inv-r: app-r", "-: app-x"), families.stream().map(FamiliesTest::summary).toList());
		assertEquals(List.of(), families.get(1).members(), "an invention not filed yet is listed alone: " + unfiled.getId());
	}

	@Test
	void applicationsBasedOnEachOtherInALoopAreListedOnce() {
		PatentApplication a = application(projectRegister, "app-a", ApplicationKind.PCT, null, null, "US");
		PatentApplication b = application(projectRegister, "app-b", ApplicationKind.NATIONAL_PHASE, null, a, "US");
		a.setBasedOn(b);
		application(projectRegister, "app-c", ApplicationKind.NATIONAL_PHASE, null, b, "EP");

		List<Family> families = Families.of(report);
		assertEquals(List.of("-: app-a app-b app-c"), families.stream().map(FamiliesTest::summary).toList());
		assertNull(families.get(0).invention());
		assertEquals(List.of("app-a 0 US", "app-b 1 US", "app-c 2 EP"), families.get(0).members().stream().map(FamiliesTest::line).toList());
	}

	@Test
	void noProgramMeansNoFamilies() {
		assertEquals(List.of(), Families.of(HyokaFactory.eINSTANCE.createEvaluationReport()));
	}

	private static String line(Member member) {
		return member.application().getId() + " " + member.depth() + " " + String.join(",", member.countries());
	}

	private static String summary(Family family) {
		StringBuilder text = new StringBuilder(family.invention() == null ? "-" : family.invention().getId()).append(':');
		family.members().forEach(member -> text.append(' ').append(member.application().getId()));
		return text.toString();
	}

	private static InventionDisclosure invention(IPManagementScheme register, String id) {
		InventionDisclosure invention = IpFactory.eINSTANCE.createInventionDisclosure();
		invention.setId(id);
		register.getInventions().add(invention);
		return invention;
	}

	private static PatentApplication application(IPManagementScheme register, String id, ApplicationKind kind, InventionDisclosure invention,
			PatentApplication basedOn, String... countries) {
		PatentApplication application = IpFactory.eINSTANCE.createPatentApplication();
		application.setId(id);
		application.setKind(kind);
		application.setInvention(invention);
		application.setBasedOn(basedOn);
		application.getCountries().addAll(List.of(countries));
		register.getApplications().add(application);
		return application;
	}
}
