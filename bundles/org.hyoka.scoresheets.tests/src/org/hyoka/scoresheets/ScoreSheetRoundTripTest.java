package org.hyoka.scoresheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;

/** Blank 評点票 for sample 002, filled with POI as committee members would, read back into the report. */
class ScoreSheetRoundTripTest {

	static final Path SAMPLE = Path.of("../org.hyoka.samples/samples/saisei-iryo-2022.hyoka");

	static EvaluationReport load() throws IOException {
		return HyokaFiles.load(SAMPLE);
	}

	/** project code → "item/column" → score, as the report holds them. */
	static Map<String, Integer> scores(EvaluationReport report) {
		Map<String, Integer> scores = new HashMap<>();
		for (Evaluation evaluation : report.getEvaluations()) {
			if (evaluation.getScoreTable() != null) {
				for (ItemScore row : evaluation.getScoreTable().getRows()) {
					for (EvaluatorScore score : row.getScores()) {
						if (score.getValue() != null) {
							scores.put(((Project) evaluation.getTarget()).getLetterCode() + "/" + row.getItem().getName() + "/"
									+ score.getColumn(), score.getValue());
						}
					}
				}
			}
		}
		return scores;
	}

	@Test
	void existingNamesTheSheetsWriteAllWouldReplace() throws IOException {
		EvaluationReport report = load();
		Path folder = emptyFolder("../org.hyoka.scoresheets.tests/target/existing");
		assertEquals(List.of(), ScoreSheets.existing(report, folder), "an empty folder");
		Files.writeString(folder.resolve("評点票_評価者2.xlsx"), "filled in");
		Files.writeString(folder.resolve("評点票_三木_秀夫.xlsx"), "filled in");
		Files.writeString(folder.resolve("評点票_誰か.xlsx"), "no member of this committee");
		assertEquals(List.of(folder.resolve("評点票_評価者2.xlsx"), folder.resolve("評点票_三木_秀夫.xlsx")),
				ScoreSheets.existing(report, folder), "the members' sheets there, in the members' order");
	}

	/** #48: a set written part way (a full disk, a name too long) is removed again, so that a rerun is not refused. */
	@Test
	void aSetThatFailsPartWayLeavesNoSheetBehind() throws IOException {
		EvaluationReport report = load();
		Path folder = emptyFolder("../org.hyoka.scoresheets.tests/target/partial");
		Path inTheWay = Files.createDirectory(folder.resolve("評点票_評価者3.xlsx")); // no sheet can replace a folder
		assertThrows(IOException.class, () -> ScoreSheets.writeAll(report, folder, new NullProgressMonitor()));
		try (java.util.stream.Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(inTheWay), left.toList(), "the sheets written before the failure are gone, what was there stays");
		}
	}

	/**
	 * #48: a disk that fills while a sheet is written fails with the disk's own IOException, which says what to do
	 * something about, not with the runtime exception POI wraps it in (its message names only POI's own part).
	 */
	@Test
	void aFullDiskFailsWithTheDisksOwnMessage() throws IOException {
		EvaluationReport report = load();
		Evaluator evaluator = Evaluator.of(report).get(0);
		int[] room = { 4096 }; // bytes left on the "disk"
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				if (len > room[0]) {
					throw new IOException("No space left on device");
				}
				room[0] -= len;
			}
		};
		IOException failure = assertThrows(IOException.class, () -> ScoreSheets.write(report, evaluator, full));
		assertEquals("No space left on device", failure.getMessage());
	}

	@Test
	void sheetsGeneratedFromTheModelAndFilledInGiveTheSameScoresBack() throws IOException {
		EvaluationReport original = load();
		Map<String, Integer> expected = scores(original);
		assertEquals(5 * 7 + 4 * 7 + 5 * 7, expected.size(), "sample 002 has three score tables of 5, 4 and 5 columns");

		EvaluationReport blank = load();
		blank.getEvaluations().stream().filter(e -> e.getScoreTable() != null).forEach(e -> e.getScoreTable().getRows().forEach(r -> r.getScores().forEach(s -> s.setValue(null))));
		Path folder = Files.createDirectories(Path.of("../org.hyoka.scoresheets.tests/target/round-trip"));
		List<Path> files = ScoreSheets.writeAll(blank, folder, new NullProgressMonitor());
		List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
		assertEquals(List.of("評点票_評価者1.xlsx", "評点票_評価者2.xlsx", "評点票_評価者3.xlsx", "評点票_評価者4.xlsx", "評点票_評価者5.xlsx",
				"評点票_三木_秀夫.xlsx"), names, "one workbook per score column, then the chair in a column of his own");

		for (Path file : files) {
			try (XSSFWorkbook workbook = open(file)) {
				assertEquals(List.of("A", "B", "C"), sheetNames(workbook), "one sheet per evaluated project");
				XSSFSheet sheet = workbook.getSheet("A");
				assertTrue(sheet.getProtect(), "only the score and comment cells are editable");
				assertEquals("判定基準", findText(sheet, "判定基準"));
				assertEquals("極めて妥当である。", findText(sheet, "極めて妥当である。"), "the guideline's legend for items 1–6");
				assertEquals("実施された事業は、優れていた。", findText(sheet, "実施された事業は、優れていた。"), "A is a final evaluation");
				List<? extends DataValidation> validations = sheet.getDataValidations();
				assertEquals(1, validations.size());
				assertEquals("0", validations.get(0).getValidationConstraint().getFormula1());
				assertEquals("3", validations.get(0).getValidationConstraint().getFormula2());
				assertEquals("7", sheet.getRow(12).getCell(0).getStringCellValue(), "items 1–7 in rows 7–13");
				assertEquals("当省が実施することの必要性", sheet.getRow(6).getCell(1).getStringCellValue(), "the item's title, not I1");
				assertEquals("総合評価", sheet.getRow(12).getCell(1).getStringCellValue());
				assertEquals(CellType.BLANK, sheet.getRow(6).getCell(2).getCellType(), "a blank sheet");
			}
			String evaluator = names.get(files.indexOf(file)).replace("評点票_", "").replace(".xlsx", "");
			int column = files.indexOf(file) + 1;
			fill(file, (project, item) -> expected.get(project + "/I" + item + "/" + column), "コメント " + evaluator);
		}

		ImportPlan plan = ScoreSheetImport.read(blank, files);
		assertEquals(List.of(), plan.conflicts());
		assertEquals(expected.size(), plan.changes().size());
		assertTrue(plan.changes().stream().allMatch(change -> change.oldValue() == null));
		assertEquals(6 * (7 + 7 + 7), plan.comments().size(), "a comment per item, sheet and project");
		plan.apply();
		assertEquals(expected, scores(blank), "the same scores as the report the sheets were made from");

		ImportPlan again = ScoreSheetImport.read(blank, files);
		assertTrue(again.isEmpty(), "importing the same sheets twice changes nothing");
		assertEquals(List.of(), again.conflicts());
	}

	@Test
	void itemTitlesAreTheScoreTablesOwnElseTheGuidelines() throws IOException {
		Evaluation evaluation = load().getEvaluations().stream().filter(e -> e.getScoreTable() != null).findFirst().orElseThrow();
		evaluation.getScoreTable().getRows().get(3).setItemLabelPrinted("４．事業アウトカム（見直し後）");
		assertEquals("事業アウトカム（見直し後）", ScoreSheets.itemTitle(evaluation, EvaluationItem.I4), "printed, without its number");
		assertEquals("費用対効果", ScoreSheets.itemTitle(evaluation, EvaluationItem.I6));
		evaluation.setScoreTable(null);
		assertEquals("事業アウトカム", ScoreSheets.itemTitle(evaluation, EvaluationItem.I4), "the guideline's title without a table");
	}

	interface Scores {
		Integer of(String project, int item);
	}

	/** Types scores (none where the function gives null) and a comment into every sheet of the workbook. */
	static void fill(Path file, Scores scores, String comment) throws IOException {
		try (XSSFWorkbook workbook = open(file)) {
			for (Sheet sheet : workbook) {
				for (int item = 1; item <= 7; item++) {
					Integer score = scores.of(sheet.getSheetName(), item);
					if (score != null) {
						sheet.getRow(5 + item).getCell(2).setCellValue(score);
					}
					sheet.getRow(5 + item).getCell(3).setCellValue(comment + " " + sheet.getSheetName() + item);
				}
			}
			save(workbook, file);
		}
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static void save(XSSFWorkbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

	private static Path emptyFolder(String name) throws IOException {
		Path folder = Files.createDirectories(Path.of(name));
		for (Path stale : Files.newDirectoryStream(folder)) {
			Files.delete(stale);
		}
		return folder;
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static String findText(Sheet sheet, String text) {
		for (var row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return text;
				}
			}
		}
		return fail("no cell holds " + text);
	}
}
