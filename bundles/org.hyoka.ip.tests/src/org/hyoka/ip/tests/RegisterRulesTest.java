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
		assertEquals(List.of("Project A: Organization 京都大学 made or owns IP in the register, but is a party to no signed IP agreement covering the project."),
				messages("HY-IP-12"));

		IPAgreement draft = IP.createIPAgreement();
		AgreementParty party = IP.createAgreementParty();
		party.setOrganization(kyoto);
		draft.getParties().add(party);
		scheme.getAgreements().add(draft);
		assertEquals(1, messages("HY-IP-12").size(), "an agreement not signed binds no one");
		draft.setConcluded(true);
		assertEquals(List.of(), messages("HY-IP-12"));

		draft.getProjects().add(ProgramFactory.eINSTANCE.createProject());
		program.getProjects().add(draft.getProjects().get(0));
		assertEquals(1, messages("HY-IP-12").size(), "an agreement for another project does not cover this one");
		scheme.getAgreements().forEach(each -> each.getParties().clear());
		assertEquals(List.of(), messages("HY-IP-12"), "without listed parties nobody can tell who is bound");
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
