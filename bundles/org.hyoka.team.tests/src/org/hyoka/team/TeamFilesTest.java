package org.hyoka.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Period;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.persistence.HyokaLoadException;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merges of copies of the sample evaluations, as files: read, merged, validated and written. */
public class TeamFilesTest {

	public static final Path SAMPLE = Path.of("../org.hyoka.samples/samples/saisei-iryo-2022.hyoka");

	@TempDir
	Path folder;

	/** The first evaluation with a score table. */
	/**
	 * A bare repository {@code shared.git} in the folder, its first version holding the sample as {@code saisei.hyoka}
	 * (published from a clone {@code first}).
	 */
	public static Path sharedRepository(Path folder) throws IOException, GitAPIException {
		Path bare = folder.resolve("shared.git");
		Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
		Path first = folder.resolve("first");
		Sharing.clone(bare.toUri().toString(), first, "hyoka");
		Files.copy(SAMPLE, first.resolve("saisei.hyoka"));
		assertTrue(Sharing.publish(first, "最初の版").published());
		return bare;
	}

	public static Evaluation scored(EvaluationReport report) {
		return report.getEvaluations().stream().filter(evaluation -> evaluation.getScoreTable() != null).findFirst().orElseThrow();
	}

	public static FiscalYearAmount firstCell(EvaluationReport report) {
		return report.getProgram().getBudgetTables().stream().filter(table -> !table.getStatedTotals().isEmpty()).findFirst().orElseThrow()
				.getStatedTotals().get(0);
	}

	/** One side edits a member's score, the other a budget cell and adds a comment. */
	public static void editBothSides(Path ours, Path theirs) throws IOException {
		EvaluationReport mine = HyokaFiles.load(ours);
		var score = scored(mine).getScoreTable().getRows().get(0).getScores().get(0);
		score.setValue(score.getValue() == 3 ? 1 : 3);
		HyokaFiles.save(mine, ours);
		EvaluationReport other = HyokaFiles.load(theirs);
		firstCell(other).setAmount(new BigDecimal("12345"));
		scored(other).getComments().add(ModelMergeTest.comment("cmt-team-1", "チームで追加した意見"));
		HyokaFiles.save(other, theirs);
	}

	@Test
	void aScoreOnOneSideABudgetCellAndACommentOnTheOtherMerge() throws IOException {
		Path base = Files.copy(SAMPLE, folder.resolve("base.hyoka"));
		Path ours = Files.copy(SAMPLE, folder.resolve("ours.hyoka"));
		Path theirs = Files.copy(SAMPLE, folder.resolve("theirs.hyoka"));
		Integer before = scored(HyokaFiles.load(base)).getScoreTable().getRows().get(0).getScores().get(0).getValue();
		editBothSides(ours, theirs);
		MergeResult result = TeamFiles.merge(base, ours, theirs, ours);
		assertTrue(result.clean(), result.conflicts() + " " + result.newErrors());
		EvaluationReport merged = HyokaFiles.load(ours);
		assertEquals(before == 3 ? 1 : 3, scored(merged).getScoreTable().getRows().get(0).getScores().get(0).getValue());
		assertEquals(new BigDecimal("12345"), firstCell(merged).getAmount());
		Evaluation evaluation = scored(merged);
		assertEquals("チームで追加した意見", evaluation.getComments().get(evaluation.getComments().size() - 1).getText());
		// everything else as it was: merging the result with itself over the sample changes nothing more
		EvaluationReport sample = HyokaFiles.load(SAMPLE);
		assertEquals(sample.getEvaluations().size(), merged.getEvaluations().size());
		assertEquals(sample.getCommittee().getMembers().size(), merged.getCommittee().getMembers().size());
		assertEquals(sample.getProgram().getProjects().size(), merged.getProgram().getProjects().size());
	}

	/**
	 * Ours edits a score of the first row, leaving its printed average wrong (an error ours has), theirs moves the
	 * second row above it: the edit stays with its row, and the error, now of a row in another place, is no new one.
	 */
	@Test
	void anErrorOfOursInARowTheOtherSideMovedIsNoNewError() throws IOException {
		Path base = Files.copy(SAMPLE, folder.resolve("base.hyoka"));
		Path ours = Files.copy(SAMPLE, folder.resolve("ours.hyoka"));
		Path theirs = Files.copy(SAMPLE, folder.resolve("theirs.hyoka"));
		EvaluationReport mine = HyokaFiles.load(ours);
		var edited = scored(mine).getScoreTable().getRows().get(0);
		var score = edited.getScores().get(1);
		score.setValue(score.getValue() == 3 ? 1 : 3);
		HyokaFiles.save(mine, ours);
		EvaluationReport other = HyokaFiles.load(theirs);
		scored(other).getScoreTable().getRows().move(0, 1);
		HyokaFiles.save(other, theirs);

		MergeResult result = TeamFiles.merge(base, ours, theirs, ours);
		assertTrue(result.clean(), result.conflicts() + " " + result.newErrors());
		var rows = scored(HyokaFiles.load(ours)).getScoreTable().getRows();
		assertEquals(edited.getItem(), rows.get(1).getItem(), "theirs' order");
		assertEquals(score.getValue(), rows.get(1).getScores().get(1).getValue(), "ours' edit, in its row");
	}

	@Test
	void anUnchangedMergeWritesTheSameModel() throws IOException {
		Path base = Files.copy(SAMPLE, folder.resolve("base.hyoka"));
		Path ours = Files.copy(SAMPLE, folder.resolve("ours.hyoka"));
		Path theirs = Files.copy(SAMPLE, folder.resolve("theirs.hyoka"));
		Path target = folder.resolve("merged.hyoka");
		MergeResult result = TeamFiles.merge(base, ours, theirs, target);
		assertTrue(result.clean(), result.conflicts() + " " + result.newErrors());
		EvaluationReport sample = HyokaFiles.load(SAMPLE);
		EvaluationReport merged = HyokaFiles.load(target);
		assertTrue(ModelMerge.same(sample, merged), () -> "the merge of three equal files is the file: " + difference(sample, merged));
	}

	/** The first attribute value or child count that differs, for the message of a failure. */
	private static String difference(EObject one, EObject other) {
		var first = one.eAllContents();
		var second = other.eAllContents();
		while (first.hasNext() && second.hasNext()) {
			EObject a = first.next();
			EObject b = second.next();
			for (var feature : a.eClass().getEAllStructuralFeatures()) {
				Object x = a.eGet(feature, false);
				Object y = b.eGet(feature, false);
				boolean differs = feature instanceof org.eclipse.emf.ecore.EAttribute ? !java.util.Objects.equals(x, y) || a.eIsSet(feature) != b.eIsSet(feature)
						: a.eIsSet(feature) != b.eIsSet(feature);
				if (differs) {
					return ModelMerge.key(a) + " " + feature.getName() + ": " + x + " / " + y;
				}
			}
		}
		return "none found";
	}

	@Test
	void theSameScoreChangedTwoWaysIsAConflict() throws IOException {
		Path base = Files.copy(SAMPLE, folder.resolve("base.hyoka"));
		Path ours = Files.copy(SAMPLE, folder.resolve("ours.hyoka"));
		Path theirs = Files.copy(SAMPLE, folder.resolve("theirs.hyoka"));
		for (Path side : new Path[] { ours, theirs }) {
			EvaluationReport report = HyokaFiles.load(side);
			scored(report).getScoreTable().getRows().get(0).getScores().get(0).setValue(side == ours ? 0 : 1);
			HyokaFiles.save(report, side);
		}
		MergeResult result = TeamFiles.merge(base, ours, theirs, ours);
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals(java.util.List.of("0", "1"), java.util.List.of(result.conflicts().get(0).ours(), result.conflicts().get(0).theirs()));
		assertEquals(0, scored(HyokaFiles.load(ours)).getScoreTable().getRows().get(0).getScores().get(0).getValue());
	}

	/**
	 * Ours moves a project's start a year earlier, theirs its end a year later, each with the printed duration one year
	 * longer: both valid, the merge is not (HY-YR-03). Each side also has an error of its own, which the merge keeps
	 * and does not report as new: telling them apart needs the findings of both sides.
	 */
	@Test
	void onlyTheErrorsTheMergeBroughtAreNew() throws IOException {
		Path base = Files.copy(SAMPLE, folder.resolve("base.hyoka"));
		Path ours = Files.copy(SAMPLE, folder.resolve("ours.hyoka"));
		Path theirs = Files.copy(SAMPLE, folder.resolve("theirs.hyoka"));
		for (Path side : new Path[] { ours, theirs }) {
			EvaluationReport report = HyokaFiles.load(side);
			Period period = printedDuration(report);
			period.setDurationYearsPrinted(period.getDurationYearsPrinted() + 1);
			if (side == ours) {
				period.setStartFY(period.getStartFY() - 1);
				period.setStartPrinted(period.getStartFY() + "年度");
			} else {
				period.setEndFY(period.getEndFY() + 1);
				period.setEndPrinted(period.getEndFY() + "年度");
			}
			// a score out of the scale, in a row of its own on each side
			scored(report).getScoreTable().getRows().get(side == ours ? 0 : 1).getScores().get(0).setValue(side == ours ? 5 : 7);
			HyokaFiles.save(report, side);
			assertTrue(newErrorsOf(TeamFiles.merge(base, base, side, folder.resolve("one-side.hyoka"))).isEmpty(),
					"a side is valid but for its score, which it had already");
		}
		Path target = folder.resolve("merged.hyoka");
		List<String> found = newErrorsOf(TeamFiles.merge(base, ours, theirs, target));
		assertEquals(1, found.size(), found.toString());
		Period before = printedDuration(HyokaFiles.load(base));
		// the merged period, in the message of either language
		assertTrue(found.get(0).contains(" " + (before.getStartFY() - 1)) && found.get(0).contains((before.getEndFY() + 1) + " "), found.get(0));
		List<String> errors = Validation.validate(HyokaFiles.load(target)).getChildren().stream()
				.filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
		assertTrue(errors.size() >= 3 && errors.containsAll(found), "the merged file keeps both sides' errors: " + errors);
	}

	/** The first project's period that prints its duration. */
	private static Period printedDuration(EvaluationReport report) {
		return report.getProgram().getProjects().stream().map(Project::getPeriod)
				.filter(p -> p != null && p.getDurationYearsPrinted() != null && p.getEndFY() != null).findFirst().orElseThrow();
	}

	private static List<String> newErrorsOf(MergeResult result) {
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		return result.newErrors();
	}

	@Test
	void aBrokenFileIsRefusedNamingItAndNothingIsWritten() throws IOException {
		Path base = Files.copy(SAMPLE, folder.resolve("base.hyoka"));
		Path ours = Files.copy(SAMPLE, folder.resolve("ours.hyoka"));
		Path theirs = folder.resolve("theirs.hyoka");
		Files.writeString(theirs, "<hyoka:EvaluationReport xmlns:hyoka=\"http://www.hyoka.org/model/1.3\" id=\"r\"><program");
		byte[] before = Files.readAllBytes(ours);
		HyokaLoadException problem = assertThrows(HyokaLoadException.class, () -> TeamFiles.merge(base, ours, theirs, ours));
		assertTrue(problem.getMessage().contains("theirs.hyoka"), problem.getMessage());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ours)));
	}
}
