package org.hyoka.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.Exports;
import org.hyoka.export.outline.Block.Bar;
import org.hyoka.export.outline.Block.Bullet;
import org.hyoka.export.outline.Block.Bullets;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Chart;
import org.hyoka.export.outline.Block.Figure;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.model.EvaluationReport;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The 技術評価報告書 as a Word document that ministries edit: the {@link ReportOutline} with Word's own heading
 * styles (Title, Heading 1–3, so the navigation pane and a table of contents find them) and real tables whose
 * header rows repeat on each page, and each 評点結果 with a native Word bar chart of its averages that Word can edit.
 * Text is only ever set as run text, never as fields or markup.
 */
public class DocxExporter implements Exporter {

	/** Word's built-in style ids and names, so Word treats them as its own headings. */
	private static final String[] HEADING_IDS = { "Title", "Heading1", "Heading2", "Heading3" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String[] HEADING_NAMES = { "Title", "heading 1", "heading 2", "heading 3" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Font sizes in half points. */
	private static final int[] HEADING_SIZES = { 40, 32, 28, 24 };
	/** Hanging indent of list items, in twentieths of a point (one full-width character at 10.5 pt). */
	private static final int HANGING = 420;
	private static final String HEADER_FILL = "E8E8E8"; //$NON-NLS-1$
	/**
	 * The default Japanese font: 游明朝 is Word's own default for Japanese text since Word 2016 and comes with
	 * Windows and macOS, so the report reads like any new Word document; Word substitutes where it is missing.
	 */
	private static final String JAPANESE_FONT = "游明朝"; //$NON-NLS-1$
	private static final String JAPANESE = "ja-JP"; //$NON-NLS-1$
	/** Chart size in EMU (360,000 per cm): 16 cm wide, 3.5 cm for titles and axis plus 0.9 cm per item. */
	private static final int CHART_WIDTH = 16 * 360_000;
	private static final int CHART_FRAME = 35 * 36_000;
	private static final int CHART_ROW = 9 * 36_000;
	/** The colours of the HTML chart: blue bars, red for averages below 2.0. */
	private static final byte[] BAR = { (byte) 0x4a, (byte) 0x7a, (byte) 0xb5 };
	private static final byte[] LOW_BAR = { (byte) 0xc0, (byte) 0x39, (byte) 0x2b };

	@Override
	public void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFStyles styles = document.createStyles();
			japaneseDefaults(styles);
			headingStyles(styles);
			boolean[] first = { true };
			// block by block as the outline makes them: the report is never held as blocks and document at once
			ReportOutline.write(report, progress.split(8), block -> {
				switch (block) {
				case Heading heading -> heading(document, heading, first[0]);
				case Paragraph paragraph -> text(document.createParagraph().createRun(), paragraph.text());
				case Bullets bullets -> bullets(document, bullets);
				case Table table -> table(document, table);
				case Chart chart -> chart(document, chart);
				case Figure figure -> figure(document, figure);
				}
				first[0] = false;
			});
			progress.split(2);
			document.write(Exports.keepOpen(out));
		}
		out.flush();
	}

	/** Japanese text in the Japanese font and checked as Japanese, whatever Word's own language. */
	private static void japaneseDefaults(XWPFStyles styles) {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(JAPANESE_FONT);
		fonts.setHAnsi(JAPANESE_FONT);
		fonts.setEastAsia(JAPANESE_FONT);
		styles.setDefaultFonts(fonts);
		styles.setEastAsia(JAPANESE);
	}

	private static void headingStyles(XWPFStyles styles) {
		for (int level = 0; level < HEADING_IDS.length; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId(HEADING_IDS[level]);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal(HEADING_NAMES[level]);
			style.addNewQFormat();
			CTPPrGeneral paragraph = style.addNewPPr();
			paragraph.addNewKeepNext();
			if (level > 0) {
				paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
			}
			CTRPr run = style.addNewRPr();
			run.addNewB();
			run.addNewSz().setVal(BigInteger.valueOf(HEADING_SIZES[level]));
			styles.addStyle(new XWPFStyle(style, styles));
		}
	}

	private static void heading(XWPFDocument document, Heading heading, boolean first) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(HEADING_IDS[Math.min(heading.level(), HEADING_IDS.length - 1)]);
		// each part starts a page, as in the printed reports
		paragraph.setPageBreak(heading.level() == 1 && !first);
		text(paragraph.createRun(), heading.text());
	}

	private static void bullets(XWPFDocument document, Bullets bullets) {
		for (Bullet bullet : bullets.items()) {
			XWPFParagraph paragraph = document.createParagraph();
			if (!bullet.marker().isEmpty()) {
				paragraph.setIndentationLeft(HANGING);
				paragraph.setIndentationHanging(HANGING);
				paragraph.createRun().setText(bullet.marker());
				paragraph.createRun().addTab();
			}
			text(paragraph.createRun(), bullet.text());
		}
	}

	private static void table(XWPFDocument document, Table table) {
		if (!table.fullCaption().isEmpty()) {
			XWPFRun caption = document.createParagraph().createRun();
			caption.setBold(true);
			text(caption, table.fullCaption());
		}
		int columns = Math.max(1, table.columns());
		XWPFTable word = document.createTable(table.rows().size(), columns);
		word.setWidthType(TableWidthType.PCT);
		word.setWidth("100%"); //$NON-NLS-1$
		for (int r = 0; r < table.rows().size(); r++) {
			XWPFTableRow row = word.getRow(r);
			row.setCantSplitRow(true);
			if (r < table.headerRows()) {
				row.setRepeatHeader(true);
			}
			List<Cell> cells = table.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				cell(row.getCell(c), cells.get(c), r < table.headerRows());
			}
		}
		// Word joins adjacent tables; an empty paragraph keeps them apart
		document.createParagraph();
	}

	private static void cell(XWPFTableCell word, Cell cell, boolean headerRow) {
		XWPFParagraph paragraph = word.getParagraphs().get(0);
		if (cell.number()) {
			paragraph.setAlignment(ParagraphAlignment.RIGHT);
		}
		if (headerRow) {
			word.setColor(HEADER_FILL);
		}
		XWPFRun run = paragraph.createRun();
		run.setBold(cell.header() || cell.emphasis());
		if (cell.emphasis()) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		text(run, cell.text());
	}

	/** The figure's PNG as a picture as wide as a chart (narrower figures keep their size), its caption under it. */
	private static void figure(XWPFDocument document, Figure figure) throws IOException {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		double scale = Math.min(1, CHART_WIDTH / (double) Units.toEMU(figure.width()));
		try {
			paragraph.createRun().addPicture(new ByteArrayInputStream(figure.png()), Document.PICTURE_TYPE_PNG,
					(figure.id().isEmpty() ? "figure" : figure.id()) + ".png", //$NON-NLS-1$ //$NON-NLS-2$
					(int) Math.round(Units.toEMU(figure.width()) * scale), (int) Math.round(Units.toEMU(figure.height()) * scale));
		} catch (InvalidFormatException e) {
			throw new IOException(e);
		}
		if (!figure.caption().isEmpty()) {
			XWPFParagraph caption = document.createParagraph();
			caption.setAlignment(ParagraphAlignment.CENTER);
			text(caption.createRun(), figure.caption());
		}
	}

	/**
	 * A horizontal bar chart whose data live in the workbook embedded in the document, as Word's own charts do, so
	 * that Word's 「データの編集」 opens them: items top to bottom as in the table, the averages on the 0–3 axis
	 * and as labels, averages below 2.0 in red.
	 */
	private static void chart(XWPFDocument document, Chart chart) throws IOException {
		int n = chart.bars().size();
		XWPFChart word;
		try {
			word = document.createChart(document.createParagraph().createRun(), CHART_WIDTH, CHART_FRAME + n * CHART_ROW);
		} catch (InvalidFormatException e) {
			throw new IOException(e);
		}
		word.setTitleText(chart.title());
		word.setTitleOverlay(false);
		XDDFCategoryAxis items = word.createCategoryAxis(AxisPosition.LEFT);
		items.setTitle(chart.categoryTitle());
		items.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis averages = word.createValueAxis(AxisPosition.BOTTOM);
		averages.setTitle(chart.valueTitle());
		averages.setMinimum(chart.minimum());
		averages.setMaximum(chart.maximum());
		averages.setMajorUnit(1);
		averages.getOrAddMajorGridProperties();
		// bars between the ticks of the item axis, as Word's own bar charts
		averages.setCrossBetween(AxisCrossBetween.BETWEEN);
		// with the items reversed, the value axis crosses at the last item to stay at the bottom
		averages.setCrosses(AxisCrosses.MAX);
		String[] labels = chart.bars().stream().map(Bar::label).toArray(String[]::new);
		Double[] values = chart.bars().stream().map(bar -> bar.average() == null ? null : bar.average().doubleValue()).toArray(Double[]::new);
		XDDFBarChartData data = (XDDFBarChartData) word.createData(ChartTypes.BAR, items, averages);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
				XDDFDataSourcesFactory.fromArray(labels, word.formatRange(new CellRangeAddress(1, n, 0, 0)), 0),
				XDDFDataSourcesFactory.fromArray(values, word.formatRange(new CellRangeAddress(1, n, 1, 1)), 1));
		word.setSheetTitle(chart.categoryTitle(), 0);
		series.setTitle(chart.valueTitle(), word.setSheetTitle(chart.valueTitle(), 1));
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR)));
		for (int i = 0; i < n; i++) {
			if (chart.bars().get(i).low()) {
				series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(LOW_BAR)));
			}
		}
		CTDLbls valueLabels = series.getCTBarSer().addNewDLbls();
		// averages keep their decimal (3.0, not 3), as in the table
		CTNumFmt format = valueLabels.addNewNumFmt();
		format.setFormatCode("0.0"); //$NON-NLS-1$
		format.setSourceLinked(false);
		valueLabels.addNewDLblPos().setVal(STDLblPos.OUT_END);
		valueLabels.addNewShowVal().setVal(true);
		valueLabels.addNewShowLegendKey().setVal(false);
		valueLabels.addNewShowCatName().setVal(false);
		valueLabels.addNewShowSerName().setVal(false);
		valueLabels.addNewShowPercent().setVal(false);
		valueLabels.addNewShowBubbleSize().setVal(false);
		word.plot(data);
		// the chart's own workbook goes into its part now, not when the document is written: a portfolio's report
		// would otherwise hold a workbook in memory for every chart until the end
		try {
			word.saveWorkbook(word.getWorkbook());
		} catch (InvalidFormatException e) {
			throw new IOException(e);
		}
		word.setWorkbook(null);
	}

	/** Sets text with its line breaks as Word line breaks. */
	private static void text(XWPFRun run, String text) {
		String[] lines = text.split("\r?\n|\r", -1); //$NON-NLS-1$
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}
}
