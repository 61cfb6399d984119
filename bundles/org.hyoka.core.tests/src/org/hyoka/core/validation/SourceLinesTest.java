package org.hyoka.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.hyoka.core.skeleton.CommitteeMembers;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.skeleton.EvaluationSkeleton.ProjectSpec;
import org.hyoka.core.skeleton.EvaluationSkeleton.Spec;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Person;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.junit.jupiter.api.Test;

/**
 * Values typed in the editor were printed nowhere, so messages about them name no printed line: neither a 「L?」 nor
 * the brackets and words that would have held one, in English and Japanese.
 */
class SourceLinesTest {

	private static final String NONE = SourceLines.NONE;

	@Test
	void aPlaceWithoutLinesIsLeftOutWithItsBracketsAndJoiningWords() {
		assertEquals("printed as 985, but its cells add up to 983.",
				SourceLines.unplaced("printed as 985 (" + NONE + "), but its cells add up to 983 (" + NONE + ")."));
		assertEquals("985と記載されていますが、内訳の和は 983 です。",
				SourceLines.unplaced("985（" + NONE + "）と記載されていますが、内訳" + "（" + NONE + "）の和は 983 です。"));
		assertEquals("from 6 (2018年度末時点) to 4 (令和2年12月末時点, L1730)",
				SourceLines.unplaced("from 6 (2018年度末時点, " + NONE + ") to 4 (令和2年12月末時点, L1730)"));
		assertEquals("6（2018年度末時点）", SourceLines.unplaced("6（2018年度末時点、" + NONE + "）"));
		assertEquals("is listed more than once.", SourceLines.unplaced("is listed more than once (" + NONE + " and " + NONE + ")."));
		assertEquals("is listed more than once (L12).", SourceLines.unplaced("is listed more than once (" + NONE + " and L12)."));
		assertEquals("重複して記載されています（L12）。", SourceLines.unplaced("重複して記載されています（L12 と " + NONE + "）。"));
		assertEquals("(2019 interim)", SourceLines.unplaced("(" + NONE + ": 2019 interim)"));
		assertEquals("（令和5年度 中間評価）", SourceLines.unplaced("（" + NONE + "：令和5年度 中間評価）"));
		assertEquals("printed as 985 (L41).", SourceLines.unplaced("printed as 985 (L41)."), "printed lines stay");
	}

	@Test
	void aNewEvaluationsFindingsNameNoPlaceholderNorId() {
		EvaluationReport report = EvaluationSkeleton.create(new Spec("次世代評価技術開発事業", EvaluationType.INTERIM,
				List.of(new ProjectSpec("A", "課題A"), new ProjectSpec("B", "課題B")), 2021, 2025, 2023));
		Resource resource = new ResourceImpl();
		resource.getContents().add(report);
		CommitteeMembers.addTo(report, CommitteeMembers.fromNames(List.of("山田 太郎", "佐藤 花子")));
		// what a user types on the Committee and Scores pages: a second chair, a member not named yet, and scores of
		// more evaluators than the committee has, with an average that does not match them
		CommitteeMember second = report.getCommittee().getMembers().get(1);
		second.setRole(CommitteeRole.CHAIR);
		Person nameless = BaseFactory.eINSTANCE.createPerson();
		nameless.setId("person-1");
		report.getPersons().add(nameless);
		CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
		member.setId("member-1");
		member.setPerson(nameless);
		report.getCommittee().getMembers().add(member);
		ItemScore row = report.getEvaluations().get(0).getScoreTable().getRows().get(0);
		for (int column = 1; column <= 5; column++) {
			EvaluatorScore score = EvaluationFactory.eINSTANCE.createEvaluatorScore();
			score.setColumn(column);
			score.setValue(column % 2 == 0 ? 2 : 3);
			row.getScores().add(score);
		}
		row.setStatedAverage(new BigDecimal("1.0"));

		for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
			String findings = FindingsText.of(report, locale);
			assertTrue(findings.contains("HY-CM-01") && findings.contains("HY-SC-02") && findings.contains("HY-SC-05"),
					"the typed values give findings: " + findings);
			for (String internal : List.of("L?", NONE, "()", "（）", "( ", "（、", "person-1", "member-1", "mem-", "per-")) {
				assertFalse(findings.contains(internal), locale + ": \"" + internal + "\" in " + findings);
			}
		}
		String english = FindingsText.of(report, Locale.ENGLISH);
		assertTrue(english.contains(": 5 score columns, but the committee lists only 3 members.\n"), english);
		assertTrue(english.contains("does not match the scores printed in the same row, whose average rounded half-up is 2.6."), english);
	}
}
