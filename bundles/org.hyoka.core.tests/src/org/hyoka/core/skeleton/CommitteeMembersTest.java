package org.hyoka.core.skeleton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyoka.core.skeleton.CommitteeMembers.Member;
import org.hyoka.core.skeleton.CommitteeMembers.Parsed;
import org.hyoka.core.skeleton.CommitteeMembers.Problem;
import org.hyoka.core.skeleton.EvaluationSkeleton.ProjectSpec;
import org.hyoka.core.skeleton.EvaluationSkeleton.Spec;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationType;
import org.junit.jupiter.api.Test;

class CommitteeMembersTest {

	private static EvaluationReport skeleton() {
		return EvaluationSkeleton.create(new Spec("次世代評価技術開発事業", EvaluationType.INTERIM, List.of(new ProjectSpec("A", "")), 2021,
				2025, 2023));
	}

	@Test
	void aListOfNamesIsChairedByTheFirst() {
		List<Member> members = CommitteeMembers.fromNames(List.of("山田 太郎", " 佐藤 花子 ", "鈴木 一郎"));
		assertEquals(List.of(new Member("山田 太郎", CommitteeRole.CHAIR, ""), new Member("佐藤 花子", CommitteeRole.MEMBER, ""),
				new Member("鈴木 一郎", CommitteeRole.MEMBER, "")), members);
		assertNull(CommitteeMembers.problem(members));
	}

	@Test
	void aCsvGivesRolesAndAffiliationsWithOrWithoutHeader() {
		String rows = "山田 太郎,座長,\"北海道大学 大学院工学研究院 教授\"\n\n佐藤 花子,委員,\"株式会社サンプル, 研究開発部長\"\r\n鈴木 一郎,,\n";
		for (String text : List.of(rows, "name,role,affiliation\n" + rows)) {
			Parsed parsed = CommitteeMembers.fromCsv(text);
			assertNull(parsed.problem(), text);
			assertEquals(List.of(new Member("山田 太郎", CommitteeRole.CHAIR, "北海道大学 大学院工学研究院 教授"),
					new Member("佐藤 花子", CommitteeRole.MEMBER, "株式会社サンプル, 研究開発部長"), new Member("鈴木 一郎", CommitteeRole.MEMBER, "")),
					parsed.members());
			int offset = text == rows ? 0 : 1;
			assertEquals(List.of(1 + offset, 3 + offset, 4 + offset), parsed.lines(), "the blank line is skipped, but counted");
		}
		assertEquals(CommitteeRole.CHAIR, CommitteeMembers.fromCsv("A,Chair\nB,member").members().get(0).role(), "English roles, any case");
		assertEquals(CommitteeRole.CHAIR, CommitteeMembers.fromCsv("A\nB,委員長").members().get(1).role());
	}

	/** #48: an escape in a name was saved into the file, which then could not be written at all. */
	@Test
	void aControlCharacterInANameOrAffiliationIsNamedByItsLine() {
		assertEquals(new Problem(Problem.Kind.CONTROL_CHARACTER, 2, "U+001B"), CommitteeMembers.fromCsv("A,座長\nB\u001b[31m,委員\n").problem());
		assertEquals(new Problem(Problem.Kind.CONTROL_CHARACTER, 1, "U+0007"), CommitteeMembers.fromCsv("A,座長,大学\u0007\n").problem());
		assertEquals(new Problem(Problem.Kind.CONTROL_CHARACTER, 2, "U+000A"),
				CommitteeMembers.problem(CommitteeMembers.fromNames(List.of("A", "B\nC"))));
	}

	@Test
	void linesTypedWithJapaneseSeparatorsAreReadAsMeant() {
		Parsed parsed = CommitteeMembers.fromCsv("山田 太郎、座長、北海道大学、教授\n佐藤 花子，委員，株式会社サンプル\n"
				+ "鈴木　一郎　委員　東京大学　准教授\n高橋 二郎・委員・X研究所\n田中　花子\n伊藤 三郎 member\n");
		assertNull(parsed.problem());
		assertEquals(List.of(new Member("山田 太郎", CommitteeRole.CHAIR, "北海道大学、教授"), new Member("佐藤 花子", CommitteeRole.MEMBER, "株式会社サンプル"),
				new Member("鈴木　一郎", CommitteeRole.MEMBER, "東京大学　准教授"), new Member("高橋 二郎", CommitteeRole.MEMBER, "X研究所"),
				new Member("田中　花子", CommitteeRole.MEMBER, ""), new Member("伊藤 三郎", CommitteeRole.MEMBER, "")), parsed.members(),
				"「、」「，」 as commas, the affiliation keeping a further one; spaces or 「・」 around a role; a name with a space alone");
		assertEquals(List.of("A", "X・中央大学 委員会委員長代理"), CommitteeMembers.fromCsv("A,座長\nX・中央大学 委員会委員長代理").members().stream()
				.map(Member::name).toList(), "a role word inside other words is no role");
		assertEquals(new Problem(Problem.Kind.ROLE_UNKNOWN, 1, "佐藤 花子"), CommitteeMembers.fromCsv("山田 太郎、佐藤 花子、鈴木 一郎").problem(),
				"names on one line: the second is read as a role, and the message says how to separate");
		assertEquals(List.of("山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋"), CommitteeMembers.names("山田 太郎,佐藤 花子、鈴木 一郎，高橋"));
	}

	@Test
	void rowsCopiedFromASpreadsheetAreSeparatedByTheirTabs() {
		Parsed parsed = CommitteeMembers.fromCsv("山田 太郎\t座長\t北海道大学 教授\r\n佐藤 花子\t委員\t委員会事務局 参与\r\n鈴木 一郎\t\t東京大学\r\n");
		assertNull(parsed.problem());
		assertEquals(List.of(new Member("山田 太郎", CommitteeRole.CHAIR, "北海道大学 教授"), new Member("佐藤 花子", CommitteeRole.MEMBER, "委員会事務局 参与"),
				new Member("鈴木 一郎", CommitteeRole.MEMBER, "東京大学")), parsed.members(),
				"a cell each, whatever words the affiliation holds; an empty role is a member");
		assertEquals(new Problem(Problem.Kind.TOO_MANY_FIELDS, 1, "4"), CommitteeMembers.fromCsv("A\t座長\t大学\t2026\n").problem(),
				"a fourth cell is not dropped unseen");
		assertNull(CommitteeMembers.fromCsv("A\t座長\t大学\t\t\n").problem(), "empty cells after the affiliation are nothing");
	}

	/** What a paste of such lines puts into a table's name, role and affiliation: the fields as read, unchecked. */
	@Test
	void linesPastedIntoATableGiveTheirFieldsAndRolesAreReadAsInTheCsv() {
		assertEquals(List.of(List.of("山田 太郎", "座長", "北海道大学 教授"), List.of("佐藤 花子", "委員", "X大学、教授"), List.of("鈴木　一郎", "委員", "東京大学"),
				List.of("高橋 二郎")), CommitteeMembers.fields("name,role,affiliation\n山田 太郎,座長,北海道大学 教授\n\n佐藤 花子、委員、X大学、教授\n"
						+ "鈴木　一郎　委員　東京大学\n高橋 二郎\n"), "the header and the blank line left out");
		assertEquals(List.of(List.of("A", "議長", "")), CommitteeMembers.fields("A,議長,"), "a role that is none is the table's to refuse");
		assertEquals(CommitteeRole.CHAIR, CommitteeMembers.role(" 委員長 "));
		assertEquals(CommitteeRole.CHAIR, CommitteeMembers.role("Chair"));
		assertEquals(CommitteeRole.MEMBER, CommitteeMembers.role(""), "an empty role is a member's");
		assertEquals(null, CommitteeMembers.role("議長"));
	}

	@Test
	void badRowsAreNamedByTheirLine() {
		assertEquals(new Problem(Problem.Kind.ROLE_UNKNOWN, 3, "議長補佐"),
				CommitteeMembers.fromCsv("name,role,affiliation\nA,座長,\nB,議長補佐,X大学\n").problem());
		assertEquals(new Problem(Problem.Kind.TOO_MANY_FIELDS, 2, "4"), CommitteeMembers.fromCsv("A,座長\nB,委員,X大学,教授\n").problem());
		assertEquals(new Problem(Problem.Kind.NAME_MISSING, 2, null), CommitteeMembers.fromCsv("A,座長\n,委員,X大学\n").problem());
		assertEquals(new Problem(Problem.Kind.NAME_DUPLICATE, 4, "山田　太郎"),
				CommitteeMembers.fromCsv("山田 太郎,座長\n佐藤 花子\n\n山田　太郎\n").problem(), "a full-width space makes no other name");
		assertEquals(new Problem(Problem.Kind.CHAIRS, 3, "2"), CommitteeMembers.fromCsv("A,座長\nB\nC,chair\n").problem());
		assertEquals(new Problem(Problem.Kind.CHAIRS, 0, "0"), CommitteeMembers.fromCsv("A,委員\nB\n").problem());
		assertEquals(new Problem(Problem.Kind.EMPTY, 0, null), CommitteeMembers.fromCsv("name,role,affiliation\n\n").problem());
		assertEquals(List.of(), CommitteeMembers.fromCsv("A,座長\nA\n").members(), "nothing to add when a row is bad");
		assertEquals(new Problem(Problem.Kind.NAME_MISSING, 2, null), CommitteeMembers.problem(CommitteeMembers.fromNames(List.of("A", " "))));
	}

	@Test
	void addedMembersArePersonsOfTheReportAndValidate() {
		EvaluationReport report = skeleton();
		CommitteeMembers.addTo(report, List.of(new Member("山田 太郎", CommitteeRole.CHAIR, "北海道大学 教授"),
				new Member("佐藤 花子", CommitteeRole.MEMBER, "")));
		List<CommitteeMember> members = report.getCommittee().getMembers();
		assertEquals(List.of("mem-1", "mem-2"), members.stream().map(CommitteeMember::getId).toList());
		assertEquals(List.of("山田 太郎", "佐藤 花子"), members.stream().map(m -> m.getPerson().getNameJa()).toList());
		assertEquals(report.getPersons(), members.stream().map(CommitteeMember::getPerson).toList(), "the persons belong to the report");
		assertEquals("北海道大学 教授", members.get(0).getAffiliationPrinted());
		assertNull(members.get(1).getAffiliationPrinted(), "no affiliation given, none printed");
		List<String> errors = Validation.validate(report).getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
				.map(Diagnostic::getMessage).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void membersWithAProblemAreNotAdded() {
		EvaluationReport report = skeleton();
		assertThrows(IllegalArgumentException.class,
				() -> CommitteeMembers.addTo(report, List.of(new Member("A", CommitteeRole.MEMBER, ""))));
		assertEquals(List.of(), report.getCommittee().getMembers());
		assertEquals(List.of(), report.getPersons());
	}
}
