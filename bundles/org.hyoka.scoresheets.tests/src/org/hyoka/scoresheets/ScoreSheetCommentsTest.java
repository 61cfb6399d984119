package org.hyoka.scoresheets;

import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.load;
import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.open;
import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.program.Project;
import org.hyoka.scoresheets.internal.MarkedComments;
import org.hyoka.scoresheets.internal.MarkedComments.Part;
import org.junit.jupiter.api.Test;

/** The ○ and ● members type before their comments. */
class ScoreSheetCommentsTest {

	private static final Path FOLDER = Path.of("../org.hyoka.scoresheets.tests/target/comments");

	@Test
	void aFilledSheetsMarkedCommentsKeepTheirKindAndItem() throws IOException {
		EvaluationReport report = load();
		Evaluation a = evaluationOf(report, "A");
		long positive = count(a, CommentPolarity.POSITIVE);
		long negative = count(a, CommentPolarity.NEGATIVE);
		Path sheet = ScoreSheets.writeAll(report, Files.createDirectories(FOLDER), new NullProgressMonitor()).get(0);
		try (XSSFWorkbook workbook = open(sheet)) {
			XSSFSheet first = workbook.getSheet("A");
			first.getRow(7).getCell(3).setCellValue("○ 研究開発目標は明確である。");
			first.getRow(11).getCell(3).setCellValue("●費用対効果の説明が不足している。\n今後の課題。\n〇 体制は妥当。");
			first.getRow(12).getCell(3).setCellValue("総合的に妥当である。");
			save(workbook, sheet);
		}
		ImportPlan plan = ScoreSheetImport.read(report, List.of(sheet));
		assertEquals(List.of(), plan.conflicts());
		assertEquals(List.of("2 POSITIVE 研究開発目標は明確である。", "6 NEGATIVE 費用対効果の説明が不足している。\n今後の課題。", "6 POSITIVE 体制は妥当。",
				"7 NOTE 総合的に妥当である。"),
				plan.comments().stream().map(c -> c.itemCode() + " " + c.polarity() + " " + c.text()).toList(),
				"the mark gives the kind and leaves the text; an unmarked line belongs to the comment above");
		plan.apply();
		assertEquals(positive + 2, count(a, CommentPolarity.POSITIVE), "the 肯定的意見 count follows");
		assertEquals(negative + 1, count(a, CommentPolarity.NEGATIVE), "the 問題点・改善すべき点 count follows");
		assertTrue(ScoreSheetImport.read(report, List.of(sheet)).isEmpty(), "imported once");
	}

	@Test
	void textWithoutAMarkIsANoteAndNothingIsLost() {
		assertEquals(List.of(new Part(CommentPolarity.NOTE, "前置き"), new Part(CommentPolarity.NEGATIVE, "課題 ○印の説明")),
				MarkedComments.of("前置き\n　● 課題 ○印の説明"), "a mark inside a line is text");
		assertEquals(List.of(new Part(CommentPolarity.NOTE, "○")), MarkedComments.of(" ○ "), "a lone mark stays as typed");
	}

	private static Evaluation evaluationOf(EvaluationReport report, String code) {
		return report.getEvaluations().stream().filter(e -> e.getTarget() instanceof Project p && code.equals(p.getLetterCode())).findFirst()
				.orElseThrow();
	}

	private static long count(Evaluation evaluation, CommentPolarity polarity) {
		return evaluation.getComments().stream().map(EvaluationComment::getPolarity).filter(polarity::equals).count();
	}
}
