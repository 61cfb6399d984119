package org.hyoka.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.export.Exports;
import org.hyoka.export.TableDescriptor;
import org.hyoka.export.TableRegistry;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both samples as Excel workbooks, read back with POI inside OSGi: a sheet per table holding the model's figures. */
class XlsxExporterTest {

	private static final Path EXPORTS = Path.of("../org.hyoka.export.xlsx.tests/target/exports");

	private static EvaluationReport load(String sample) throws IOException {
		return HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka"));
	}

	private static XSSFWorkbook export(EvaluationReport report, String keepAs) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new XlsxExporter().export(report, ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		Files.createDirectories(EXPORTS);
		Files.write(EXPORTS.resolve(keepAs + ".xlsx"), out.toByteArray());
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void everyTableIsASheetHoldingTheRowsOfTheModel(String sample) throws IOException {
		EvaluationReport report = load(sample);
		try (XSSFWorkbook workbook = export(report, sample)) {
			assertHoldsTheRowsOf(report, workbook);
		}
	}

	/** Four times 002's evaluations: 392 score rows, more than the rows the streaming workbook keeps in memory. */
	@Test
	void rowsBeyondTheWindowInMemoryAreWrittenInOrder() throws IOException {
		EvaluationReport report = load("saisei-iryo-2022");
		List<Evaluation> evaluations = List.copyOf(report.getEvaluations());
		for (int copy = 0; copy < 3; copy++) {
			report.getEvaluations().addAll(EcoreUtil.copyAll(evaluations));
		}
		try (XSSFWorkbook workbook = export(report, "saisei-iryo-2022-four-times")) {
			assertEquals(4 * (5 * 7 + 4 * 7 + 5 * 7), workbook.getSheet("評点").getLastRowNum());
			assertHoldsTheRowsOf(report, workbook);
		}
	}

	/** Into a file: the rows the workbook wrote out meanwhile are deleted, only the export is left. */
	@Test
	void anExportToAFileLeavesNoTemporaryFiles(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("002.xlsx");
		Exports.toFile(new XlsxExporter(), load("saisei-iryo-2022"), ExportOptions.DEFAULTS, file, new NullProgressMonitor());
		assertEquals(List.of("002.xlsx"), names(directory));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			assertEquals(5 * 7 + 4 * 7 + 5 * 7, workbook.getSheet("評点").getLastRowNum());
		}
	}

	/**
	 * Cancelled once sheets were written out beside the file (the export's own temporary file and at least one
	 * sheet's): neither a partial workbook nor any temporary file remains.
	 */
	@Test
	void aFailedExportLeavesNothing(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("002.xlsx");
		NullProgressMonitor cancelling = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				try {
					return names(directory).stream().filter(name -> name.endsWith(".part")).count() >= 2;
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> Exports.toFile(new XlsxExporter(), load("saisei-iryo-2022"), ExportOptions.DEFAULTS, file, cancelling));
		assertEquals(List.of(), names(directory));
	}

	private static List<String> names(Path directory) throws IOException {
		try (var files = Files.list(directory)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	private static void assertHoldsTheRowsOf(EvaluationReport report, XSSFWorkbook workbook) throws IOException {
		assertEquals(List.of("評点", "平均点", "予算", "指標"), sheetNames(workbook));
		for (TableDescriptor table : TableRegistry.builtIn().tables()) {
			Sheet sheet = workbook.getSheet(table.title());
			TableDescriptor.Contents contents = table.contents(report, new NullProgressMonitor());
			assertEquals(contents.header(), texts(sheet.getRow(0)));
			List<List<Object>> rows = contents.rows();
			assertEquals(rows.size(), sheet.getLastRowNum(), table.id() + " rows");
			for (int r = 0; r < rows.size(); r++) {
				List<Object> expected = rows.get(r);
				Row row = sheet.getRow(r + 1);
				for (int c = 0; c < expected.size(); c++) {
					Object value = expected.get(c);
					Cell cell = row.getCell(c);
					if (value == null) {
						assertTrue(cell == null || cell.getCellType() == CellType.BLANK);
					} else if (value instanceof Number number) {
						assertEquals(CellType.NUMERIC, cell.getCellType(), table.id() + " " + r + "," + c);
						assertEquals(new BigDecimal(number.toString()).doubleValue(), cell.getNumericCellValue(), 1e-9);
					} else {
						assertEquals(CellType.STRING, cell.getCellType());
						assertEquals(value, cell.getStringCellValue());
					}
				}
			}
		}
	}

	@Test
	void averagesAreThoseOfCoreScoringAndScoresAreNumbers() throws IOException {
		EvaluationReport report = load("saisei-iryo-2022");
		try (XSSFWorkbook workbook = export(report, "saisei-iryo-2022-averages")) {
			Sheet averages = workbook.getSheet("平均点");
			List<BigDecimal> expected = new ArrayList<>();
			for (Evaluation evaluation : report.getEvaluations()) {
				if (evaluation.getScoreTable() != null) {
					Scoring.results(evaluation.getScoreTable()).forEach(result -> expected.add(result.average()));
				}
			}
			assertEquals(21, expected.size());
			DataFormatter shown = new DataFormatter();
			for (int r = 0; r < expected.size(); r++) {
				Cell average = averages.getRow(r + 1).getCell(3);
				assertEquals(expected.get(r).doubleValue(), average.getNumericCellValue(), 1e-9);
				assertEquals(expected.get(r).toPlainString(), shown.formatCellValue(average), "shown with one decimal, 3.0 not 3");
			}
			assertTrue(expected.stream().anyMatch(a -> a.compareTo(new BigDecimal("3")) == 0), "002-A item 1 averages 3.0");
			assertEquals(5 * 7 + 4 * 7 + 5 * 7, workbook.getSheet("評点").getLastRowNum());
		}
	}

	@Test
	void theBudgetSheetCarriesThePrintedTotalsAsPrinted() throws IOException {
		try (XSSFWorkbook workbook = export(load("saisei-iryo-2022"), "saisei-iryo-2022-totals")) {
			DataFormatter shown = new DataFormatter();
			List<String> rows = new ArrayList<>();
			workbook.getSheet("予算").forEach(row -> {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < 8; c++) {
					cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
				}
				rows.add(String.join("|", cells));
			});
			// 002-A: 総契約額 54.0億円 and 総予算額 48.8億円, shown with their printed decimal
			assertTrue(rows.contains("A|契約額|CONTRACT|総契約額||54.0||億円"), rows.toString());
			assertTrue(rows.contains("A|契約額|CONTRACT|総予算額||48.8||億円"), rows.toString());
			// 002-B prints 総契約額 「-」
			assertTrue(rows.contains("B|契約額|CONTRACT|総契約額|||-|億円"), rows.toString());
			workbook.getSheet("予算").forEach(row -> row.forEach(cell -> assertTrue(
					!"-".equals(shown.formatCellValue(cell)) || !cell.getCellStyle().getQuotePrefixed(), "a lone 「-」 is no formula")));
		}
	}

	@Test
	void formulasAndControlCharactersStayInertText() throws IOException {
		EvaluationReport report = load("saisei-iryo-2022");
		List<Project> projects = report.getProgram().getProjects();
		projects.get(0).setLetterCode("=cmd|' /C calc'!A0");
		projects.get(1).setLetterCode("@SUM(1+1)*cmd|' /C calc'!A0");
		projects.get(2).setLetterCode("C\u0000\u001b");
		try (XSSFWorkbook workbook = export(report, "injection")) {
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(
					cell -> assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + " " + cell.getAddress()))));
			Sheet scores = workbook.getSheet("評点");
			Cell first = scores.getRow(1).getCell(0);
			assertEquals(CellType.STRING, first.getCellType());
			assertEquals("=cmd|' /C calc'!A0", first.getStringCellValue(), "kept as typed, as text");
			assertTrue(first.getCellStyle().getQuotePrefixed(), "marked as text should someone edit the cell");
			List<String> codes = new ArrayList<>();
			scores.forEach(row -> codes.add(row.getCell(0).getStringCellValue()));
			assertTrue(codes.contains("C\uFFFD\uFFFD"), "control characters replaced");
			assertTrue(codes.contains("@SUM(1+1)*cmd|' /C calc'!A0"));
		}
	}

	@Test
	void theExtensionRegistryOffersTheExporterAndTheStreamStaysOpen() throws Exception {
		ExporterRegistry registry = ExporterRegistry.read(RegistryFactory.getRegistry());
		assertEquals(List.of(), registry.problems());
		assertEquals("xlsx", registry.find("org.hyoka.export.xlsx").orElseThrow().fileExtension());
		assertInstanceOf(XlsxExporter.class, registry.find("org.hyoka.export.xlsx").orElseThrow().create());
		boolean[] closed = { false };
		OutputStream out = new ByteArrayOutputStream() {
			@Override
			public void close() {
				closed[0] = true;
			}
		};
		new XlsxExporter().export(load("soyaku-kiban-2021"), ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		assertTrue(!closed[0], "the caller owns the stream");
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}
}
