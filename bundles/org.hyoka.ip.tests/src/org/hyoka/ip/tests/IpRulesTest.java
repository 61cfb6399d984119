package org.hyoka.ip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.validation.Validation;
import org.hyoka.ip.AgreementParty;
import org.hyoka.ip.CommitteeSeat;
import org.hyoka.ip.IPAgreement;
import org.hyoka.ip.IPCommittee;
import org.hyoka.ip.IPInstrumentType;
import org.hyoka.ip.IPManagementScheme;
import org.hyoka.ip.IPPolicyDocument;
import org.hyoka.ip.IpFactory;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Period;
import org.hyoka.model.base.Role;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FundingFlow;
import org.hyoka.model.finance.FundingMechanism;
import org.hyoka.model.finance.FundingStep;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchTask;
import org.junit.jupiter.api.Test;

/** The HY-IP rules on small models: where each fires and where it must stay silent. */
class IpRulesTest {

	private final EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
	private final Program program = ProgramFactory.eINSTANCE.createProgram();
	private final Project project = ProgramFactory.eINSTANCE.createProject();

	IpRulesTest() {
		Resource resource = new ResourceImpl();
		resource.getContents().add(report);
		report.setProgram(program);
		Period period = BaseFactory.eINSTANCE.createPeriod();
		period.setStartFY(2016);
		period.setEndFY(2020);
		project.setPeriod(period);
		project.setLetterCode("A");
		project.setNameJa("糖鎖利用による革新的創薬技術開発");
		program.getProjects().add(project);
	}

	@Test
	void checksWhoAnIpAgreementBindsAgainstWhoDoesTheResearch() {
		Organization lead = organization("大阪大学");
		Organization partner = organization("京都大学");
		Organization other = organization("東京大学");
		task(lead, partner);
		task(other);
		IPManagementScheme scheme = IpFactory.eINSTANCE.createIPManagementScheme();
		scheme.setSecretariat(lead);
		project.getExtensions().add(scheme);
		IPAgreement agreement = IpFactory.eINSTANCE.createIPAgreement();
		agreement.setTitleJa("知財合意書");
		agreement.setDeclaredPartyCount(3);
		scheme.getAgreements().add(agreement);
		// parties not listed: the declared count is compared with the performers besides the secretariat
		assertTrue(messages().contains("3 partner institutions are declared, but the research tasks name 2 performers besides the secretariat Organization 大阪大学"), messages());

		AgreementParty party = IpFactory.eINSTANCE.createAgreementParty();
		party.setOrganization(partner);
		agreement.getParties().add(party);
		assertFalse(messages().contains("the performer Organization 東京大学 is not among the parties"), "not signed: " + messages());
		agreement.setConcluded(true);
		Set<String> codes = codes();
		assertTrue(codes.contains("HY-IP-01"), messages()); // 3 declared, 1 listed
		assertTrue(messages().contains("the performer Organization 東京大学 is not among the parties"), messages());
		assertFalse(messages().contains("the performer Organization 京都大学"), messages());
		assertFalse(messages().contains("the performer Organization 大阪大学"), "the secretariat runs the agreement: " + messages());
		assertFalse(codes.contains("HY-IP-03"), "listed parties are checked one by one instead: " + messages());
		// two tasks and no rule on results made together
		assertTrue(codes.contains("HY-IP-10"), messages());
		// the secretariat has no rule on reporting inventions to it
		assertTrue(codes.contains("HY-IP-08"), messages());

		// an agreement for another project does not answer for this project's performers
		Project elsewhere = ProgramFactory.eINSTANCE.createProject();
		program.getProjects().add(elsewhere);
		agreement.getProjects().add(elsewhere);
		assertFalse(messages().contains("is not among the parties"), messages());
	}

	@Test
	void checksBayhDoleAgainstTheFundingFlowAndTheIpCommittee() {
		FundingStep toAmed = FinanceFactory.eINSTANCE.createFundingStep();
		toAmed.setMechanism(FundingMechanism.FIXED_SUBSIDY);
		FundingStep toPerformers = FinanceFactory.eINSTANCE.createFundingStep();
		toPerformers.setToLabel("アカデミア等");
		toPerformers.setMechanism(FundingMechanism.ENTRUSTMENT);
		FundingFlow flow = FinanceFactory.eINSTANCE.createFundingFlow();
		flow.getSteps().addAll(List.of(toAmed, toPerformers));
		project.getFundingFlows().add(flow);
		assertTrue(codes().contains("HY-IP-04"), messages());

		IPManagementScheme scheme = IpFactory.eINSTANCE.createIPManagementScheme();
		scheme.setBayhDoleApplied(true);
		project.getExtensions().add(scheme);
		assertFalse(codes().contains("HY-IP-04"), messages());
		assertFalse(codes().contains("HY-IP-05"), messages());

		toPerformers.setMechanism(FundingMechanism.FIXED_SUBSIDY);
		assertTrue(messages().contains("Bayh-Dole is stated to apply, which needs entrustment (委託), but the funding flow reaches the performers as アカデミア等 (fixed-amount subsidy)."), messages());

		IPCommittee committee = IpFactory.eINSTANCE.createIPCommittee();
		committee.setNameJa("知財管理委員会");
		scheme.getCommittees().add(committee);
		assertEquals(Diagnostic.WARNING, severityOf("HY-IP-07"), messages()); // nothing recorded
		CommitteeSeat seat = IpFactory.eINSTANCE.createCommitteeSeat();
		seat.setRoleLabelJa("企業代表");
		committee.getComposition().add(seat);
		committee.setPurpose("研究開発成果の取扱い・運用等に関して必要な事項について協議・決定するため");
		assertEquals(Diagnostic.ERROR, severityOf("HY-IP-06"), messages());
		assertFalse(codes().contains("HY-IP-07"), messages());
		seat.setRole(Role.PL);
		assertFalse(codes().contains("HY-IP-06"), messages());

		IPAgreement aspired = IpFactory.eINSTANCE.createIPAgreement();
		aspired.setEffortOnly(true);
		scheme.getAgreements().add(aspired);
		assertTrue(codes().contains("HY-IP-11"), messages());
		aspired.setCoversAllParticipants(true);
		assertFalse(codes().contains("HY-IP-11"), "the report states the result: " + messages());
	}

	@Test
	void aSharingRuleForTheIpGainedAnswersForResultsMadeTogether() {
		task(organization("大阪大学"), organization("九州大学"));
		task(organization("神戸大学"));
		IPManagementScheme scheme = IpFactory.eINSTANCE.createIPManagementScheme();
		project.getExtensions().add(scheme);
		assertTrue(messages().contains("2 research tasks and 3 performers, but no rule on who owns results made together."), messages());
		// soyaku-kiban-2021, C: 「組合員が以前から有する知財、及びプロジェクト期間中に得られた知財についての共用ルールを定め」
		IPPolicyDocument sharing = IpFactory.eINSTANCE.createIPPolicyDocument();
		sharing.setType(IPInstrumentType.SHARING_RULES);
		sharing.setTitleJa("共用ルール");
		scheme.getPolicies().add(sharing);
		assertFalse(codes().contains("HY-IP-10"), messages());
		sharing.setType(IPInstrumentType.IP_BASIC_POLICY);
		assertTrue(codes().contains("HY-IP-10"), "a policy of another kind sets no such rule: " + messages());
	}

	@Test
	void anIpCommitteeFindingSaysWhetherItsMembersOrItsRoleAreMissing() {
		IPManagementScheme scheme = IpFactory.eINSTANCE.createIPManagementScheme();
		project.getExtensions().add(scheme);
		IPCommittee committee = IpFactory.eINSTANCE.createIPCommittee();
		committee.setNameJa("知財委員会");
		scheme.getCommittees().add(committee);
		assertTrue(messages().contains("IP committee 知財委員会 (Project A 糖鎖利用による革新的創薬技術開発): neither its purpose nor its members are recorded."),
				messages());
		committee.getTasks().add("先行技術調査"); // soyaku-kiban-2021, A: its tasks say what it is for
		assertTrue(messages().contains("IP committee 知財委員会 (Project A 糖鎖利用による革新的創薬技術開発): its tasks or purpose are printed, but not its members."),
				messages());
		committee.getTasks().clear();
		CommitteeSeat seat = IpFactory.eINSTANCE.createCommitteeSeat();
		seat.setRole(Role.PL);
		committee.getComposition().add(seat);
		assertTrue(messages().contains("IP committee 知財委員会 (Project A 糖鎖利用による革新的創薬技術開発): its members are printed, but not its purpose or tasks."),
				messages());
		committee.setPurpose("研究開発成果の取扱い・運用等に関して必要な事項について協議・決定するため");
		assertFalse(codes().contains("HY-IP-07"), messages());
	}

	private Diagnostic validate() {
		return Validation.validate(report);
	}

	private Set<String> codes() {
		return validate().getChildren().stream().flatMap(d -> Rule.of(d).stream()).map(Rule::code).collect(Collectors.toSet());
	}

	private int severityOf(String code) {
		return validate().getChildren().stream().filter(d -> Rule.of(d).map(Rule::code).filter(code::equals).isPresent())
				.mapToInt(Diagnostic::getSeverity).max().orElse(-1);
	}

	private String messages() {
		return validate().getChildren().stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
	}

	private Organization organization(String name) {
		Organization organization = BaseFactory.eINSTANCE.createOrganization();
		organization.setNameJa(name);
		report.getOrganizations().add(organization);
		return organization;
	}

	private void task(Organization... performers) {
		ResearchTask task = ProgramFactory.eINSTANCE.createResearchTask();
		task.getPerformers().addAll(List.of(performers));
		project.getResearchTasks().add(task);
	}
}
