package org.hyoka.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.Period;
import org.hyoka.model.base.Person;
import org.hyoka.model.base.Role;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.ReportStatus;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.ScheduledEvaluation;
import org.junit.jupiter.api.Test;

/** Members, roles, meetings, findings and planned evaluations are named by what the report prints, never by their ids. */
class ObjectLabelsTest {

	/** The label after the type's name; null when the object has nothing to name it by. */
	private static String named(EObject object) {
		String type = ValidationMessages.optional("type." + object.eClass().getName(), null);
		Optional<String> label = ObjectLabels.ofNamed(object);
		label.ifPresent(text -> assertTrue(text.startsWith(type + " "), text));
		return label.map(text -> text.substring(type.length() + 1)).orElse(null);
	}

	private static Person person(String name) {
		Person person = BaseFactory.eINSTANCE.createPerson();
		person.setId("per-1");
		person.setNameJa(name);
		return person;
	}

	@Test
	void aScoreIsNamedByItsEvaluatorAndItem() {
		ItemScore row = EvaluationFactory.eINSTANCE.createItemScore();
		row.setItemLabelPrinted("１．当省が実施することの必要性");
		EvaluatorScore score = EvaluationFactory.eINSTANCE.createEvaluatorScore();
		score.setColumn(2);
		score.setValue(3);
		row.getScores().add(score);
		assertEquals("評価者2 １．当省が実施することの必要性", named(score), "the column, as the report heads it");
		CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
		member.setPerson(person("山田 太郎"));
		score.setMember(member);
		assertEquals("山田 太郎 １．当省が実施することの必要性", named(score), "the member the report names for the column");
	}

	@Test
	void aPeriodIsNamedByItsYearsAsTheReportPrintsThem() {
		Period period = BaseFactory.eINSTANCE.createPeriod();
		assertNull(named(period), "no years yet");
		period.setStartFY(2024);
		period.setEndFY(2028);
		assertEquals("2024年度（令和6年度）～2028年度（令和10年度）", named(period), "both years, not the first alone");
		period.setStartPrinted("平成28年度");
		assertEquals("平成28年度～2028年度（令和10年度）", named(period), "a year as the report printed it");
	}

	@Test
	void aMemberIsNamedByThePersonNeverByAnId() {
		CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
		member.setId("mem-1");
		assertNull(named(member), "no person yet");
		assertEquals("Committee member", ObjectLabels.of(member), "known by its type alone");
		Person nameless = person(null);
		member.setPerson(nameless);
		assertEquals("Committee member", ObjectLabels.describe(member), "a person added on the Committee page, not yet named");
		nameless.setNameJa("山田 太郎");
		assertEquals(Optional.of("Committee member 山田 太郎"), ObjectLabels.ofNamed(member), "no role stated: none shown");
		member.setRole(CommitteeRole.MEMBER);
		assertEquals(Optional.of("委員 山田 太郎"), ObjectLabels.ofNamed(member), "named as the report lists its members");
	}

	@Test
	void aMemberWithARoleIsNamedAsTheReportListsIt() {
		CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
		member.setPerson(person("山田 太郎"));
		member.setRole(CommitteeRole.CHAIR);
		assertEquals(Optional.of("座長 山田 太郎"), ObjectLabels.ofNamed(member), "the chair is no 委員");
		member.setRole(CommitteeRole.MEMBER);
		assertEquals("委員 山田 太郎", ObjectLabels.of(member));
	}

	@Test
	void theReportAMeetingAndAFindingAreNamedAsTheReportPrintsThem() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		report.setId("report");
		report.setTitleJa("技術評価報告書");
		report.setStatus(ReportStatus.DRAFT);
		assertEquals("技術評価報告書（案）", ObjectLabels.of(report), "its title, not its id");

		EvaluationCommittee committee = EvaluationFactory.eINSTANCE.createEvaluationCommittee();
		committee.setNameJa("評価検討会");
		Meeting meeting = EvaluationFactory.eINSTANCE.createMeeting();
		committee.getMeetings().add(meeting);
		meeting.setOrdinal(1);
		assertEquals(Optional.of("第1回 評価検討会"), ObjectLabels.ofNamed(meeting));

		PreviousFinding finding = EvaluationFactory.eINSTANCE.createPreviousFinding();
		finding.setId("finding-1");
		assertEquals(Optional.empty(), ObjectLabels.ofNamed(finding), "known by its type only, never by its id");
		finding.setText("目標の達成時期を明確にすべきである。");
		assertEquals("目標の達成時期を明確にすべきである。", named(finding));
	}

	@Test
	void aRoleIsItsPrintedRoleElseItsKindThenTheHolder() {
		RoleAssignment role = BaseFactory.eINSTANCE.createRoleAssignment();
		role.setRole(Role.PD);
		assertEquals("PD", named(role));
		Organization organization = BaseFactory.eINSTANCE.createOrganization();
		organization.setId("org-1");
		organization.setNameJa("国立研究開発法人 日本医療研究開発機構");
		role.setOrganization(organization);
		assertEquals("PD 国立研究開発法人 日本医療研究開発機構", named(role), "an organisation holds it");
		role.setPerson(person("岩崎 甫"));
		role.setRolePrinted("プログラムディレクター");
		assertEquals("プログラムディレクター 岩崎 甫", named(role), "the person before the organisation");
	}

	@Test
	void aPlannedEvaluationIsItsPrintedTextElseTypeAndYear() {
		ScheduledEvaluation scheduled = ProgramFactory.eINSTANCE.createScheduledEvaluation();
		scheduled.setType(EvaluationType.INTERIM);
		assertEquals("中間評価", named(scheduled), "no year yet");
		scheduled.setFiscalYear(2024);
		assertEquals("中間評価 2024", named(scheduled));
		scheduled.setPrinted("令和6年度 中間評価");
		assertEquals("令和6年度 中間評価", named(scheduled));
	}
}
