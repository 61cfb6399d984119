package org.hyoka.scoresheets;

import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.scoresheets.ImportPlan.Conflict;
import org.junit.jupiter.api.Test;

/** CSV score sheets, every kind of conflict, and the one undoable command. */
class ScoreSheetImportTest {

	private static final Path DIR = Path.of("../org.hyoka.scoresheets.tests/target/csv");

	static Path csv(String name, String content) throws IOException {
		Files.createDirectories(DIR);
		return Files.writeString(DIR.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static Evaluation evaluation(EvaluationReport report, String id) {
		return report.getEvaluations().stream().filter(e -> id.equals(e.getId())).findFirst().orElseThrow();
	}

	private static BigDecimal average(Evaluation evaluation, EvaluationItem item) {
		ItemScore row = evaluation.getScoreTable().getRows().stream().filter(r -> r.getItem() == item).findFirst().orElseThrow();
		return Scoring.average(row).orElseThrow();
	}

	/** #48: an escape in a comment made the save fail after the lines were printed; now it is a conflict at its line. */
	@Test
	void aCommentWithAControlCharacterIsLeftOutAsAConflict() throws IOException {
		EvaluationReport report = load();
		Path file = csv("escape.csv", "project,item,evaluator,score,comment\nA,1,三木 秀夫,2,赤\u001b[31m字\n");
		ImportPlan plan = ScoreSheetImport.read(report, List.of(file));
		assertEquals(1, plan.changes().size(), "the score is imported");
		assertEquals(List.of(), plan.comments());
		assertEquals(1, plan.conflicts().size());
		assertEquals("escape.csv:2", plan.conflicts().get(0).source());
		assertTrue(plan.conflicts().get(0).message().contains("U+001B"), plan.conflicts().get(0).message());
	}

	@Test
	void aCsvWithAByteOrderMarkAddsTheChairsScoresAndComments() throws IOException {
		EvaluationReport report = load();
		Path file = csv("chair.csv", "\uFEFFproject,item,evaluator,score,comment\r\n"
				+ "A,1,三木 秀夫,0,\"必要性は低い, と考える\r\n（2行目）\"\r\n"
				+ "A,4,三木秀夫,３,=HYPERLINK(\"http://example.com\")\r\n"
				+ "B,7,三木 秀夫,1,\r\n");
		ImportPlan plan = ScoreSheetImport.read(report, List.of(file));
		assertEquals(List.of(), plan.conflicts());
		assertEquals(3, plan.changes().size());
		ImportPlan.ScoreChange first = plan.changes().get(0);
		assertEquals("eval-A", first.evaluation().getId());
		assertEquals(6, first.evaluator().column(), "the chair gets a column after the five anonymous ones");
		assertEquals(0, first.newValue());
		assertNull(first.oldValue());
		assertEquals("chair.csv:2", first.source());
		assertEquals(3, plan.changes().get(1).newValue(), "full-width digits read as digits");
		assertEquals("chair.csv:4", plan.changes().get(1).source(), "the quoted line break counts: the record starts on line 4");
		assertEquals(List.of("必要性は低い, と考える\r\n（2行目）", "=HYPERLINK(\"http://example.com\")"),
				plan.comments().stream().map(ImportPlan.CommentChange::text).toList(), "comments are plain text, formulas included");

		Evaluation a = evaluation(report, "eval-A");
		assertEquals(new BigDecimal("3.0"), average(a, EvaluationItem.I1));
		plan.apply();
		assertEquals(new BigDecimal("2.5"), average(a, EvaluationItem.I1), "3, 3, 3, 3, 3 and the chair's 0");
		assertEquals(a.getScoreTable().getRows().get(0).getScores().get(5).getMember(), report.getCommittee().getMembers().get(0),
				"the new column is linked to the member");
		assertTrue(a.getComments().stream().anyMatch(c -> c.getItem() == EvaluationItem.I4 && c.getText().startsWith("=HYPERLINK")));
	}

	@Test
	void everyConflictNamesTheFileAndLineAndLeavesTheCellOut() throws IOException {
		EvaluationReport report = load();
		Path one = csv("one.csv", "project,item,evaluator,score,comment\n"
				+ "Z,1,評価者1,3,\n" // 2: unknown project
				+ "A,9,評価者1,3,\n" // 3: unknown item
				+ "A,1,山田 太郎,3,\n" // 4: unknown evaluator
				+ "A,1,三木 秀夫,4,\n" // 5: out of range
				+ "A,2,三木 秀夫,2.5,\n" // 6: not an integer
				+ "A,1,評価者1,0,\n" // 7: the report holds 3 there
				+ "A,3,三木 秀夫,2,\n" // 8: given again by two.csv with another value
				+ "A,5,三木 秀夫,1,\n" // 9: given again by two.csv with the same value
				+ "A,6,三木 秀夫,2,\n"); // 10: fine
		Path two = csv("two.csv", "project,item,evaluator,score,comment\nA,3,三木 秀夫,1,\nA,5,三木 秀夫,1,\n");
		ImportPlan plan = ScoreSheetImport.read(report, List.of(one, two));
		Map<String, String> conflicts = plan.conflicts().stream().collect(java.util.stream.Collectors.toMap(Conflict::source,
				Conflict::message));
		assertTrue(conflicts.get("one.csv:2").contains("Z"), conflicts.toString());
		assertTrue(conflicts.get("one.csv:3").contains("9"));
		assertTrue(conflicts.get("one.csv:4").contains("山田 太郎"));
		assertTrue(conflicts.get("one.csv:5").contains("4"));
		assertTrue(conflicts.get("one.csv:6").contains("2.5"));
		assertTrue(conflicts.get("one.csv:7").contains("3") && conflicts.get("one.csv:7").contains("0"));
		assertTrue(conflicts.get("two.csv:2").contains("one.csv:8"), "names the other sheet");
		assertEquals(7, conflicts.size(), conflicts.toString());
		assertEquals(List.of("one.csv:9", "one.csv:10"), plan.changes().stream().map(ImportPlan.ScoreChange::source).toList(),
				"only the valid, unambiguous cells are planned");
	}

	/** Too large, too many lines, a quote never closed: refused with the file (and line), nothing of it imported. */
	@Test
	void aCsvBeyondTheLimitsIsRefusedWhole() throws IOException {
		EvaluationReport report = load();
		String header = "project,item,evaluator,score,comment\n";
		String row = "A,1,三木 秀夫,2,\n";
		Path large = csv("large.csv", header + row + "A,2,三木 秀夫,2,\"" + "長".repeat(6_000_000) + "\"\n");
		Path lines = csv("lines.csv", header + row + "\n".repeat(100_000));
		Path unclosed = csv("unclosed.csv", header + row + "A,2,三木 秀夫,2,\"a comment\n" + "text,".repeat(5_000));

		ImportPlan plan = ScoreSheetImport.read(report, List.of(large, lines, unclosed));
		assertTrue(plan.isEmpty(), plan.changes().toString());
		assertEquals(List.of("large.csv", "lines.csv:100001", "unclosed.csv:3"), plan.conflicts().stream().map(Conflict::source).toList());
		assertTrue(plan.conflicts().get(0).message().contains("16 MB"), plan.conflicts().get(0).message());
	}

	@Test
	void aCsvWithoutTheHeaderOrNotInUtf8IsRefusedNamingTheFile() throws IOException {
		EvaluationReport report = load();
		Path noHeader = csv("noheader.csv", "A,1,評価者1,3,\n");
		Path latin = DIR.resolve("latin1.csv");
		Files.write(latin, "project,item,evaluator,score,comment\nA,1,\u00e9,3,\n".getBytes(StandardCharsets.ISO_8859_1));
		ImportPlan plan = ScoreSheetImport.read(report, List.of(noHeader, latin, DIR.resolve("missing.csv"), DIR.resolve("notes.txt")));
		assertEquals(List.of("noheader.csv:1", "latin1.csv", "missing.csv", "notes.txt"),
				plan.conflicts().stream().map(Conflict::source).toList());
		assertTrue(plan.isEmpty());
	}

	@Test
	void oneCommandAppliesEveryChangeAndOneUndoRestoresEveryOldValue() throws IOException {
		EvaluationReport report = load();
		Evaluation a = evaluation(report, "eval-A");
		Evaluation b = evaluation(report, "eval-B");
		b.getScoreTable().getRows().get(1).getScores().get(0).setValue(null); // an emptied cell: set, not added
		b.getScoreTable().getRows().remove(6); // no row for item 7: the row is added
		evaluation(report, "eval-C").setScoreTable(null); // no table at all: the table is added
		Map<String, Integer> before = ScoreSheetRoundTripTest.scores(report);
		int commentsBefore = a.getComments().size();

		Path file = csv("all.csv", "project,item,evaluator,score,comment\n"
				+ "A,1,三木 秀夫,1,新しい意見\n"
				+ "B,2,評価者1,3,\n"
				+ "B,7,評価者2,2,\n"
				+ "C,1,評価者3,0,\n");
		ImportPlan plan = ScoreSheetImport.read(report, List.of(file));
		assertEquals(List.of(), plan.conflicts());
		EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
		Command command = plan.command(domain);
		domain.getCommandStack().execute(command);
		Map<String, Integer> after = ScoreSheetRoundTripTest.scores(report);
		assertEquals(1, after.get("A/I1/6"));
		assertEquals(3, after.get("B/I2/1"));
		assertEquals(2, after.get("B/I7/2"));
		assertEquals(0, after.get("C/I1/3"));
		assertEquals(commentsBefore + 1, a.getComments().size());
		EvaluationComment added = a.getComments().get(a.getComments().size() - 1);
		assertEquals("新しい意見", added.getText());
		assertEquals("三木 秀夫", added.getAuthor().getPerson().getNameJa(), "a named member's sheet says who wrote the comment");

		assertTrue(domain.getCommandStack().canUndo());
		domain.getCommandStack().undo();
		assertEquals(before, ScoreSheetRoundTripTest.scores(report), "one undo restores every old value");
		assertEquals(commentsBefore, a.getComments().size());
		assertNull(evaluation(report, "eval-C").getScoreTable());
		assertEquals(6, b.getScoreTable().getRows().size());
		assertFalse(domain.getCommandStack().canUndo(), "the import was a single command");
	}
}
