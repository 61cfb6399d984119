package org.hyoka.export.docx;

import static org.hyoka.export.docx.WordXml.A;
import static org.hyoka.export.docx.WordXml.C;
import static org.hyoka.export.docx.WordXml.R;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hyoka.export.Exports;
import org.hyoka.export.outline.Block.Bar;
import org.hyoka.export.outline.Block.Chart;

/**
 * A 評点結果 chart as Word's own: a horizontal bar chart whose figures are cached in the chart and kept in a
 * workbook embedded beside it, so that Word's 「データの編集」 opens them. Items run top to bottom as in the table,
 * the averages on the chart's scale and as labels with their decimal, averages below 2.0 in red.
 */
final class WordChart {

	private static final String SHEET = "Sheet1"; //$NON-NLS-1$
	private static final String SPREADSHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"; //$NON-NLS-1$
	/** The colours of the HTML chart: blue bars, red for averages below 2.0. */
	private static final String BAR = "4A7AB5"; //$NON-NLS-1$
	private static final String LOW_BAR = "C0392B"; //$NON-NLS-1$
	private static final String ITEMS_AXIS = "1"; //$NON-NLS-1$
	private static final String AVERAGES_AXIS = "2"; //$NON-NLS-1$
	private static final String VAL = "val"; //$NON-NLS-1$

	private WordChart() {
	}

	/** Writes chart {@code number}: its part, its relationships and its workbook. */
	static void write(ZipOutputStream zip, Chart chart, int number) throws IOException {
		try (WordXml xml = WordXml.part(zip, "word/" + WordPackage.chartPart(number), "c", C, "chartSpace", "a", A, "r", R)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			xml.empty(C, "roundedCorners", VAL, "0").start(C, "chart"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			title(xml, chart.title());
			xml.empty(C, "autoTitleDeleted", VAL, "0").start(C, "plotArea").empty(C, "layout"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			bars(xml, chart);
			axes(xml, chart);
			xml.end().empty(C, "plotVisOnly", VAL, "1").empty(C, "dispBlanksAs", VAL, "gap").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			xml.start(C, "externalData").attribute("r", R, "id", "rId1").empty(C, "autoUpdate", VAL, "0").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		}
		WordPackage.relationships(zip, "word/charts/_rels/chart" + number + ".xml.rels", //$NON-NLS-1$ //$NON-NLS-2$
				"rId1", "package", "../" + WordPackage.workbookPart(number)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		workbook(zip, chart, number);
	}

	private static void bars(WordXml xml, Chart chart) throws IOException {
		List<Bar> bars = chart.bars();
		int n = bars.size();
		xml.start(C, "barChart").empty(C, "barDir", VAL, "bar").empty(C, "grouping", VAL, "clustered") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.empty(C, "varyColors", VAL, "0").start(C, "ser").empty(C, "idx", VAL, "0").empty(C, "order", VAL, "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		xml.start(C, "tx").start(C, "strRef").element(C, "f", SHEET + "!$B$1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		strings(xml, List.of(chart.valueTitle()));
		xml.end().end();
		fill(xml, BAR).empty(C, "invertIfNegative", VAL, "0"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < n; i++) {
			if (bars.get(i).low()) {
				xml.start(C, "dPt").empty(C, "idx", VAL, Integer.toString(i)).empty(C, "invertIfNegative", VAL, "0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						.empty(C, "bubble3D", VAL, "0"); //$NON-NLS-1$ //$NON-NLS-2$
				fill(xml, LOW_BAR).end();
			}
		}
		// averages keep their decimal (3.0, not 3), as in the table
		xml.start(C, "dLbls").empty(C, "numFmt", "formatCode", "0.0", "sourceLinked", "0").empty(C, "dLblPos", VAL, "outEnd") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				.empty(C, "showLegendKey", VAL, "0").empty(C, "showVal", VAL, "1").empty(C, "showCatName", VAL, "0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				.empty(C, "showSerName", VAL, "0").empty(C, "showPercent", VAL, "0").empty(C, "showBubbleSize", VAL, "0").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		xml.start(C, "cat").start(C, "strRef").element(C, "f", SHEET + "!$A$2:$A$" + (n + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		strings(xml, bars.stream().map(Bar::label).toList());
		xml.end().end();
		xml.start(C, VAL).start(C, "numRef").element(C, "f", SHEET + "!$B$2:$B$" + (n + 1)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.start(C, "numCache").element(C, "formatCode", "General").empty(C, "ptCount", VAL, Integer.toString(n)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (int i = 0; i < n; i++) {
			// an item nobody scored keeps its place, without a bar
			if (bars.get(i).average() != null) {
				xml.start(C, "pt").attributes(C, "idx", Integer.toString(i)).element(C, "v", bars.get(i).average().toPlainString()).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		xml.end().end().end().end();
		xml.empty(C, "gapWidth", VAL, "150").empty(C, "axId", VAL, ITEMS_AXIS).empty(C, "axId", VAL, AVERAGES_AXIS).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static void axes(WordXml xml, Chart chart) throws IOException {
		// items top to bottom: the item axis runs from its maximum, and the value axis crosses it there, at the bottom
		xml.start(C, "catAx").empty(C, "axId", VAL, ITEMS_AXIS).start(C, "scaling").empty(C, "orientation", VAL, "maxMin").end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.empty(C, "delete", VAL, "0").empty(C, "axPos", VAL, "l"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		title(xml, chart.categoryTitle());
		ticks(xml).empty(C, "crossAx", VAL, AVERAGES_AXIS).empty(C, "crosses", VAL, "autoZero").empty(C, "auto", VAL, "1") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.empty(C, "lblAlgn", VAL, "ctr").empty(C, "noMultiLvlLbl", VAL, "0").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		xml.start(C, "valAx").empty(C, "axId", VAL, AVERAGES_AXIS).start(C, "scaling").empty(C, "orientation", VAL, "minMax") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.empty(C, "max", VAL, Integer.toString(chart.maximum())).empty(C, "min", VAL, Integer.toString(chart.minimum())).end() //$NON-NLS-1$ //$NON-NLS-2$
				.empty(C, "delete", VAL, "0").empty(C, "axPos", VAL, "b").empty(C, "majorGridlines"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		title(xml, chart.valueTitle());
		xml.empty(C, "numFmt", "formatCode", "General", "sourceLinked", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		ticks(xml).empty(C, "crossAx", VAL, ITEMS_AXIS).empty(C, "crosses", VAL, "max") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.empty(C, "crossBetween", VAL, "between").empty(C, "majorUnit", VAL, "1").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static WordXml ticks(WordXml xml) throws IOException {
		return xml.empty(C, "majorTickMark", VAL, "out").empty(C, "minorTickMark", VAL, "none").empty(C, "tickLblPos", VAL, "nextTo"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	private static void title(WordXml xml, String text) throws IOException {
		xml.start(C, "title").start(C, "tx").start(C, "rich").empty(A, "bodyPr").start(A, "p").start(A, "r") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				.element(A, "t", text).end().end().end().end().empty(C, "overlay", VAL, "0").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void strings(WordXml xml, List<String> values) throws IOException {
		xml.start(C, "strCache").empty(C, "ptCount", VAL, Integer.toString(values.size())); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < values.size(); i++) {
			xml.start(C, "pt").attributes(C, "idx", Integer.toString(i)).element(C, "v", values.get(i)).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		xml.end();
	}

	private static WordXml fill(WordXml xml, String colour) throws IOException {
		return xml.start(C, "spPr").start(A, "solidFill").empty(A, "srgbClr", VAL, colour).end().end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The chart's data as Word keeps them, in a workbook of one sheet: titles in row 1, an item per row below. It is
	 * written as its few parts, strings inline, without a spreadsheet library's model for every chart.
	 */
	private static void workbook(ZipOutputStream zip, Chart chart, int number) throws IOException {
		zip.putNextEntry(new ZipEntry("word/" + WordPackage.workbookPart(number))); //$NON-NLS-1$
		// closed, not only finished: its deflater's native memory (some 260 KB) is freed now, not when a collection
		// finds it; a large report's thousands of workbooks held it between collections (docs/benchmarks.md, issue 51)
		try (ZipOutputStream xlsx = new ZipOutputStream(Exports.keepOpen(zip))) {
			workbookParts(xlsx, chart);
		}
		zip.closeEntry();
	}

	private static void workbookParts(ZipOutputStream xlsx, Chart chart) throws IOException {
		WordPackage.contentTypes(xlsx, false, false, "/xl/workbook.xml", WordPackage.SPREADSHEET + "sheet.main+xml", //$NON-NLS-1$ //$NON-NLS-2$
				"/xl/worksheets/sheet1.xml", WordPackage.SPREADSHEET + "worksheet+xml"); //$NON-NLS-1$ //$NON-NLS-2$
		WordPackage.relationships(xlsx, "_rels/.rels", "rId1", "officeDocument", "xl/workbook.xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		WordPackage.relationships(xlsx, "xl/_rels/workbook.xml.rels", "rId1", "worksheet", "worksheets/sheet1.xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try (WordXml workbook = WordXml.part(xlsx, "xl/workbook.xml", "", SPREADSHEET_MAIN, "workbook", "r", R)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			workbook.start(SPREADSHEET_MAIN, "sheets").empty(SPREADSHEET_MAIN, "sheet", "name", SHEET, "sheetId", "1") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					.attribute("r", R, "id", "rId1").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		try (WordXml sheet = WordXml.part(xlsx, "xl/worksheets/sheet1.xml", "", SPREADSHEET_MAIN, "worksheet")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			sheet.start(SPREADSHEET_MAIN, "sheetData"); //$NON-NLS-1$
			row(sheet, 1, chart.categoryTitle(), chart.valueTitle());
			for (int i = 0; i < chart.bars().size(); i++) {
				Bar bar = chart.bars().get(i);
				row(sheet, i + 2, bar.label(), bar.average());
			}
			sheet.end();
		}
	}

	/** Row {@code number}: a text in A, and in B a text, a number, or nothing for null. */
	private static void row(WordXml sheet, int number, String label, Object value) throws IOException {
		String row = Integer.toString(number);
		sheet.start(SPREADSHEET_MAIN, "row").attributes(SPREADSHEET_MAIN, "r", row); //$NON-NLS-1$ //$NON-NLS-2$
		sheet.start(SPREADSHEET_MAIN, "c").attributes(SPREADSHEET_MAIN, "r", "A" + row, "t", "inlineStr") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.start(SPREADSHEET_MAIN, "is").element(SPREADSHEET_MAIN, "t", label).end().end(); //$NON-NLS-1$ //$NON-NLS-2$
		if (value instanceof String text) {
			sheet.start(SPREADSHEET_MAIN, "c").attributes(SPREADSHEET_MAIN, "r", "B" + row, "t", "inlineStr") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.start(SPREADSHEET_MAIN, "is").element(SPREADSHEET_MAIN, "t", text).end().end(); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (value instanceof BigDecimal average) {
			sheet.start(SPREADSHEET_MAIN, "c").attributes(SPREADSHEET_MAIN, "r", "B" + row) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.element(SPREADSHEET_MAIN, "v", average.toPlainString()).end(); //$NON-NLS-1$
		}
		sheet.end();
	}
}
