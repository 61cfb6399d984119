package org.hyoka.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.ScoreTable;
import org.junit.jupiter.api.Test;

public class ScoringTest {

	@Test
	void roundsHalfUpToOneDecimalAsTheReportsDo() {
		// 002-B item 6: 1, 3, 2, 3 = 2.25, printed 2.3 (banker's rounding would give 2.2)
		assertEquals(new BigDecimal("2.3"), Scoring.average(row(EvaluationItem.I6, 1, 3, 2, 3)).orElseThrow());
		assertEquals(new BigDecimal("2.6"), Scoring.average(row(EvaluationItem.I2, 3, 3, 2, 2, 3)).orElseThrow());
		assertEquals(new BigDecimal("3.0"), Scoring.average(row(EvaluationItem.I1, 3, 3, 3, 3, 3)).orElseThrow());
	}

	@Test
	void averagesOnlyTheEvaluatorsPresent() {
		ItemScore row = row(EvaluationItem.I4, 2, 3, null, 1);
		assertEquals(new BigDecimal("2.0"), Scoring.average(row).orElseThrow());
		assertEquals(3, Scoring.evaluators(row));
		assertEquals(Optional.empty(), Scoring.average(row(EvaluationItem.I4, (Integer) null)));
	}

	@Test
	void worksForCommitteesOfAnySize() {
		assertEquals(new BigDecimal("2.0"), Scoring.average(row(EvaluationItem.I7, 2)).orElseThrow());
		Integer[] twelve = { 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 0 };
		assertEquals(new BigDecimal("1.9"), Scoring.average(row(EvaluationItem.I7, twelve)).orElseThrow());
	}

	@Test
	void flagsAveragesBelowTwo() {
		ScoreTable table = EvaluationFactory.eINSTANCE.createScoreTable();
		table.getRows().add(row(EvaluationItem.I4, 1, 2, 2, 2, 2)); // 1.8, as 002-C items 4 and 5
		table.getRows().add(row(EvaluationItem.I5, 2, 2, 2, 2, 2));
		List<Scoring.ItemResult> results = Scoring.results(table);
		assertEquals(new BigDecimal("1.8"), results.get(0).average());
		assertTrue(results.get(0).needsExplanation());
		assertFalse(results.get(1).needsExplanation());
		assertEquals(5, results.get(1).evaluators());
	}

	@Test
	void ignoresScoresOutsideTheScaleInTheAverage() {
		assertEquals(new BigDecimal("3.0"), Scoring.average(row(EvaluationItem.I1, 3, 4)).orElseThrow());
	}

	public static ItemScore row(EvaluationItem item, Integer... scores) {
		ItemScore row = EvaluationFactory.eINSTANCE.createItemScore();
		row.setItem(item);
		for (int i = 0; i < scores.length; i++) {
			EvaluatorScore score = EvaluationFactory.eINSTANCE.createEvaluatorScore();
			score.setColumn(i + 1);
			score.setValue(scores[i]);
			row.getScores().add(score);
		}
		return row;
	}

	@Test
	void eachMemberKeepsTheColumnShownBeforeAnyScoreAndAnonymousColumnsAreNeverTaken() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		EvaluationCommittee committee = EvaluationFactory.eINSTANCE.createEvaluationCommittee();
		List<CommitteeMember> members = List.of(EvaluationFactory.eINSTANCE.createCommitteeMember(),
				EvaluationFactory.eINSTANCE.createCommitteeMember(), EvaluationFactory.eINSTANCE.createCommitteeMember());
		committee.getMembers().addAll(members);
		report.setCommittee(committee);
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		ScoreTable table = EvaluationFactory.eINSTANCE.createScoreTable();
		ItemScore row = EvaluationFactory.eINSTANCE.createItemScore();
		table.getRows().add(row);
		evaluation.setScoreTable(table);
		report.getEvaluations().add(evaluation);
		assertEquals(List.of(1, 2, 3), new ArrayList<>(Scoring.evaluators(report).keySet()));
		assertEquals(members, new ArrayList<>(Scoring.evaluators(report).values()), "a column per member before any score");

		// the second member scores first: the first keeps column 1
		EvaluatorScore second = EvaluationFactory.eINSTANCE.createEvaluatorScore();
		second.setColumn(2);
		second.setValue(3);
		second.setMember(members.get(1));
		row.getScores().add(second);
		assertEquals(members, new ArrayList<>(Scoring.evaluators(report).values()));

		// a report printing anonymous columns 1 and 2: the members come after them
		second.setMember(null);
		EvaluatorScore first = EvaluationFactory.eINSTANCE.createEvaluatorScore();
		first.setColumn(1);
		first.setValue(2);
		row.getScores().add(first);
		List<CommitteeMember> shown = new ArrayList<>();
		shown.add(null);
		shown.add(null);
		shown.addAll(members);
		assertEquals(shown, new ArrayList<>(Scoring.evaluators(report).values()));
	}
}
