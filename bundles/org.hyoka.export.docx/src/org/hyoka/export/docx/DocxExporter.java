package org.hyoka.export.docx;

import static org.hyoka.export.docx.WordXml.A;
import static org.hyoka.export.docx.WordXml.C;
import static org.hyoka.export.docx.WordXml.MC;
import static org.hyoka.export.docx.WordXml.PIC;
import static org.hyoka.export.docx.WordXml.R;
import static org.hyoka.export.docx.WordXml.W;
import static org.hyoka.export.docx.WordXml.W14;
import static org.hyoka.export.docx.WordXml.WP;
import static org.hyoka.export.docx.WordXml.WP14;
import static org.hyoka.export.docx.WordXml.WPG;
import static org.hyoka.export.docx.WordXml.WPS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.Exports;
import org.hyoka.export.outline.Block.Bullet;
import org.hyoka.export.outline.Block.Bullets;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Chart;
import org.hyoka.export.outline.Block.Figure;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.export.outline.VectorDrawing;
import org.hyoka.model.EvaluationReport;

/**
 * The 技術評価報告書 as a Word document that ministries edit: the {@link ReportOutline} with Word's own heading
 * styles (Title, Heading 1–3, so the navigation pane and a table of contents find them) and real tables whose
 * header rows repeat on each page, and each 評点結果 with a native Word bar chart of its averages that Word can edit.
 * Text is only ever set as run text, never as fields or markup.
 * <p>
 * Figures are Word's own shapes ({@link WordShapes}), which the user can edit; a figure whose drawing offers none is a
 * picture.
 * <p>
 * The document is written as the outline makes its blocks: its {@code word/document.xml} into a temporary file
 * beside the exported one, each chart straight into the package and each picture as it is made, on a thread of its
 * own ({@link WordPictures}), so nothing holds the whole report and a portfolio of thousands of projects exports in a
 * small heap. The document's XML joins the package at the end.
 */
public class DocxExporter implements Exporter {

	/** Word's built-in style ids and names, so Word treats them as its own headings. */
	private static final String[] HEADING_IDS = { "Title", "Heading1", "Heading2", "Heading3" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String[] HEADING_NAMES = { "Title", "heading 1", "heading 2", "heading 3" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Font sizes in half points. */
	private static final int[] HEADING_SIZES = { 40, 32, 28, 24 };
	/** Hanging indent of list items, in twentieths of a point (one full-width character at 10.5 pt). */
	private static final String HANGING = "420"; //$NON-NLS-1$
	private static final String HEADER_FILL = "E8E8E8"; //$NON-NLS-1$
	/** The report's tables' style: their borders, written once instead of with each of thousands of tables. */
	private static final String TABLE_STYLE = "ReportTable"; //$NON-NLS-1$
	/**
	 * The default Japanese font: 游明朝 is Word's own default for Japanese text since Word 2016 and comes with
	 * Windows and macOS, so the report reads like any new Word document; Word substitutes where it is missing.
	 */
	private static final String JAPANESE_FONT = "游明朝"; //$NON-NLS-1$
	private static final String JAPANESE = "ja-JP"; //$NON-NLS-1$
	/** A4 with Word's Japanese default margins, in twentieths of a point; the text is 8,504 wide. */
	private static final String[] PAGE = { "w", "11906", "h", "16838" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String[] MARGINS = { "top", "1985", "right", "1701", "bottom", "1701", "left", "1701", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"header", "851", "footer", "992", "gutter", "0" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final int TEXT_WIDTH = 8504;
	/** Half of a 10.5-point character, as Japanese Word sets body text, and a cell's margins with its border. */
	private static final int HALF_WIDTH = 105;
	private static final int CELL_MARGINS = 240;
	/** Chart size in EMU (360,000 per cm): 16 cm wide, 3.5 cm for titles and axis plus 0.9 cm per item. */
	private static final long CHART_WIDTH = 16 * 360_000L;
	private static final long CHART_FRAME = 35 * 36_000L;
	private static final long CHART_ROW = 9 * 36_000L;
	static final double EMU_PER_POINT = 12_700;
	/** Around the caption that readers without Word 2010's shapes show for a figure. */
	private static final String FALLBACK_OPEN = "［"; //$NON-NLS-1$
	private static final String FALLBACK_CLOSE = "］"; //$NON-NLS-1$

	@Override
	public void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		// the document's XML waits in a file while the charts' parts go into the package as they come
		Path body = Exports.temporaryFile();
		// closed, not only finished: its compressor's native memory goes at once, not at a collection
		try (ZipOutputStream zip = new ZipOutputStream(Exports.keepOpen(out))) {
			Drawings drawings = document(report, progress.split(8), zip, body);
			zip.putNextEntry(new ZipEntry("word/document.xml")); //$NON-NLS-1$
			Files.copy(body, zip);
			zip.closeEntry();
			progress.split(1);
			styles(zip, drawings.figureTexts);
			WordPackage.write(zip, drawings.charts, drawings.pictures);
		} finally {
			Files.deleteIfExists(body);
		}
		out.flush();
	}

	/** The parts written beside the document so far, and the drawings' numbers, which no two share. */
	private static final class Drawings {
		int charts;
		int pictures;
		int ids;
		final WordShapes.TextStyles figureTexts = new WordShapes.TextStyles();

		int nextId() {
			return ++ids;
		}
	}

	/** Writes the document's body into {@code body}, its charts and pictures into {@code zip}. */
	private static Drawings document(EvaluationReport report, IProgressMonitor monitor, ZipOutputStream zip, Path body) throws IOException {
		Drawings drawings = new Drawings();
		try (WordPictures pictures = new WordPictures(zip);
				OutputStream file = Files.newOutputStream(body);
				WordXml document = new WordXml(file, file::flush, "w", W, "document", //$NON-NLS-1$ //$NON-NLS-2$
						"r", R, "wp", WP, "a", A, "c", C, "pic", PIC, "wpg", WPG, "wps", WPS, "mc", MC, "w14", W14, "wp14", WP14)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			// Word's own declaration: readers that do not know Word 2010's additions may ignore them
			document.attribute("mc", MC, "Ignorable", "w14 wp14").start(W, "body"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			boolean[] first = { true };
			ReportOutline.write(report, monitor, block -> {
				switch (block) {
				case Heading heading -> heading(document, heading, first[0]);
				case Paragraph paragraph -> document.start(W, "p").run(paragraph.text(), false, false).end(); //$NON-NLS-1$
				case Bullets bullets -> bullets(document, bullets);
				case Table table -> table(document, table);
				case Chart chart -> {
					drawings.charts++;
					chart(document, chart, drawings);
					WordChart.write(zip, chart, drawings.charts);
				}
				case Figure figure -> figure(document, figure, drawings, pictures);
				}
				first[0] = false;
			});
			document.start(W, "sectPr").empty(W, "pgSz", PAGE).empty(W, "pgMar", MARGINS).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			pictures.finish();
		}
		return drawings;
	}

	private static void heading(WordXml document, Heading heading, boolean first) throws IOException {
		document.start(W, "p").start(W, "pPr") //$NON-NLS-1$ //$NON-NLS-2$
				.empty(W, "pStyle", "val", HEADING_IDS[Math.min(heading.level(), HEADING_IDS.length - 1)]); //$NON-NLS-1$ //$NON-NLS-2$
		if (heading.level() == 1 && !first) {
			document.empty(W, "pageBreakBefore"); // each part starts a page, as in the printed reports //$NON-NLS-1$
		}
		document.end().run(heading.text(), false, false).end();
	}

	private static void bullets(WordXml document, Bullets bullets) throws IOException {
		for (Bullet bullet : bullets.items()) {
			document.start(W, "p"); //$NON-NLS-1$
			if (!bullet.marker().isEmpty()) {
				document.start(W, "pPr").empty(W, "ind", "left", HANGING, "hanging", HANGING).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				document.run(bullet.marker(), false, false).start(W, "r").empty(W, "tab").end(); //$NON-NLS-1$ //$NON-NLS-2$
			}
			document.run(bullet.text(), false, false).end();
		}
	}

	private static void table(WordXml document, Table table) throws IOException {
		if (!table.fullCaption().isEmpty()) {
			document.start(W, "p").run(table.fullCaption(), true, false).end(); //$NON-NLS-1$
		}
		int columns = Math.max(1, table.columns());
		// the borders are the table style's; the cells' widths the grid's, which a fixed layout keeps
		document.start(W, "tbl").start(W, "tblPr").empty(W, "tblStyle", "val", TABLE_STYLE).empty(W, "tblW", "w", "5000", "type", "pct") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				.empty(W, "tblLayout", "type", "fixed").end().start(W, "tblGrid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		int[] widths = columnWidths(table, columns);
		for (int width : widths) {
			document.empty(W, "gridCol", "w", Integer.toString(width)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		document.end();
		for (int r = 0; r < table.rows().size(); r++) {
			boolean headerRow = r < table.headerRows();
			document.start(W, "tr").start(W, "trPr").empty(W, "cantSplit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (headerRow) {
				document.empty(W, "tblHeader"); // repeated on every page //$NON-NLS-1$
			}
			document.end();
			List<Cell> cells = table.rows().get(r);
			for (int c = 0; c < columns; c++) {
				cell(document, c < cells.size() ? cells.get(c) : null, headerRow);
			}
			document.end();
		}
		// Word joins adjacent tables; an empty paragraph keeps them apart
		document.end().empty(W, "p"); //$NON-NLS-1$
	}

	/**
	 * Each column's width in twentieths of a point after its longest line, a full-width character counting two
	 * half-widths: columns narrower than an equal share keep their width and the wide ones share the rest in
	 * proportion, as the PDF sets its tables, so that 評価項目 is not wrapped to make room for scores.
	 */
	private static int[] columnWidths(Table table, int columns) {
		int[] natural = new int[columns];
		for (List<Cell> row : table.rows()) {
			for (int c = 0; c < Math.min(columns, row.size()); c++) {
				for (String line : row.get(c).text().split("\n", -1)) { //$NON-NLS-1$
					natural[c] = Math.max(natural[c], halfWidths(line) * HALF_WIDTH + CELL_MARGINS);
				}
			}
		}
		int share = TEXT_WIDTH / columns;
		int narrow = Arrays.stream(natural).filter(width -> width <= share).sum();
		int wide = Arrays.stream(natural).sum() - narrow;
		int[] widths = new int[columns];
		for (int c = 0; c < columns; c++) {
			// without a wide column the table still fills the width, in proportion; a table without rows, in equal parts
			widths[c] = narrow + wide == 0 ? share : wide == 0 ? natural[c] * TEXT_WIDTH / narrow
					: natural[c] <= share ? natural[c] : (int) ((long) natural[c] * (TEXT_WIDTH - narrow) / wide);
		}
		return widths;
	}

	/** A loop, not a stream: it runs for every cell and figure text, and the stream's objects were a tenth of the garbage. */
	static int halfWidths(String line) {
		int halves = 0;
		for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
			int c = line.codePointAt(i);
			halves += c < 0x2E80 || (c >= 0xFF61 && c <= 0xFF9F) ? 1 : 2;
		}
		return halves;
	}

	/** A cell as wide as its column; a row shorter than the table gets empty cells ({@code cell} null) to keep the grid. */
	private static void cell(WordXml document, Cell cell, boolean headerRow) throws IOException {
		document.start(W, "tc"); //$NON-NLS-1$
		if (headerRow) {
			document.start(W, "tcPr").empty(W, "shd", "val", "clear", "color", "auto", "fill", HEADER_FILL).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		}
		document.start(W, "p"); //$NON-NLS-1$
		if (cell != null) {
			if (cell.number()) {
				document.start(W, "pPr").empty(W, "jc", "val", "right").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			document.run(cell.text(), cell.header() || cell.emphasis(), cell.emphasis());
		}
		document.end().end();
	}

	/** The paragraph showing the chart, whose part {@link WordChart} writes. */
	private static void chart(WordXml document, Chart chart, Drawings drawings) throws IOException {
		document.start(W, "p").start(W, "r"); //$NON-NLS-1$ //$NON-NLS-2$
		inline(document, drawings, "Chart", chart.title(), CHART_WIDTH, CHART_FRAME + chart.bars().size() * CHART_ROW, C); //$NON-NLS-1$
		document.empty(C, "chart").attribute("r", R, "id", WordPackage.chartRelationship(drawings.charts)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.end().end().end().end().end().end();
	}

	/**
	 * The figure as Word shapes when its drawing offers them, else its PNG as a picture; as wide as a chart (narrower
	 * figures keep their size), its caption under it. The shapes are Word 2010's: as Word writes them, they are the
	 * choice of readers that know groups of shapes, and the others show the fallback, the figure's caption in
	 * brackets (a PNG of each figure would cost what drawing them as shapes saved: docs/benchmarks.md, issue 51).
	 */
	private static void figure(WordXml document, Figure figure, Drawings drawings, WordPictures pictures) throws IOException {
		double scale = Math.min(1, CHART_WIDTH / (figure.width() * EMU_PER_POINT));
		long width = Math.round(figure.width() * EMU_PER_POINT * scale);
		long height = Math.round(figure.height() * EMU_PER_POINT * scale);
		document.start(W, "p").start(W, "pPr").empty(W, "jc", "val", "center").end().start(W, "r"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		VectorDrawing shapes = figure.drawing().adapt(VectorDrawing.class);
		if (shapes != null) {
			document.start(MC, "AlternateContent").start(MC, "Choice").attribute("", MC, "Requires", "wpg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			inline(document, drawings, "Group", figure.caption(), width, height, WPG); //$NON-NLS-1$
			WordShapes.group(document, shapes, width, height, EMU_PER_POINT * scale, drawings::nextId, drawings.figureTexts);
			document.end().end().end().end().end().start(MC, "Fallback"); //$NON-NLS-1$
			if (!figure.caption().isEmpty()) {
				document.t(FALLBACK_OPEN + figure.caption() + FALLBACK_CLOSE);
			}
			document.end().end();
		} else {
			drawings.pictures++;
			pictures.add(figure);
			String name = "image" + drawings.pictures + ".png"; //$NON-NLS-1$ //$NON-NLS-2$
			inline(document, drawings, "Picture", figure.caption(), width, height, PIC); //$NON-NLS-1$
			document.start(PIC, "pic").start(PIC, "nvPicPr").empty(PIC, "cNvPr", "id", "0", "name", name).empty(PIC, "cNvPicPr").end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
					.start(PIC, "blipFill").empty(A, "blip").attribute("r", R, "embed", WordPackage.pictureRelationship(drawings.pictures)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.start(A, "stretch").empty(A, "fillRect").end().end() //$NON-NLS-1$ //$NON-NLS-2$
					.start(PIC, "spPr").start(A, "xfrm").empty(A, "off", "x", "0", "y", "0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
					.empty(A, "ext", "cx", Long.toString(width), "cy", Long.toString(height)).end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.start(A, "prstGeom").attributes(A, "prst", "rect").empty(A, "avLst").end().end().end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			document.end().end().end().end();
		}
		document.end().end();
		if (!figure.caption().isEmpty()) {
			document.start(W, "p").start(W, "pPr").empty(W, "jc", "val", "center").end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.run(figure.caption(), false, false).end();
		}
	}

	/**
	 * Opens, in the run the caller started, an inline drawing of the given size in EMU, up to the graphic data of kind
	 * {@code uri}, where the caller writes the chart or picture and then closes the four elements.
	 */
	private static void inline(WordXml document, Drawings drawings, String kind, String description, long width, long height, String uri)
			throws IOException {
		String id = Integer.toString(drawings.nextId());
		document.start(W, "drawing") //$NON-NLS-1$
				.start(WP, "inline").attributes(WP, "distT", "0", "distB", "0", "distL", "0", "distR", "0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				.empty(WP, "extent", "cx", Long.toString(width), "cy", Long.toString(height)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.empty(WP, "effectExtent", "l", "0", "t", "0", "r", "0", "b", "0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				.empty(WP, "docPr", "id", id, "name", kind + " " + id, "descr", description) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.empty(WP, "cNvGraphicFramePr") //$NON-NLS-1$
				.start(A, "graphic").start(A, "graphicData").attributes(A, "uri", uri); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Japanese text in the Japanese font and checked as Japanese; Word's own heading styles, the tables' style and
	 * those of the figures' texts.
	 */
	private static void styles(ZipOutputStream zip, WordShapes.TextStyles figureTexts) throws IOException {
		try (WordXml styles = WordXml.part(zip, "word/styles.xml", "w", W, "styles")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			styles.start(W, "docDefaults").start(W, "rPrDefault").start(W, "rPr") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.empty(W, "rFonts", "ascii", JAPANESE_FONT, "hAnsi", JAPANESE_FONT, "eastAsia", JAPANESE_FONT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.empty(W, "lang", "eastAsia", JAPANESE).end().end().empty(W, "pPrDefault").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			styles.start(W, "style").attributes(W, "type", "paragraph", "default", "1", "styleId", "Normal") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
					.empty(W, "name", "val", "Normal").empty(W, "qFormat").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			for (int level = 0; level < HEADING_IDS.length; level++) {
				styles.start(W, "style").attributes(W, "type", "paragraph", "styleId", HEADING_IDS[level]) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						.empty(W, "name", "val", HEADING_NAMES[level]).empty(W, "basedOn", "val", "Normal") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						.empty(W, "next", "val", "Normal").empty(W, "qFormat").start(W, "pPr").empty(W, "keepNext"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				if (level > 0) {
					styles.empty(W, "outlineLvl", "val", Integer.toString(level - 1)); //$NON-NLS-1$ //$NON-NLS-2$
				}
				styles.end().start(W, "rPr").empty(W, "b").empty(W, "sz", "val", Integer.toString(HEADING_SIZES[level])).end().end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			styles.start(W, "style").attributes(W, "type", "table", "styleId", TABLE_STYLE).empty(W, "name", "val", "Report table") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
					.start(W, "tblPr").start(W, "tblBorders"); //$NON-NLS-1$ //$NON-NLS-2$
			for (String side : new String[] { "top", "left", "bottom", "right", "insideH", "insideV" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				styles.empty(W, side, "val", "single", "sz", "4", "space", "0", "color", "auto"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			}
			styles.end().end().end();
			figureTexts.write(styles);
		}
	}
}
