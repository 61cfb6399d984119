package org.hyoka.ip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.validation.Validation;
import org.hyoka.ip.AgencyReport;
import org.hyoka.ip.AgencyReportKind;
import org.hyoka.ip.AgreementParty;
import org.hyoka.ip.ApplicationKind;
import org.hyoka.ip.CommitteeDecision;
import org.hyoka.ip.CommitteeMeeting;
import org.hyoka.ip.DecisionOutcome;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.Licence;
import org.hyoka.ip.Ownership;
import org.hyoka.ip.PatentApplication;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Organization;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchTask;
import org.hyoka.model.results.PublicationRecord;
import org.hyoka.model.results.ResultsFactory;
import org.junit.jupiter.api.Test;

/** The register rules HY-IP-12 to 17 on small registers: where each fires and where it must stay silent. */
class RegisterRulesTest {

	private static final IpFactory IP = IpFactory.eINSTANCE;

	private final EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
	private final Program program = ProgramFactory.eINSTANCE.createProgram();
	private final Project project = ProgramFactory.eINSTANCE.createProject();
	private final IPManagementScheme scheme = IP.createIPManagementScheme();
	private final Organization osaka = organization("org-osaka", "大阪大学");
	private final Organization kyoto = organization("org-kyoto", "京都大学");
	private final IPAgreement agreement = IP.createIPAgreement();

	RegisterRulesTest() {
		new ResourceImpl().getContents().add(report);
		report.setProgram(program);
		project.setId("prj-a");
		project.setLetterCode("A");
		program.getProjects().add(project);
		project.getExtensions().add(scheme);
		agreement.setId("agr-1");
		agreement.setTitleJa("知財合意書");
		agreement.setConcluded(true);
		agreement.setConcludedDate(LocalDate.of(2022, 4, 1));
		AgreementParty party = IP.createAgreementParty();
		party.setOrganization(osaka);
		agreement.getParties().add(party);
		scheme.getAgreements().add(agreement);
	}

	@Test
	void hyIp12AnOrganizationMakingIpOutsideEverySignedAgreement() {
		InventionDisclosure invention = IP.createInventionDisclosure();
		invention.setId("inv-1");
		invention.getOrganizations().addAll(List.of(osaka, kyoto));
		scheme.getInventions().add(invention);
		assertEquals(List.of("Project A: Organization 京都大学 performs a research task of the project or made or owns IP in its register, "
				+ "but is a party to none of the 1 signed IP agreements covering the project (checked against the parties they list, "
				+ "as every signed agreement covering the project lists them; an agreement not signed binds no one)."), messages("HY-IP-12"));

		IPAgreement draft = party(IP.createIPAgreement(), kyoto);
		scheme.getAgreements().add(draft);
		assertEquals(1, messages("HY-IP-12").size(), "an agreement not signed binds no one");
		draft.setConcluded(true);
		assertEquals(List.of(), messages("HY-IP-12"));

		draft.getProjects().add(ProgramFactory.eINSTANCE.createProject());
		program.getProjects().add(draft.getProjects().get(0));
		assertEquals(1, messages("HY-IP-12").size(), "an agreement for another project does not cover this one");
		draft.getProjects().add(project);
		assertEquals(List.of(), messages("HY-IP-12"), "an agreement naming the project covers it");
		scheme.getAgreements().forEach(each -> each.getParties().clear());
		assertEquals(List.of(), messages("HY-IP-12"), "without listed parties nobody can tell who is bound");
	}

	@Test
	void hyIp12EveryPerformerOfTheProjectWhereTheFileListsWhoSigned() {
		Organization tokyo = organization("org-tokyo", "東京大学");
		Organization secretariat = organization("org-jba", "一般社団法人バイオ産業情報化コンソーシアム");
		task(osaka, kyoto);
		task(tokyo, secretariat);
		scheme.setSecretariat(secretariat);
		// no register: the performers are still checked, the secretariat running the agreement left out
		assertEquals(List.of("Organization 京都大学", "Organization 東京大学"), unbound());

		// a program's agreement naming the project covers it; one for another project does not
		IPManagementScheme programScheme = IP.createIPManagementScheme();
		program.getExtensions().add(programScheme);
		IPAgreement programWide = party(IP.createIPAgreement(), kyoto);
		programWide.setConcludedDate(LocalDate.of(2022, 5, 1));
		Project other = ProgramFactory.eINSTANCE.createProject();
		program.getProjects().add(other);
		programWide.getProjects().add(other);
		programScheme.getAgreements().add(programWide);
		assertEquals(List.of("Organization 京都大学", "Organization 東京大学"), unbound());
		programWide.getProjects().add(project);
		assertEquals(List.of("Organization 東京大学"), unbound());

		// an unsigned agreement listing its parties binds no one, and is no reason to stay silent
		IPAgreement unsigned = party(IP.createIPAgreement(), tokyo);
		scheme.getAgreements().add(unsigned);
		assertEquals(List.of("Organization 東京大学"), unbound());
		unsigned.setConcluded(true);
		assertEquals(List.of(), unbound());

		// a signed agreement covering the project that lists no one, as the samples print "all participants signed":
		// who it binds is not recorded per party, so nothing is reported
		unsigned.setConcluded(false);
		IPAgreement allParticipants = IP.createIPAgreement();
		allParticipants.setConcluded(true);
		allParticipants.setCoversAllParticipants(Boolean.TRUE);
		scheme.getAgreements().add(allParticipants);
		assertEquals(List.of(), unbound());
		allParticipants.setConcluded(false);
		assertEquals(List.of("Organization 東京大学"), unbound(), "an unsigned one without a list changes nothing");
	}

	@Test
	void hyIp12StaysSilentWithoutAnIpSchemeOrAgreementsListingParties() {
		task(osaka, kyoto);
		scheme.getAgreements().clear();
		assertEquals(List.of(), unbound(), "no agreement at all");
		IPAgreement effortOnly = IP.createIPAgreement();
		effortOnly.setEffortOnly(true);
		scheme.getAgreements().add(effortOnly);
		assertEquals(List.of(), unbound(), "only endeavoured to, no parties listed");
		project.getExtensions().clear();
		assertEquals(List.of(), unbound(), "no IP scheme");
	}

	@Test
	void hyIp13SharesSumTo100WithinAHundredthOfAPoint() {
		PatentApplication application = application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2022, 5, 1));
		share(application, osaka, "50");
		share(application, kyoto, "40");
		assertEquals(List.of("Patent application (Project A): the shares of the owners sum to 90 % (2 owners, 0 without a share), not 100 %."), messages("HY-IP-13"));
		application.getOwners().get(1).setShare(new BigDecimal("16.67"));
		share(application, osaka, "33.33");
		assertEquals(List.of(), messages("HY-IP-13"), "50 + 16.67 + 33.33");
		application.getOwners().get(2).setShare(new BigDecimal("33.31"));
		assertEquals(1, messages("HY-IP-13").size(), "99.98 is more than a hundredth off");
		application.getOwners().get(2).setShare(null);
		assertEquals(List.of("Patent application (Project A): the shares of the owners sum to 66.67 % (3 owners, 1 without a share), not 100 %."), messages("HY-IP-13"));
		application.getOwners().forEach(owner -> owner.setShare(null));
		assertEquals(List.of(), messages("HY-IP-13"), "no share recorded at all: nothing to add up");
	}

	@Test
	void hyIp14AndHyIp15LicencesNeedTheirApprovals() {
		Licence licence = IP.createLicence();
		licence.setId("lic-1");
		licence.setConcludedDate(LocalDate.of(2023, 6, 1));
		scheme.getLicences().add(licence);
		assertEquals(List.of("Licence (Project A): no committee decision approving it is recorded."), messages("HY-IP-14"));
		CommitteeMeeting meeting = IP.createCommitteeMeeting();
		CommitteeDecision decision = IP.createCommitteeDecision();
		decision.setOutcome(DecisionOutcome.DEFERRED);
		meeting.getDecisions().add(decision);
		scheme.getMeetings().add(meeting);
		licence.setDecision(decision);
		assertEquals(1, messages("HY-IP-14").size(), "a deferred decision approves nothing");
		decision.setOutcome(DecisionOutcome.APPROVED);
		assertEquals(List.of(), messages("HY-IP-14"));

		assertEquals(List.of(), messages("HY-IP-15"), "a non-exclusive licence needs no prior approval");
		licence.setExclusive(true);
		assertEquals(List.of("Licence (Project A): an exclusive licence or a transfer needs the prior approval of the agency (専用実施権等設定承認申請), and no request sent before it was signed is recorded."),
				messages("HY-IP-15"));
		AgencyReport request = IP.createAgencyReport();
		request.setKind(AgencyReportKind.EXCLUSIVE_LICENCE_APPROVAL);
		request.setConcerns(licence);
		request.setSentDate(LocalDate.of(2023, 6, 2));
		scheme.getAgencyReports().add(request);
		assertEquals(1, messages("HY-IP-15").size(), "sent after the signing");
		request.setSentDate(LocalDate.of(2023, 5, 15));
		assertEquals(List.of(), messages("HY-IP-15"));
		licence.setTransfer(true);
		assertEquals(1, messages("HY-IP-15").size(), "a transfer needs 移転承認申請");
		assertEquals(true, messages("HY-IP-15").get(0).contains("移転承認申請"));
	}

	@Test
	void hyIp16ThePrintedPatentCountsAgainstTheRegister() {
		PublicationRecord printed = ResultsFactory.eINSTANCE.createPublicationRecord();
		printed.setPeriodStartFY(2022);
		printed.setPeriodEndFY(2023);
		printed.setDomesticPatents(2);
		printed.setForeignPatents(0);
		printed.setPctApplications(1);
		project.getPublications().add(printed);
		application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2023, 3, 31)); // FY2022
		application("app-2", ApplicationKind.PCT, LocalDate.of(2024, 3, 31)); // FY2023
		application("app-3", ApplicationKind.DOMESTIC, LocalDate.of(2024, 4, 1)); // FY2024, outside
		assertEquals(List.of(), messages("HY-IP-16"), "fewer than printed: the register need not be complete");
		scheme.setRegisterComplete(true);
		assertEquals(List.of("Project A: the outputs print 2 domestic (国内) applications in FY2022–2023, but the register lists 1 filed then."),
				messages("HY-IP-16"));
		scheme.setRegisterComplete(false);
		application("app-4", ApplicationKind.PARIS, LocalDate.of(2022, 4, 1));
		assertEquals(List.of("Project A: the outputs print 0 foreign (国外) applications in FY2022–2023, but the register lists 1 filed then."),
				messages("HY-IP-16"));
	}

	@Test
	void hyIp17DatesBeforeTheAgreementWasConcluded() {
		application("app-1", ApplicationKind.DOMESTIC, LocalDate.of(2022, 3, 31));
		application("app-2", ApplicationKind.DOMESTIC, LocalDate.of(2022, 4, 1));
		assertEquals(List.of("Patent application (Project A): dated 2022-03-31, before IP agreement 知財合意書 was concluded on 2022-04-01."), messages("HY-IP-17"));
		agreement.setConcludedDate(null);
		assertEquals(List.of(), messages("HY-IP-17"), "no date, nothing to compare");
	}

	private static IPAgreement party(IPAgreement agreement, Organization organization) {
		agreement.setTitleJa("知財合意書");
		AgreementParty party = IP.createAgreementParty();
		party.setOrganization(organization);
		agreement.getParties().add(party);
		return agreement;
	}

	private void task(Organization... performers) {
		ResearchTask task = ProgramFactory.eINSTANCE.createResearchTask();
		task.getPerformers().addAll(List.of(performers));
		project.getResearchTasks().add(task);
	}

	/** The organizations HY-IP-12 names, by their labels. */
	private List<String> unbound() {
		return messages("HY-IP-12").stream().map(message -> message.substring("Project A: ".length(), message.indexOf(" performs "))).toList();
	}

	private PatentApplication application(String id, ApplicationKind kind, LocalDate filed) {
		PatentApplication application = IP.createPatentApplication();
		application.setId(id);
		application.setKind(kind);
		application.setFilingDate(filed);
		scheme.getApplications().add(application);
		return application;
	}

	private static void share(PatentApplication application, Organization owner, String percent) {
		Ownership share = IP.createOwnership();
		share.setOrganization(owner);
		share.setShare(new BigDecimal(percent));
		application.getOwners().add(share);
	}

	private List<String> messages(String code) {
		return Validation.validate(report).getChildren().stream()
				.filter(finding -> Rule.of(finding).map(Rule::code).filter(code::equals).isPresent()).map(finding -> finding.getMessage())
				.toList();
	}

	private Organization organization(String id, String name) {
		Organization organization = BaseFactory.eINSTANCE.createOrganization();
		organization.setId(id);
		organization.setNameJa(name);
		report.getOrganizations().add(organization);
		return organization;
	}
}
