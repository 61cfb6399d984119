package org.hyoka.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.junit.jupiter.api.Test;

/** Three-way merges of small models built here: what merges by itself, what conflicts, and what the merge keeps. */
class ModelMergeTest {

	/** A report with a program and its budget table, three members, an evaluation with scores of all three, two comments. */
	static EvaluationReport base() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		report.setId("report");
		Program program = ProgramFactory.eINSTANCE.createProgram();
		program.setId("prg");
		program.setNameJa("次世代評価技術開発事業");
		report.setProgram(program);
		BudgetTable budget = FinanceFactory.eINSTANCE.createBudgetTable();
		budget.setId("bud");
		for (int year = 2020; year <= 2022; year++) {
			FiscalYearAmount cell = FinanceFactory.eINSTANCE.createFiscalYearAmount();
			cell.setFiscalYear(year);
			cell.setAmount(new BigDecimal(100));
			budget.getStatedTotals().add(cell);
		}
		program.getBudgetTables().add(budget);
		EvaluationCommittee committee = EvaluationFactory.eINSTANCE.createEvaluationCommittee();
		committee.setId("committee");
		report.setCommittee(committee);
		for (String name : List.of("m1", "m2", "m3")) {
			CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
			member.setId(name);
			member.setAffiliationPrinted(name + " 大学");
			committee.getMembers().add(member);
		}
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setId("ev");
		evaluation.setTarget(program);
		ScoreTable table = EvaluationFactory.eINSTANCE.createScoreTable();
		ItemScore row = EvaluationFactory.eINSTANCE.createItemScore();
		row.setItem(EvaluationItem.I1);
		for (int column = 1; column <= 3; column++) {
			var score = EvaluationFactory.eINSTANCE.createEvaluatorScore();
			score.setColumn(column);
			score.setValue(2);
			score.setMember(committee.getMembers().get(column - 1));
			row.getScores().add(score);
		}
		table.getRows().add(row);
		evaluation.setScoreTable(table);
		evaluation.getComments().add(comment("c1", "最初の意見"));
		evaluation.getComments().add(comment("c2", "二番目の意見"));
		report.getEvaluations().add(evaluation);
		return report;
	}

	static EvaluationComment comment(String id, String text) {
		EvaluationComment comment = EvaluationFactory.eINSTANCE.createEvaluationComment();
		comment.setId(id);
		comment.setText(text);
		return comment;
	}

	private static Evaluation evaluation(EvaluationReport report) {
		return report.getEvaluations().get(0);
	}

	private static Integer score(EvaluationReport report, int column) {
		return evaluation(report).getScoreTable().getRows().get(0).getScores().get(column - 1).getValue();
	}

	private static List<String> commentIds(EvaluationReport report) {
		return evaluation(report).getComments().stream().map(EvaluationComment::getId).toList();
	}

	private static EvaluationReport copy(EvaluationReport report) {
		return EcoreUtil.copy(report);
	}

	@Test
	void differentMembersScoresMergeByThemselves() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		evaluation(ours).getScoreTable().getRows().get(0).getScores().get(0).setValue(3);
		evaluation(theirs).getScoreTable().getRows().get(0).getScores().get(1).setValue(1);
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		EvaluationReport merged = (EvaluationReport) result.merged();
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		assertEquals(3, score(merged, 1));
		assertEquals(1, score(merged, 2));
		assertEquals(2, score(merged, 3));
		// ours is merged in place, base and theirs stay as they were
		assertSame(ours, merged);
		assertEquals(2, score(theirs, 1));
		assertEquals(2, score(base, 1));
		assertEquals(2, score(base, 2));
	}

	@Test
	void oursIsNeitherTheBaseNorTheirs() {
		EvaluationReport base = base();
		assertThrows(IllegalArgumentException.class, () -> ModelMerge.merge(base, base, copy(base)));
		assertThrows(IllegalArgumentException.class, () -> ModelMerge.merge(null, base, base));
	}

	@Test
	void aScoreChangedTwoWaysIsAConflictThatKeepsOurs() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		evaluation(ours).getScoreTable().getRows().get(0).getScores().get(0).setValue(3);
		evaluation(theirs).getScoreTable().getRows().get(0).getScores().get(0).setValue(0);
		evaluation(theirs).getComments().get(1).setText("相手の意見");
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		EvaluationReport merged = (EvaluationReport) result.merged();
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		Conflict conflict = result.conflicts().get(0);
		assertEquals("value", conflict.feature());
		assertEquals(List.of("2", "3", "0"), List.of(conflict.base(), conflict.ours(), conflict.theirs()));
		assertEquals("ev/@scoreTable/@rows.0/@scores.0", conflict.path());
		assertEquals(3, score(merged, 1));
		assertEquals("相手の意見", evaluation(merged).getComments().get(1).getText(), "what did not conflict merges");
		assertTrue(!result.clean());
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		evaluation(ours).getComments().get(0).setText("同じ修正");
		evaluation(theirs).getComments().get(0).setText("同じ修正");
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		assertEquals("同じ修正", evaluation((EvaluationReport) result.merged()).getComments().get(0).getText());
	}

	@Test
	void additionsToOneListMergeInOrder() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		evaluation(ours).getComments().add(1, comment("cA", "自分の追加"));
		evaluation(theirs).getComments().add(comment("cB", "相手の追加"));
		evaluation(theirs).getComments().add(0, comment("cC", "相手の先頭"));
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		assertEquals(List.of("cC", "c1", "cA", "c2", "cB"), commentIds((EvaluationReport) result.merged()));
	}

	@Test
	void aDeletionAndAnAdditionMerge() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		evaluation(ours).getComments().remove(0);
		evaluation(theirs).getComments().add(comment("c3", "三番目"));
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		assertEquals(List.of("c2", "c3"), commentIds((EvaluationReport) result.merged()));
	}

	@Test
	void aDeletionOfWhatTheOtherSideChangedKeepsItAsAConflict() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		evaluation(ours).getComments().remove(0);
		evaluation(theirs).getComments().get(0).setText("相手が直した");
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		EvaluationReport merged = (EvaluationReport) result.merged();
		assertEquals(List.of("c1", "c2"), commentIds(merged));
		assertEquals("相手が直した", evaluation(merged).getComments().get(0).getText());
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals("comments", result.conflicts().get(0).feature());
	}

	@Test
	void referencesOfTheirsPointIntoTheMergedModel() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		EvaluationComment added = comment("c3", "委員3の意見");
		added.setAuthor(theirs.getCommittee().getMembers().get(2));
		evaluation(theirs).getComments().add(added);
		ours.getCommittee().getMembers().get(2).setAffiliationPrinted("別の大学");
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		EvaluationReport merged = (EvaluationReport) result.merged();
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		CommitteeMember author = evaluation(merged).getComments().get(2).getAuthor();
		assertSame(merged.getCommittee().getMembers().get(2), author);
		assertEquals("別の大学", author.getAffiliationPrinted());
		// the score table's references too
		assertSame(merged.getCommittee().getMembers().get(0), evaluation(merged).getScoreTable().getRows().get(0).getScores().get(0).getMember());
	}

	@Test
	void aReferenceToWhatTheOtherSideDeletedIsAConflict() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		evaluation(ours).getComments().get(0).setAuthor(ours.getCommittee().getMembers().get(2));
		theirs.getCommittee().getMembers().remove(2);
		evaluation(theirs).getScoreTable().getRows().get(0).getScores().remove(2);
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		EvaluationReport merged = (EvaluationReport) result.merged();
		assertEquals(List.of("m1", "m2"), merged.getCommittee().getMembers().stream().map(CommitteeMember::getId).toList());
		assertNull(evaluation(merged).getComments().get(0).getAuthor());
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals("author", result.conflicts().get(0).feature());
	}

	@Test
	void referencesToAChildTheOtherSideReplacedPointToItsReplacement() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		EvaluationCommittee committee = EcoreUtil.copy(theirs.getCommittee());
		committee.setId("committee-2025");
		committee.getMembers().get(0).setAffiliationPrinted("新しい委員会");
		theirs.setCommittee(committee);
		evaluation(ours).getComments().get(0).setText("自分の修正");
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		EvaluationReport merged = (EvaluationReport) result.merged();
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		assertEquals("committee-2025", merged.getCommittee().getId());
		CommitteeMember member = evaluation(merged).getScoreTable().getRows().get(0).getScores().get(0).getMember();
		assertSame(merged.getCommittee().getMembers().get(0), member, "ours' score refers to the member of the committee taken");
		assertEquals("新しい委員会", member.getAffiliationPrinted());
	}

	@Test
	void aReorderMergesWithTheOtherSidesChanges() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		theirs.getCommittee().getMembers().move(0, 2);
		ours.getCommittee().getMembers().get(0).setAffiliationPrinted("自分の修正");
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		EvaluationReport merged = (EvaluationReport) result.merged();
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		assertEquals(List.of("m3", "m1", "m2"), merged.getCommittee().getMembers().stream().map(CommitteeMember::getId).toList());
		assertEquals("自分の修正", merged.getCommittee().getMembers().get(1).getAffiliationPrinted());
	}

	/**
	 * A list without ids whose length both sides changed, as two desks insert lines into one text: a cell inserted
	 * before the others and one edited on one side, the last removed and another edited on the other. Both sides'
	 * changes are merged; before, the list conflicted as a whole.
	 */
	@Test
	void aListWithoutIdsReshapedOnBothSidesTakesBothSidesChanges() {
		for (boolean oursInserts : List.of(true, false)) {
			EvaluationReport base = base();
			EvaluationReport ours = copy(base);
			EvaluationReport theirs = copy(base);
			List<FiscalYearAmount> inserting = cells(oursInserts ? ours : theirs);
			inserting.add(0, amount(2019, 90));
			inserting.get(2).setAmount(new BigDecimal(250));
			List<FiscalYearAmount> removing = cells(oursInserts ? theirs : ours);
			removing.remove(2);
			removing.get(0).setAmount(new BigDecimal(300));
			MergeResult result = ModelMerge.merge(base, ours, theirs);
			assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
			List<FiscalYearAmount> merged = cells((EvaluationReport) result.merged());
			assertEquals(List.of(2019, 2020, 2021), years(merged), "ours inserts: " + oursInserts);
			assertEquals(List.of(90, 300, 250), amounts(merged), "ours inserts: " + oursInserts);
		}
	}

	/**
	 * A cell inserted before the others and the last one removed on one side, so that the list keeps its length, a cell
	 * edited on the other: the edit stays with its cell, and is a conflict where it is the removed one.
	 */
	@Test
	void anEntryInsertedAndAnotherRemovedInAListOfOneLengthAreNoEditsOfEveryEntry() {
		for (boolean removedEdited : List.of(false, true)) {
			EvaluationReport base = base();
			EvaluationReport ours = copy(base);
			EvaluationReport theirs = copy(base);
			cells(ours).add(0, amount(2019, 90));
			cells(ours).remove(3);
			cells(theirs).get(removedEdited ? 2 : 1).setAmount(new BigDecimal(300));
			MergeResult result = ModelMerge.merge(base, ours, theirs);
			List<FiscalYearAmount> merged = cells((EvaluationReport) result.merged());
			assertEquals(List.of(2019, 2020, 2021), years(merged), "the removed cell edited: " + removedEdited);
			if (removedEdited) {
				assertEquals(List.of("statedTotals"), result.conflicts().stream().map(Conflict::feature).toList());
				assertEquals(List.of(90, 100, 100), amounts(merged), "ours kept");
			} else {
				assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
				assertEquals(List.of(90, 100, 300), amounts(merged));
			}
		}
	}

	/** The same cell added at the end on both sides is added once; different cells in one place conflict. */
	@Test
	void entriesAddedInOnePlaceOnBothSidesMergeOnlyWhenTheyAreTheSame() {
		for (int theirAmount : List.of(70, 80)) {
			EvaluationReport base = base();
			EvaluationReport ours = copy(base);
			EvaluationReport theirs = copy(base);
			cells(ours).add(0, amount(2019, 90));
			cells(ours).add(amount(2023, 70));
			cells(theirs).remove(1);
			cells(theirs).add(amount(2023, theirAmount));
			MergeResult result = ModelMerge.merge(base, ours, theirs);
			List<FiscalYearAmount> merged = cells((EvaluationReport) result.merged());
			if (theirAmount == 70) {
				assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
				assertEquals(List.of(2019, 2020, 2022, 2023), years(merged));
			} else {
				assertEquals(List.of("statedTotals"), result.conflicts().stream().map(Conflict::feature).toList());
				assertEquals(List.of(2019, 2020, 2021, 2022, 2023), years(merged), "ours kept");
			}
		}
	}

	/**
	 * Lists without ids both sides reshaped still conflict, keeping ours, where one side removed an entry the other
	 * edited, or a side also moved entries.
	 */
	@Test
	void aListWithoutIdsReshapedOnBothSidesConflictsWhereTheChangesMeet() {
		for (boolean moved : List.of(false, true)) {
			EvaluationReport base = base();
			EvaluationReport ours = copy(base);
			EvaluationReport theirs = copy(base);
			if (moved) {
				cells(ours).add(0, amount(2019, 90));
				cells(ours).move(1, 2);
				cells(theirs).remove(0);
			} else {
				cells(ours).remove(2);
				cells(theirs).get(2).setAmount(new BigDecimal(300));
				cells(theirs).add(amount(2023, 70));
			}
			MergeResult result = ModelMerge.merge(base, ours, theirs);
			assertEquals(List.of("statedTotals"), result.conflicts().stream().map(Conflict::feature).toList(), "moved: " + moved);
			assertEquals(years(cells(ours)), years(cells((EvaluationReport) result.merged())), "moved: " + moved);
		}
	}

	@Test
	void aListWithoutIdsChangedInLengthOnOneSideIsTaken() {
		EvaluationReport base = base();
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		FiscalYearAmount extra = amount(2023, 70);
		theirs.getProgram().getBudgetTables().get(0).getStatedTotals().add(extra);
		ours.getProgram().setNameJa("改名した事業");
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		EvaluationReport merged = (EvaluationReport) result.merged();
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		assertEquals(4, merged.getProgram().getBudgetTables().get(0).getStatedTotals().size());
		assertEquals(new BigDecimal(70), merged.getProgram().getBudgetTables().get(0).getStatedTotals().get(3).getAmount());
		assertEquals("改名した事業", merged.getProgram().getNameJa());
	}

	@Test
	void anAdditionAtTheEndOfAListWithoutIdsMergesWithChangesOfItsOtherObjects() {
		for (boolean oursAdds : List.of(true, false)) {
			EvaluationReport base = base();
			EvaluationReport ours = copy(base);
			EvaluationReport theirs = copy(base);
			FiscalYearAmount extra = amount(2023, 70);
			(oursAdds ? ours : theirs).getProgram().getBudgetTables().get(0).getStatedTotals().add(extra);
			(oursAdds ? theirs : ours).getProgram().getBudgetTables().get(0).getStatedTotals().get(1).setAmount(new BigDecimal(250));
			MergeResult result = ModelMerge.merge(base, ours, theirs);
			assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
			List<FiscalYearAmount> cells = ((EvaluationReport) result.merged()).getProgram().getBudgetTables().get(0).getStatedTotals();
			assertEquals(List.of(100, 250, 100, 70), amounts(cells), "ours adds: " + oursAdds);
			assertEquals(2023, cells.get(3).getFiscalYear());
		}
	}

	/**
	 * A cell inserted before the others of a list without ids on one side, two cells edited on the other: the edits stay
	 * with their cells. Compared by place, the insertion read as an edit of every cell after it and conflicted.
	 */
	@Test
	void anEntryInsertedInTheMiddleOfAListWithoutIdsMergesWithEditsOfTheOthers() {
		for (boolean oursInserts : List.of(true, false)) {
			EvaluationReport base = base();
			EvaluationReport ours = copy(base);
			EvaluationReport theirs = copy(base);
			cells(oursInserts ? ours : theirs).add(0, amount(2019, 100));
			cells(oursInserts ? theirs : ours).get(0).setAmount(new BigDecimal(250));
			cells(oursInserts ? theirs : ours).get(2).setAmount(new BigDecimal(300));
			MergeResult result = ModelMerge.merge(base, ours, theirs);
			assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
			List<FiscalYearAmount> merged = cells((EvaluationReport) result.merged());
			assertEquals(List.of(2019, 2020, 2021, 2022), years(merged), "ours inserts: " + oursInserts);
			assertEquals(List.of(100, 250, 100, 300), amounts(merged), "ours inserts: " + oursInserts);
		}
	}

	/** A cell removed on one side merges with the other side's edits of other cells, and conflicts with an edit of it. */
	@Test
	void anEntryRemovedFromAListWithoutIdsMergesWithEditsOfTheOthersAndConflictsWithItsOwn() {
		for (boolean oursRemoves : List.of(true, false)) {
			for (boolean removedEdited : List.of(false, true)) {
				EvaluationReport base = base();
				EvaluationReport ours = copy(base);
				EvaluationReport theirs = copy(base);
				cells(oursRemoves ? ours : theirs).remove(0);
				List<FiscalYearAmount> edited = cells(oursRemoves ? theirs : ours);
				edited.get(2).setAmount(new BigDecimal(300));
				if (removedEdited) {
					edited.get(0).setAmount(new BigDecimal(250));
				}
				MergeResult result = ModelMerge.merge(base, ours, theirs);
				List<FiscalYearAmount> merged = cells((EvaluationReport) result.merged());
				String sides = "ours removes: " + oursRemoves + ", the removed cell edited: " + removedEdited;
				if (removedEdited) {
					assertEquals(List.of("statedTotals"), result.conflicts().stream().map(Conflict::feature).toList(), sides);
					assertEquals(oursRemoves ? 2 : 3, merged.size(), "ours kept; " + sides);
				} else {
					assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
					assertEquals(List.of(2021, 2022), years(merged), sides);
					assertEquals(List.of(100, 300), amounts(merged), sides);
				}
			}
		}
	}

	private static EList<FiscalYearAmount> cells(EvaluationReport report) {
		return report.getProgram().getBudgetTables().get(0).getStatedTotals();
	}

	private static List<Integer> years(List<FiscalYearAmount> cells) {
		return cells.stream().map(FiscalYearAmount::getFiscalYear).toList();
	}

	private static List<Integer> amounts(List<FiscalYearAmount> cells) {
		return cells.stream().map(cell -> cell.getAmount().intValue()).toList();
	}

	/**
	 * A row of a list without ids moved on one side and another row edited on the other: the edit stays with its row.
	 * Compared place by place, the edit of I1's first score went to I2, moved into I1's place, whose score was the same.
	 */
	@Test
	void aRowMovedOnOneSideKeepsTheOtherSidesEditOfAnotherRow() {
		for (boolean oursMoves : List.of(true, false)) {
			EvaluationReport base = twoRows();
			EvaluationReport ours = copy(base);
			EvaluationReport theirs = copy(base);
			evaluation(oursMoves ? ours : theirs).getScoreTable().getRows().move(0, 1);
			row(oursMoves ? theirs : ours, EvaluationItem.I1).getScores().get(0).setValue(3);
			MergeResult result = ModelMerge.merge(base, ours, theirs);
			EvaluationReport merged = (EvaluationReport) result.merged();
			assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
			assertEquals(List.of(EvaluationItem.I2, EvaluationItem.I1), evaluation(merged).getScoreTable().getRows().stream().map(ItemScore::getItem).toList(),
					"ours moves: " + oursMoves);
			assertEquals(List.of(3, 2, 2), row(merged, EvaluationItem.I1).getScores().stream().map(score -> score.getValue()).toList(), "ours moves: " + oursMoves);
			assertEquals(List.of(2, 2, 2), row(merged, EvaluationItem.I2).getScores().stream().map(score -> score.getValue()).toList(), "ours moves: " + oursMoves);
		}
	}

	@Test
	void rowsOfAListWithoutIdsMovedDifferentlyOnBothSidesConflictAndKeepOurs() {
		EvaluationReport base = twoRows();
		ItemScore third = EcoreUtil.copy(evaluation(base).getScoreTable().getRows().get(0));
		third.setItem(EvaluationItem.I3);
		evaluation(base).getScoreTable().getRows().add(third);
		EvaluationReport ours = copy(base);
		EvaluationReport theirs = copy(base);
		evaluation(ours).getScoreTable().getRows().move(0, 1);
		evaluation(theirs).getScoreTable().getRows().move(2, 0);
		MergeResult result = ModelMerge.merge(base, ours, theirs);
		assertEquals(List.of("rows"), result.conflicts().stream().map(Conflict::feature).toList());
		assertEquals(List.of(EvaluationItem.I2, EvaluationItem.I1, EvaluationItem.I3),
				evaluation((EvaluationReport) result.merged()).getScoreTable().getRows().stream().map(ItemScore::getItem).toList());
	}

	/** The base with a second score row, I2, of the same scores as I1's. */
	private static EvaluationReport twoRows() {
		EvaluationReport report = base();
		ItemScore second = EcoreUtil.copy(evaluation(report).getScoreTable().getRows().get(0));
		second.setItem(EvaluationItem.I2);
		evaluation(report).getScoreTable().getRows().add(second);
		return report;
	}

	private static ItemScore row(EvaluationReport report, EvaluationItem item) {
		return evaluation(report).getScoreTable().getRows().stream().filter(row -> row.getItem() == item).findFirst().orElseThrow();
	}

	@Test
	void withoutABaseOnlyEqualChangesMerge() {
		EvaluationReport ours = base();
		EvaluationReport theirs = base();
		evaluation(theirs).getComments().get(0).setText("違う");
		MergeResult result = ModelMerge.merge(null, ours, theirs);
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals("—", result.conflicts().get(0).base());
	}

	@Test
	void orderOfKeys() {
		assertEquals(List.of("a", "x", "b", "y"), ModelMerge.order(List.of("a", "b"), List.of("a", "x", "b"), List.of("a", "b", "y"), java.util.Set.of()));
		assertEquals(List.of("b", "a", "x"), ModelMerge.order(List.of("a", "b"), List.of("a", "x", "b"), List.of("b", "a"), java.util.Set.of()));
		assertNull(ModelMerge.order(List.of("a", "b", "c"), List.of("b", "a", "c"), List.of("a", "c", "b"), java.util.Set.of()));
		// one side changed the list: its order, but for what the other deleted and the first changed
		assertEquals(List.of("b", "a"), ModelMerge.order(List.of("a", "b"), List.of("a", "b"), List.of("b", "a"), java.util.Set.of()));
		assertEquals(List.of("b", "c"), ModelMerge.order(List.of("a", "b"), List.of("b", "c"), List.of("a", "b"), java.util.Set.of()));
		assertEquals(List.of("a", "b", "c"), ModelMerge.order(List.of("a", "b"), List.of("b", "c"), List.of("a", "b"), java.util.Set.of("a")));
	}

	/** A printed amount of a fiscal year, as a budget table's total or cell holds it. */
	private static FiscalYearAmount amount(int fiscalYear, int value) {
		FiscalYearAmount amount = FinanceFactory.eINSTANCE.createFiscalYearAmount();
		amount.setFiscalYear(fiscalYear);
		amount.setAmount(new BigDecimal(value));
		return amount;
	}
}
