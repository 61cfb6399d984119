package org.hyoka.scoresheets;

import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.load;
import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.open;
import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.model.EvaluationReport;
import org.hyoka.scoresheets.ImportPlan.Conflict;
import org.junit.jupiter.api.Test;

/** Imported workbooks never execute anything: formulas count by their cached value, links and zip bombs are refused. */
class ScoreSheetSafetyTest {

	private static final Path DIR = Path.of("../org.hyoka.scoresheets.tests/target/safety");

	private static Path chairSheet(EvaluationReport report, String name) throws IOException {
		Files.createDirectories(DIR);
		Evaluator chair = Evaluator.of(report).get(5);
		Path file = DIR.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			ScoreSheets.write(report, chair, out);
		}
		return file;
	}

	@Test
	void aFormulaCountsOnlyThroughAValidCachedValue() throws IOException {
		EvaluationReport report = load();
		Path file = chairSheet(report, "formulas.xlsx", workbook -> {
			formula(workbook, "A", 6, "1+1").setCellValue(2);
			formula(workbook, "A", 7, "A1+6").setCellValue(7);
			formula(workbook, "B", 6, "CONCATENATE(\"a\",\"b\")").setCellValue("ab");
		});
		ImportPlan plan = ScoreSheetImport.read(report, List.of(file));
		assertEquals(1, plan.changes().size());
		assertEquals(2, plan.changes().get(0).newValue(), "the cached value of 1+1");
		assertEquals("formulas.xlsx!A!C7", plan.changes().get(0).source());
		assertEquals(List.of("formulas.xlsx!A!C8", "formulas.xlsx!B!C7"), plan.conflicts().stream().map(Conflict::source).toList());
		assertTrue(plan.conflicts().get(0).message().contains("7"), plan.conflicts().get(0).message());
	}

	/** {@code =1+1} or {@code =HYPERLINK(…)} as tools write them, with no cached value: POI would read 0. */
	@Test
	void aFormulaWithoutACachedValueIsAConflictNeverAScore() throws IOException {
		EvaluationReport report = load();
		Path sheet = chairSheet(report, "uncomputed-source.xlsx", workbook -> {
			formula(workbook, "A", 6, "1+1").setCellValue(2);
			formula(workbook, "A", 7, "HYPERLINK(\"http://example.com\",\"2\")").setCellValue("2");
		});
		Path uncomputed = DIR.resolve("uncomputed.xlsx");
		String part = "xl/worksheets/sheet1.xml";
		String xml;
		try (ZipFile zip = new ZipFile(sheet.toFile())) {
			xml = new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
		}
		String stripped = xml.replaceAll("(</f>)<v>[^<]*</v>", "$1");
		assertTrue(stripped.length() < xml.length(), "the cached values are removed: " + xml);
		rewrite(sheet, uncomputed, part, stripped.getBytes(StandardCharsets.UTF_8), null);

		ImportPlan plan = ScoreSheetImport.read(report, List.of(uncomputed));
		assertTrue(plan.changes().isEmpty(), plan.changes().toString());
		assertEquals(List.of("uncomputed.xlsx!A!C7", "uncomputed.xlsx!A!C8"), plan.conflicts().stream().map(Conflict::source).toList());
		assertTrue(plan.conflicts().get(0).message().contains("never computed"), plan.conflicts().get(0).message());
	}

	/** Empty cells compress well, but POI would hold each in memory: the sheet is refused, and quickly. */
	@Test
	void aWorkbookOfMillionsOfEmptyCellsIsRefused() throws IOException {
		EvaluationReport report = load();
		Path sheet = chairSheet(report, "cells-source.xlsx");
		Path cells = DIR.resolve("cells.xlsx");
		StringBuilder rows = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int row = 1; row <= 40_000; row++) {
			rows.append("<row r=\"").append(row).append("\">");
			for (int column = 0; column < 26; column++) {
				rows.append("<c r=\"").append((char) ('A' + column)).append(row).append("\" s=\"1\"/>");
			}
			rows.append("</row>");
		}
		rows.append("</sheetData></worksheet>");
		rewrite(sheet, cells, "xl/worksheets/sheet1.xml", rows.toString().getBytes(StandardCharsets.UTF_8), null);

		assertRefused(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ScoreSheetImport.read(report, List.of(cells))),
				"cells.xlsx", "MB");
	}

	/**
	 * A sheet is read as a stream, and only down to the last item row: what follows is never parsed, so neither its
	 * size nor its content matters (here it is not even well-formed XML).
	 */
	@Test
	void onlyTheRowsOfTheScoresAreRead() throws IOException {
		EvaluationReport report = load();
		Path sheet = chairSheet(report, "long-source.xlsx", workbook -> workbook.getSheet("A").getRow(6).getCell(2).setCellValue(1));
		Path tail = DIR.resolve("long.xlsx");
		String part = "xl/worksheets/sheet1.xml";
		String xml;
		try (ZipFile zip = new ZipFile(sheet.toFile())) {
			xml = new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
		}
		String broken = xml.replace("</sheetData>", "<row r=\"500\"><c r=\"C500\"><v>3</v></c></row><row r=\"501\"><c </sheetData>");
		assertTrue(broken.length() > xml.length(), "rows are added below the items: " + xml);
		rewrite(sheet, tail, part, broken.getBytes(StandardCharsets.UTF_8), null);

		ImportPlan plan = ScoreSheetImport.read(report, List.of(tail));
		assertEquals(List.of(), plan.conflicts().stream().map(Conflict::message).toList());
		assertEquals(List.of("long.xlsx!A!C7"), plan.changes().stream().map(change -> change.source()).toList());
		assertEquals(1, plan.changes().get(0).newValue());
	}

	@Test
	void aWorkbookWithAnExternalLinkIsRefused() throws IOException {
		EvaluationReport report = load();
		Path sheet = chairSheet(report, "plain.xlsx");
		Path linked = DIR.resolve("linked.xlsx");
		rewrite(sheet, linked, "xl/externalLinks/externalLink1.xml",
				"<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8), null);
		ImportPlan plan = ScoreSheetImport.read(report, List.of(linked));
		assertTrue(plan.isEmpty());
		assertEquals(1, plan.conflicts().size());
		assertEquals("linked.xlsx", plan.conflicts().get(0).source());
		assertTrue(plan.conflicts().get(0).message().contains("externalLink1.xml"), plan.conflicts().get(0).message());

		Path renamed = DIR.resolve("renamed-link.xlsx");
		rewrite(sheet, renamed, "xl/_rels/links.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\""
				+ " Target=\"links/other.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8), null);
		ImportPlan renamedPlan = ScoreSheetImport.read(report, List.of(renamed));
		assertEquals(List.of("renamed-link.xlsx"), renamedPlan.conflicts().stream().map(Conflict::source).toList(),
				"a link part of another name is found by its relationship type");
		assertTrue(renamedPlan.isEmpty());
	}

	@Test
	void aZipBombIsRefusedBeforePoiParsesIt() throws IOException {
		EvaluationReport report = load();
		Path sheet = chairSheet(report, "small.xlsx");
		Path bomb = DIR.resolve("bomb.xlsx");
		long huge = 256L << 20;
		rewrite(sheet, bomb, "xl/worksheets/sheet1.xml", null, huge);
		assertTrue(Files.size(bomb) < 2L << 20, "a small file: " + Files.size(bomb));
		assertRefused(ScoreSheetImport.read(report, List.of(bomb)), "bomb.xlsx", "xl/worksheets/sheet1.xml");
	}

	/**
	 * A DOCTYPE declaring an external entity, put into each part POI parses: the sheet is refused naming the file, the
	 * secret the entity names is read by nobody (POI says only that it cannot read the content types).
	 */
	@Test
	void aDoctypeInAnyPartIsRefusedAndNothingIsRead() throws IOException {
		EvaluationReport report = load();
		Path sheet = chairSheet(report, "doctype-source.xlsx");
		Path secret = Files.writeString(DIR.resolve("secret.txt"), "TOPSECRET-48");
		String doctype = "<!DOCTYPE r [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>";
		for (String[] part : new String[][] { { "xl/worksheets/sheet1.xml", "DOCTYPE" }, { "xl/sharedStrings.xml", "DOCTYPE" },
				{ "[Content_Types].xml", "content types" }, { "xl/workbook.xml", "DOCTYPE" } }) {
			String xml;
			try (ZipFile zip = new ZipFile(sheet.toFile())) {
				xml = new String(zip.getInputStream(zip.getEntry(part[0])).readAllBytes(), StandardCharsets.UTF_8);
			}
			String declared = xml.replaceFirst("^(<\\?xml[^>]*\\?>)?", "$1" + doctype.replace("$", "\\$")).replaceFirst("<t>", "<t>&leak;");
			assertTrue(declared.contains("<!DOCTYPE"), declared);
			Path attacked = DIR.resolve("doctype.xlsx");
			rewrite(sheet, attacked, part[0], declared.getBytes(StandardCharsets.UTF_8), null);
			ImportPlan plan = ScoreSheetImport.read(report, List.of(attacked));
			assertRefused(plan, "doctype.xlsx", part[1]);
			String said = plan.conflicts().get(0).message();
			assertTrue(!said.contains("TOPSECRET"), part[0] + ": " + said);
		}
	}

	/** Nothing imported, and one conflict: the file, saying why. */
	private static void assertRefused(ImportPlan plan, String file, String says) {
		assertTrue(plan.isEmpty());
		assertEquals(List.of(file), plan.conflicts().stream().map(Conflict::source).toList());
		assertTrue(plan.conflicts().get(0).message().contains(says), plan.conflicts().get(0).message());
	}

	/** The chair's sheet, changed and saved. */
	private static Path chairSheet(EvaluationReport report, String name, Consumer<XSSFWorkbook> change) throws IOException {
		Path file = chairSheet(report, name);
		try (XSSFWorkbook workbook = open(file)) {
			change.accept(workbook);
			save(workbook, file);
		}
		return file;
	}

	/** The score cell of a sheet's row, holding the formula. */
	private static XSSFCell formula(XSSFWorkbook workbook, String sheet, int row, String formula) {
		XSSFCell cell = workbook.getSheet(sheet).getRow(row).getCell(2);
		cell.setCellFormula(formula);
		return cell;
	}

	/**
	 * Copies a workbook, replacing (or adding) one entry: with the given bytes, or with {@code blankBytes} spaces
	 * inside the sheet's XML, which deflate to almost nothing.
	 */
	private static void rewrite(Path from, Path to, String entryName, byte[] content, Long blankBytes) throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (entry.getName().equals(entryName)) {
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry(entryName));
			if (content != null) {
				out.write(content);
			} else {
				out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.UTF_8));
				byte[] spaces = new byte[1 << 20];
				java.util.Arrays.fill(spaces, (byte) ' ');
				for (long written = 0; written < blankBytes; written += spaces.length) {
					out.write(spaces);
				}
				out.write("<sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
			}
			out.closeEntry();
		}
	}
}
