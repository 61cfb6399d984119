package org.hyoka.scoresheets;

import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.load;
import static org.hyoka.scoresheets.ScoreSheetRoundTripTest.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** A blank 評点票 prints on one A4 page, read back from the written workbook. */
class ScoreSheetPrintTest {

	@Test
	void eachBlankSheetPrintsOnOneLandscapePage() throws IOException {
		Path file = ScoreSheets.writeAll(load(), Files.createDirectories(Path.of("../org.hyoka.scoresheets.tests/target/print")), new NullProgressMonitor()).get(0);
		try (XSSFWorkbook workbook = open(file)) {
			assertEquals(3, workbook.getNumberOfSheets());
			for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
				XSSFSheet sheet = workbook.getSheetAt(index);
				XSSFPrintSetup print = sheet.getPrintSetup();
				assertTrue(print.getLandscape(), sheet.getSheetName());
				assertEquals(XSSFPrintSetup.A4_PAPERSIZE, print.getPaperSize());
				assertTrue(sheet.getFitToPage(), "scaled to fit");
				assertEquals(1, print.getFitWidth(), "one page wide");
				assertEquals(1, print.getFitHeight(), "one page tall");
				assertEquals(CellRangeAddress.valueOf("6:6"), sheet.getRepeatingRows(), "the header row repeats");
				String area = workbook.getPrintArea(index);
				assertTrue(area.matches("'?" + sheet.getSheetName() + "'?!\\$A\\$1:\\$D\\$\\d+"), area);
				assertEquals(sheet.getLastRowNum() + 1, Integer.parseInt(area.replaceAll(".*\\$", "")), "down to the legend's last row");
			}
		}
	}
}
