package org.hyoka.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables written as text cells read back as written; formulas are flagged, never evaluated; bad files are refused. */
class XlsxTablesTest {

	@TempDir
	Path temp;

	@Test
	void aWrittenTableReadsBackCellByCell() throws IOException, XlsxException {
		Path file = temp.resolve("table.xlsx");
		List<List<String>> rows = List.of(List.of("id", "filed", "title"), List.of("app-1", "2024-02-29", "糖鎖抗体, 第2版"),
				List.of("007", "", "\"quoted\""));
		try (OutputStream out = Files.newOutputStream(file)) {
			XlsxTables.write(out, "register", rows);
		}
		List<XlsxSheet> sheets = XlsxTables.read(file, 100);
		assertEquals(1, sheets.size());
		XlsxSheet sheet = sheets.get(0);
		assertEquals("register", sheet.name());
		assertFalse(sheet.truncated());
		assertEquals("2024-02-29", sheet.cell(1, 1).text());
		assertEquals("糖鎖抗体, 第2版", sheet.cell(1, 2).text());
		assertEquals("007", sheet.cell(2, 0).text(), "text stays text");
		assertEquals(null, sheet.cell(2, 1), "empty cells are left out");
		assertEquals("C3", sheet.cell(2, 2).reference());
		assertEquals(8, sheet.cells().size());
	}

	@Test
	void formulasAreFlaggedWithTheirCachedValueAndRowsBelowTheLimitAreNotRead() throws IOException, XlsxException {
		Path file = temp.resolve("formula.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Row row = workbook.createSheet("A").createRow(0);
			row.createCell(0).setCellValue(1.50);
			row.createCell(1).setCellFormula("A1*2");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.getSheet("A").createRow(5).createCell(0).setCellValue("below");
			workbook.write(out);
		}
		XlsxSheet sheet = XlsxTables.read(file, 2).get(0);
		assertEquals("1.5", sheet.cell(0, 0).text());
		assertFalse(sheet.cell(0, 0).formula());
		assertTrue(sheet.cell(0, 1).formula());
		assertEquals("3", sheet.cell(0, 1).text(), "the cached value, not a recalculation");
		assertTrue(sheet.truncated(), "the sheet goes on below row 3");
		assertEquals(2, sheet.cells().size());
	}

	@Test
	void aNumberFormattedAsADateIsTheDateExcelShowsAndOtherNumbersStayNumbers() throws IOException, XlsxException {
		Path file = temp.resolve("dates.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			CellStyle decimals = workbook.createCellStyle();
			decimals.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.00"));
			Row row = workbook.createSheet("A").createRow(0);
			row.createCell(0).setCellStyle(date);
			row.getCell(0).setCellValue(LocalDate.of(2024, 2, 29));
			row.createCell(1).setCellStyle(dateTime);
			row.getCell(1).setCellValue(LocalDateTime.of(2025, 3, 1, 10, 30));
			row.createCell(2).setCellValue(45351);
			row.createCell(3).setCellStyle(decimals);
			row.getCell(3).setCellValue(45351);
			workbook.write(out);
		}
		XlsxSheet sheet = XlsxTables.read(file, 10).get(0);
		assertEquals("2024-02-29", sheet.cell(0, 0).text());
		assertEquals("2025-03-01T10:30", sheet.cell(0, 1).text());
		assertEquals("45351", sheet.cell(0, 2).text(), "a general number is no date");
		assertEquals("45351", sheet.cell(0, 3).text(), "nor is a number with decimals");
	}

	@Test
	void whatIsNoWorkbookIsRefusedWithoutItsName() throws IOException {
		Path file = Files.writeString(temp.resolve("table.xlsx"), "id,title\n");
		XlsxException refused = assertThrows(XlsxException.class, () -> XlsxTables.read(file, 10));
		assertTrue(refused.getMessage().contains("not an Excel workbook"), refused.getMessage());
		assertFalse(refused.getMessage().contains("table.xlsx"), refused.getMessage());
	}
}
