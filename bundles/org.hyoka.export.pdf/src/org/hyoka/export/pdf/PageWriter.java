package org.hyoka.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.hyoka.export.outline.Block.Bar;
import org.hyoka.export.outline.Block.Bullet;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Chart;
import org.hyoka.export.outline.Block.Figure;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.pdf.JapaneseFont;
import org.hyoka.pdf.PdfDrawing;
import org.hyoka.pdf.internal.PageDeflater;
import org.hyoka.pdf.internal.PageOperators;

/**
 * Lays text and tables out on A4 pages in one font: wraps lines at the margin (between any two Japanese characters,
 * at spaces in Latin text, never before closing punctuation), breaks pages, continues table rows on the next page
 * under the repeated header, numbers the pages and bookmarks the headings.
 */
final class PageWriter implements AutoCloseable {

	private static final PDRectangle PAGE = PDRectangle.A4;
	/** 20 mm. */
	private static final float MARGIN = 56.7f;
	private static final float BODY = 10.5f;
	private static final float LEADING = 1.55f;
	private static final float[] HEADING_SIZES = { 20f, 16f, 13f, 11.5f };
	private static final float PADDING = 3f;
	private static final float RULE = 0.5f;
	private static final float HEADER_GRAY = 0.9f;
	/** Characters that must not start a line (kinsoku): they stay at the end of the previous one. */
	/** Brackets that open a phrase: a cell's line breaks before one rather than inside the phrase. */
	private static final String OPENING = "（(「『【〔〈《"; //$NON-NLS-1$
	private static final String NO_LINE_START = "、。，．,.)）」』】〕〉》・：；:;!?！？ー々ゝゞぁぃぅぇぉっゃゅょァィゥェォッャュョ"; //$NON-NLS-1$
	/** Chart colours, those of the HTML chart: blue bars, red for averages below 2.0, grey grid lines. */
	private static final float[] BAR = { 0x4a / 255f, 0x7a / 255f, 0xb5 / 255f };
	private static final float[] LOW_BAR = { 0xc0 / 255f, 0x39 / 255f, 0x2b / 255f };
	private static final float GRID_GRAY = 0.73f;
	private static final float CHART_TEXT = 9f;
	private static final float BAR_HEIGHT = 11f;
	private static final byte[] LINE_WIDTH = PageOperators.operator("w"); //$NON-NLS-1$
	private static final byte[] MOVE_TO = PageOperators.operator("m"); //$NON-NLS-1$
	private static final byte[] LINE_TO = PageOperators.operator("l"); //$NON-NLS-1$
	private static final byte[] RECTANGLE = PageOperators.operator("re"); //$NON-NLS-1$
	private static final byte[] STROKE = PageOperators.operator("S"); //$NON-NLS-1$
	private static final byte[] FILL = PageOperators.operator("f"); //$NON-NLS-1$
	private static final byte[] STROKING_RGB = PageOperators.operator("RG"); //$NON-NLS-1$
	private static final byte[] NON_STROKING_RGB = PageOperators.operator("rg"); //$NON-NLS-1$
	private static final byte[] SAVE = PageOperators.operator("q"); //$NON-NLS-1$
	private static final byte[] RESTORE = PageOperators.operator("Q"); //$NON-NLS-1$
	/** Line breaks in text, compiled once: {@code String.split} compiles such an expression at every call. */
	private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r"); //$NON-NLS-1$
	/** Between the words of a title: spaces, half- or full-width. */
	private static final Pattern WORD_SPACE = Pattern.compile("[ \u3000]+"); //$NON-NLS-1$
	private final PDDocument document;
	private final JapaneseFont font;
	/** Compresses each page's content as the page is done. */
	private final PageDeflater deflater = new PageDeflater();
	private final PDDocumentOutline bookmarks = new PDDocumentOutline();
	/** The page's content: its text, rules, frames, bars and colours written whole, and PDFBox's {@link #content}. */
	private final PageOperators operators = new PageOperators();
	private PDOutlineItem part;
	private PDPage page;
	private PDResources resources;
	/** The font's name in the page's resources. */
	private byte[] fontName;
	/** PDFBox's content stream of the page, for its figures; null until one is drawn. */
	private PDPageContentStream content;
	private float y;

	PageWriter(PDDocument document, TrueTypeFont ttf) throws IOException {
		this.document = document;
		this.font = new JapaneseFont(document, ttf);
		document.getDocumentCatalog().setDocumentOutline(bookmarks);
		try {
			newPage();
		} catch (IOException | RuntimeException e) {
			deflater.close();
			throw e;
		}
	}

	private static float width() {
		return PAGE.getWidth() - 2 * MARGIN;
	}

	private void newPage() throws IOException {
		if (page != null) {
			closePage();
		}
		page = new PDPage(PAGE);
		document.addPage(page);
		// the page's own resources, where figures add their graphics states and images; its content is written to
		// operators and compressed by deflater (PDFBox's stream of a page took the bytes one by one)
		resources = new PDResources();
		page.setResources(resources);
		page.getCOSObject().setItem(COSName.CONTENTS, document.getDocument().createCOSStream());
		fontName = font.name(resources);
		content = null;
		// the footer (finish) starts from the page's first graphics state: PDFBox's resetContext would put this q in a
		// stream of its own, one more object per page to write
		operators.bytes(SAVE);
		y = PAGE.getHeight() - MARGIN;
	}

	/** Ends the page's content and hands it to {@link #deflater}. */
	private void closePage() throws IOException {
		if (content != null) {
			content.close();
		}
		operators.bytes(RESTORE);
		deflater.deflate(page.getCOSObject().getCOSStream(COSName.CONTENTS), operators.take());
	}

	/**
	 * PDFBox's content stream of the page, made for the first figure: most pages have none, and making one took a
	 * fiftieth of a large report's export.
	 */
	private PDPageContentStream content() {
		if (content == null) {
			content = operators.contentStream(document, resources);
			font.onPage(content, operators, fontName);
		}
		return content;
	}

	private boolean pageIsEmpty() {
		return y >= PAGE.getHeight() - MARGIN;
	}

	/** Starts a new page unless the height fits on this one. */
	private void ensure(float height) throws IOException {
		if (y - height < MARGIN && !pageIsEmpty()) {
			newPage();
		}
	}

	void heading(int level, String text) throws IOException {
		float size = HEADING_SIZES[Math.min(level, HEADING_SIZES.length - 1)];
		if (level == 1 && !pageIsEmpty()) {
			newPage();
		}
		List<String> lines = level == 0 ? wrapWords(text, size, width()) : wrap(text, size, width());
		// keep a heading with the first lines of what follows it
		ensure(lines.size() * size * LEADING + 3 * BODY * LEADING);
		y -= level == 0 ? size * 2 : pageIsEmpty() ? 0 : size * 0.8f;
		bookmark(level, text);
		for (String line : lines) {
			y -= size * LEADING;
			float x = level == 0 ? MARGIN + (width() - textWidth(line, size)) / 2 : MARGIN;
			show(line, x, y + size * (LEADING - 1) / 2 + size * 0.2f, size);
		}
		if (level == 1) {
			y -= RULE * 4;
			line(MARGIN, y, MARGIN + width(), y);
		}
		y -= size * 0.4f;
	}

	private void bookmark(int level, String text) {
		if (level > 2) {
			return;
		}
		PDOutlineItem item = new PDOutlineItem();
		item.setTitle(text);
		item.setDestination(page);
		if (level == 2 && part != null) {
			part.addLast(item);
		} else {
			bookmarks.addLast(item);
			if (level == 1) {
				part = item;
			}
		}
	}

	void paragraph(String text) throws IOException {
		lines(wrap(text, BODY, width()), MARGIN);
		y -= BODY * 0.5f;
	}

	/** A line of the title page: centred, as the title is. */
	void centred(String text) throws IOException {
		for (String line : wrap(text, BODY, width())) {
			ensure(BODY * LEADING);
			show(line, MARGIN + (width() - textWidth(line, BODY)) / 2, baseline(), BODY);
			y -= BODY * LEADING;
		}
		y -= BODY * 0.5f;
	}

	void bullets(List<Bullet> items) throws IOException {
		for (Bullet item : items) {
			float indent = item.marker().isEmpty() ? BODY : Math.max(BODY, textWidth(printable(item.marker()), BODY)) + BODY * 0.5f;
			List<String> lines = wrap(item.text(), BODY, width() - indent);
			ensure(BODY * LEADING);
			if (!item.marker().isEmpty()) {
				show(printable(item.marker()), MARGIN, baseline(), BODY);
			}
			lines(lines, MARGIN + indent);
			y -= BODY * 0.3f;
		}
		y -= BODY * 0.3f;
	}

	private float baseline() {
		return y - BODY * LEADING + BODY * (LEADING - 1) / 2 + BODY * 0.2f;
	}

	private void lines(List<String> lines, float x) throws IOException {
		for (String line : lines) {
			ensure(BODY * LEADING);
			show(line, x, baseline(), BODY);
			y -= BODY * LEADING;
		}
	}

	void table(Table table) throws IOException {
		if (table.rows().isEmpty()) {
			return;
		}
		Layout layout = layout(table);
		float size = layout.size();
		float[] columns = layout.columns();
		List<List<List<String>>> wrapped = layout.lines();
		List<String> caption = table.fullCaption().isEmpty() ? List.of() : wrap(table.fullCaption(), BODY, width());
		// the caption and the header rows stay with the first row under them, as far as one page holds them
		// (of a first row longer than a page, which is split anyway, its first line)
		float page = PAGE.getHeight() - 2 * MARGIN;
		float head = caption.size() * BODY * LEADING;
		for (int r = 0; r < Math.min(table.headerRows() + 1, table.rows().size()); r++) {
			float height = tableRowHeight(wrapped.get(r), size);
			head += r < table.headerRows() || height <= page ? height : size * LEADING + 2 * PADDING;
		}
		ensure(Math.min(head, page));
		lines(caption, MARGIN);
		for (int r = 0; r < table.rows().size(); r++) {
			boolean header = r < table.headerRows();
			// a row that fits on a page starts on one; a longer one continues on the next under the header
			float rowHeight = tableRowHeight(wrapped.get(r), size);
			if (y - rowHeight < MARGIN && !pageIsEmpty() && rowHeight <= PAGE.getHeight() - 2 * MARGIN) {
				newPage();
				if (!header) {
					repeatHeader(table, wrapped, columns, size);
				}
			}
			row(table.rows().get(r), wrapped.get(r), columns, header, table, wrapped, size);
		}
		y -= BODY;
	}

	/** How a table is set: its font size, its columns' widths and the lines of each cell of each row. */
	record Layout(float size, float[] columns, List<List<List<String>>> lines) {
	}

	Layout layout(Table table) {
		float size = tableSize(table.columns());
		float[] columns = columnWidths(table, size);
		List<List<List<String>>> wrapped = new ArrayList<>();
		for (List<Cell> row : table.rows()) {
			List<List<String>> cells = new ArrayList<>();
			for (int c = 0; c < columns.length; c++) {
				cells.add(c < row.size() ? wrap(row.get(c).text(), size, inner(columns[c]), true) : List.of());
			}
			wrapped.add(cells);
		}
		return new Layout(size, columns, wrapped);
	}

	/** The room for text in a cell of the column. */
	static float inner(float column) {
		return column - 2 * PADDING;
	}

	private void repeatHeader(Table table, List<List<List<String>>> wrapped, float[] columns, float size) throws IOException {
		for (int h = 0; h < table.headerRows(); h++) {
			row(table.rows().get(h), wrapped.get(h), columns, true, table, wrapped, size);
		}
	}

	private static float tableRowHeight(List<List<String>> cells, float size) {
		return Math.max(1, mostLines(cells)) * size * LEADING + 2 * PADDING;
	}

	/** The lines of the row's tallest cell; a loop, as this runs twice for every row of every table. */
	private static int mostLines(List<List<String>> cells) {
		int most = 0;
		for (List<String> cell : cells) {
			most = Math.max(most, cell.size());
		}
		return most;
	}

	/** Draws one row, continuing it on new pages as long as it has lines. */
	private void row(List<Cell> cells, List<List<String>> lines, float[] columns, boolean header, Table table,
			List<List<List<String>>> wrapped, float size) throws IOException {
		int total = Math.max(1, mostLines(lines));
		int done = 0;
		while (done < total) {
			int fit = (int) Math.floor((y - MARGIN - 2 * PADDING) / (size * LEADING));
			if (fit < 1) {
				newPage();
				if (!header) {
					repeatHeader(table, wrapped, columns, size);
				}
				continue;
			}
			int count = Math.min(fit, total - done);
			float height = count * size * LEADING + 2 * PADDING;
			float x = MARGIN;
			for (int c = 0; c < columns.length; c++) {
				Cell cell = c < cells.size() ? cells.get(c) : null;
				if (header || cell != null && cell.header()) {
					fillColour(HEADER_GRAY, HEADER_GRAY, HEADER_GRAY);
					fill(x, y - height, columns[c], height);
					fillColour(0f, 0f, 0f);
				}
				frame(x, y - height, columns[c], height);
				List<String> cellLines = lines.get(c);
				for (int i = done; i < Math.min(done + count, cellLines.size()); i++) {
					String text = cellLines.get(i);
					float tx = cell != null && cell.number() ? x + columns[c] - PADDING - textWidth(text, size) : x + PADDING;
					float ty = y - PADDING - (i - done + 1) * size * LEADING + size * (LEADING - 1) / 2 + size * 0.2f;
					if (cell != null && cell.emphasis()) {
						// averages below 2.0: red, and underlined for black-and-white print
						fillColour(0.75f, 0f, 0f);
						show(text, tx, ty, size);
						fillColour(0f, 0f, 0f);
						line(tx, ty - 1.5f, tx + textWidth(text, size), ty - 1.5f);
					} else {
						show(text, tx, ty, size);
					}
				}
				x += columns[c];
			}
			y -= height;
			done += count;
		}
	}

	/**
	 * The averages as a horizontal bar chart drawn in vector graphics, kept on one page: the title, the items'
	 * labels (wrapped) right-aligned before their bars, grid lines and ticks on the value axis with its title, each
	 * average at the end of its bar, averages below 2.0 in red.
	 */
	void chart(Chart chart) throws IOException {
		float labelWidth = width() * 0.42f;
		float valueWidth = textWidth("0.0", CHART_TEXT) + 2 * PADDING; //$NON-NLS-1$
		float plotLeft = MARGIN + labelWidth + 2 * PADDING;
		float plotWidth = width() - labelWidth - 2 * PADDING - valueWidth;
		float line = CHART_TEXT * 1.3f;
		List<List<String>> labels = new ArrayList<>();
		float rows = 0;
		for (Bar bar : chart.bars()) {
			List<String> label = wrap(bar.label(), CHART_TEXT, labelWidth);
			labels.add(label);
			rows += rowHeight(label, line);
		}
		ensure(BODY * LEADING + line + rows + 2 * line + BODY);
		lines(wrap(chart.title(), BODY, width()), MARGIN);
		show(printable(chart.categoryTitle()), plotLeft - 2 * PADDING - textWidth(printable(chart.categoryTitle()), CHART_TEXT),
				y - CHART_TEXT, CHART_TEXT);
		y -= line;
		float top = y;
		float bottom = y - rows;
		float span = chart.maximum() - chart.minimum();
		strokeColour(GRID_GRAY, GRID_GRAY, GRID_GRAY);
		for (int tick = chart.minimum(); tick <= chart.maximum(); tick++) {
			float x = plotLeft + (tick - chart.minimum()) / span * plotWidth;
			line(x, top, x, bottom);
		}
		strokeColour(0f, 0f, 0f);
		line(plotLeft, bottom, plotLeft + plotWidth, bottom);
		for (int i = 0; i < chart.bars().size(); i++) {
			Bar bar = chart.bars().get(i);
			List<String> label = labels.get(i);
			float height = rowHeight(label, line);
			float middle = y - height / 2;
			float labelTop = middle + label.size() * line / 2;
			for (int l = 0; l < label.size(); l++) {
				String text = label.get(l);
				show(text, plotLeft - 2 * PADDING - textWidth(text, CHART_TEXT), labelTop - (l + 1) * line + CHART_TEXT * 0.3f, CHART_TEXT);
			}
			if (bar.average() != null) {
				float length = (bar.average().floatValue() - chart.minimum()) / span * plotWidth;
				float[] colour = bar.low() ? LOW_BAR : BAR;
				fillColour(colour[0], colour[1], colour[2]);
				fill(plotLeft, middle - BAR_HEIGHT / 2, length, BAR_HEIGHT);
				fillColour(0f, 0f, 0f);
				show(bar.average().toPlainString(), plotLeft + length + PADDING, middle - CHART_TEXT * 0.35f, CHART_TEXT);
			}
			y -= height;
		}
		for (int tick = chart.minimum(); tick <= chart.maximum(); tick++) {
			String text = Integer.toString(tick);
			float x = plotLeft + (tick - chart.minimum()) / span * plotWidth;
			show(text, x - textWidth(text, CHART_TEXT) / 2, y - line + CHART_TEXT * 0.3f, CHART_TEXT);
		}
		y -= line;
		String valueTitle = printable(chart.valueTitle());
		show(valueTitle, plotLeft + (plotWidth - textWidth(valueTitle, CHART_TEXT)) / 2, y - line + CHART_TEXT * 0.3f, CHART_TEXT);
		y -= line + BODY;
	}

	/**
	 * The figure as wide as the text at most and as high as a page at most, its proportions kept, on the page where it
	 * fits whole, its caption centred under it: in vector graphics when its drawing offers a {@link PdfDrawing}, else
	 * its PNG.
	 */
	void figure(Figure figure) throws IOException {
		PdfDrawing vector = figure.drawing().adapt(PdfDrawing.class);
		List<String> caption = figure.caption().isEmpty() ? List.of() : wrap(figure.caption(), BODY, width());
		float captionHeight = caption.size() * BODY * LEADING;
		float scale = Math.min(1, Math.min(width() / (float) figure.width(),
				(PAGE.getHeight() - 2 * MARGIN - captionHeight - BODY) / (float) figure.height()));
		float w = (float) figure.width() * scale;
		float h = (float) figure.height() * scale;
		ensure(h + captionHeight + BODY);
		y -= BODY * 0.5f;
		float x = MARGIN + (width() - w) / 2;
		PDPageContentStream content = content();
		if (vector != null) {
			// whatever colours and lines the drawing sets end with it
			content.saveGraphicsState();
			vector.draw(content, font, x, y - h, w, h);
			content.restoreGraphicsState();
		} else {
			content.drawImage(PDImageXObject.createFromByteArray(document, figure.png(), figure.id() + ".png"), x, y - h, w, h); //$NON-NLS-1$
		}
		y -= h + BODY * 0.5f;
		for (String line : caption) {
			show(line, MARGIN + (width() - textWidth(line, BODY)) / 2, baseline(), BODY);
			y -= BODY * LEADING;
		}
		y -= BODY * 0.5f;
	}

	private static float rowHeight(List<String> label, float line) {
		return Math.max(BAR_HEIGHT + 2 * PADDING, label.size() * line + PADDING);
	}

	/** The font size of a table: the body's, smaller when it has too many columns for one character in each. */
	private static float tableSize(int columns) {
		return Math.min(BODY, width() / Math.max(1, columns) - 2 * PADDING - 1);
	}

	/**
	 * Each column as wide as its longest line when the table fits; otherwise narrow columns keep their width and
	 * the wide ones share the rest in proportion. Text tables (overview, committee, recommendations) fill the width.
	 * A column keeps room for one character and for its widest number, so that no text overruns its cell and
	 * numbers do not break.
	 */
	private float[] columnWidths(Table table, float size) {
		int n = Math.max(1, table.columns());
		float[] natural = new float[n];
		// what a column cannot be narrower than: one character, or its widest number (numbers do not wrap)
		float[] minimum = new float[n];
		for (List<Cell> row : table.rows()) {
			for (int c = 0; c < row.size(); c++) {
				for (String line : printable(row.get(c).text()).split("\n", -1)) { //$NON-NLS-1$
					float width = textWidth(line, size) + 2 * PADDING + 1;
					natural[c] = Math.max(natural[c], width);
					minimum[c] = Math.max(minimum[c], row.get(c).number() ? width : size + 2 * PADDING + 1);
				}
			}
		}
		float available = width();
		for (int c = 0; c < n; c++) {
			// beside a long text, a short column keeps half an equal share, so its words are not cut into single characters
			minimum[c] = Math.min(Math.max(minimum[c], available / (2 * n)), natural[c]);
		}
		float sum = 0;
		for (float w : natural) {
			sum += w;
		}
		boolean fill = table.kind() == Kind.OVERVIEW || table.kind() == Kind.COMMITTEE || table.kind() == Kind.RECOMMENDATIONS
				|| table.kind() == Kind.DATA;
		if (sum <= available && !fill) {
			return natural;
		}
		float share = available / n;
		float narrow = 0;
		float wide = 0;
		for (float w : natural) {
			if (w <= share) {
				narrow += w;
			} else {
				wide += w;
			}
		}
		float[] widths = new float[n];
		for (int c = 0; c < n; c++) {
			if (sum == 0) {
				widths[c] = share; // a table with nothing in it, as wide as the page in equal parts
			} else if (sum <= available) {
				widths[c] = natural[c] * available / sum;
			} else {
				widths[c] = natural[c] <= share ? natural[c] : natural[c] / wide * (available - narrow);
			}
		}
		return atLeast(widths, minimum);
	}

	/** The widths, each at least its minimum, the room taken from the wider ones in proportion. */
	private static float[] atLeast(float[] widths, float[] minimum) {
		float deficit = 0;
		float surplus = 0;
		for (int c = 0; c < widths.length; c++) {
			deficit += Math.max(0, minimum[c] - widths[c]);
			surplus += Math.max(0, widths[c] - minimum[c]);
		}
		if (deficit == 0 || surplus == 0) {
			return widths;
		}
		float kept = Math.max(0, 1 - deficit / surplus);
		float[] fitted = new float[widths.length];
		for (int c = 0; c < widths.length; c++) {
			fitted[c] = widths[c] <= minimum[c] ? minimum[c] : minimum[c] + (widths[c] - minimum[c]) * kept;
		}
		return fitted;
	}

	/** Breaks the text into lines no wider than the width; line feeds in the text always break. */
	List<String> wrap(String text, float size, float maxWidth) {
		return wrap(text, size, maxWidth, false);
	}

	/**
	 * Breaks the text as {@link #wrap(String, float, float)} does; in a table's cell, whose lines are left ragged, the
	 * last line breaks before a bracket begun on it when all from there fits the next line: 「2021年度」 over
	 * 「（令和3年度）」, not 「2021年度（令和3年」 over 「度）」. A longer text fills its lines as body text does.
	 */
	List<String> wrap(String text, float size, float maxWidth, boolean cell) {
		String printable = printable(text);
		// most text of a report is one paragraph, most table cells one line: no expression, no copy for them
		if (printable.indexOf('\n') < 0 && printable.indexOf('\r') < 0 && fits(printable, size, maxWidth)) {
			return List.of(printable);
		}
		List<String> lines = new ArrayList<>();
		for (String paragraph : LINE_BREAK.split(printable, -1)) {
			if (fits(paragraph, size, maxWidth)) {
				lines.add(paragraph);
				continue;
			}
			StringBuilder line = new StringBuilder();
			float lineWidth = 0;
			int lastSpace = -1;
			int lastOpening = -1;
			for (int i = 0; i < paragraph.length();) {
				int c = paragraph.codePointAt(i);
				i += Character.charCount(c);
				float w = font.charWidth(c) * size;
				if (lineWidth + w > maxWidth && line.length() > 0) {
					// Latin text breaks at its last space; closing punctuation takes the character before it along
					// (kinsoku by pushing out), so that no line reaches past the width
					boolean latin = c != ' ' && lastSpace > 0 && c < 0x2E80;
					boolean phrase = cell && lastOpening > 0
							&& fits(line.substring(lastOpening) + paragraph.substring(i - Character.charCount(c)), size, maxWidth);
					int cut = latin ? lastSpace : phrase ? lastOpening : NO_LINE_START.indexOf(c) >= 0 ? pushedOut(line) : line.length();
					String rest = line.substring(latin ? cut + 1 : cut);
					lines.add(line.substring(0, cut));
					line.setLength(0);
					line.append(rest);
					lineWidth = textWidth(rest, size);
					lastSpace = -1;
					lastOpening = -1;
					if (c == ' ') {
						continue;
					}
				}
				if (c == ' ') {
					lastSpace = line.length();
				}
				if (OPENING.indexOf(c) >= 0) {
					lastOpening = line.length();
				}
				line.appendCodePoint(c);
				lineWidth += w;
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * The title's lines, broken at its spaces only, between its words (事業名, 中間評価, 技術評価報告書（案）), as
	 * reports set their covers: never 「技術評価報告／書（案）」. A word wider than the page wraps as {@link #wrap} does,
	 * and the words after it follow on its last line.
	 */
	List<String> wrapWords(String text, float size, float maxWidth) {
		List<String> lines = new ArrayList<>();
		String line = ""; //$NON-NLS-1$
		for (String word : WORD_SPACE.split(printable(text).strip())) {
			String longer = line.isEmpty() ? word : line + ' ' + word;
			if (!line.isEmpty() && !fits(longer, size, maxWidth)) {
				lines.add(line);
				longer = word;
			}
			List<String> wrapped = wrap(longer, size, maxWidth);
			lines.addAll(wrapped.subList(0, wrapped.size() - 1));
			line = wrapped.get(wrapped.size() - 1);
		}
		lines.add(line);
		return lines;
	}

	/**
	 * Whether the paragraph fits on one line: its width summed as {@link #wrap} sums it, character by character at
	 * the size, since the sum only grows and wrap breaks only once it exceeds the width.
	 */
	private boolean fits(String paragraph, float size, float maxWidth) {
		float lineWidth = 0;
		for (int i = 0; i < paragraph.length();) {
			int c = paragraph.codePointAt(i);
			i += Character.charCount(c);
			lineWidth += font.charWidth(c) * size;
		}
		return lineWidth <= maxWidth;
	}

	/** Where to break a line before closing punctuation: before its last character that may start a line. */
	private static int pushedOut(StringBuilder line) {
		int cut = line.length();
		while (cut > 0) {
			cut = line.offsetByCodePoints(cut, -1);
			if (NO_LINE_START.indexOf(line.codePointAt(cut)) < 0) {
				break;
			}
		}
		// nothing to push out but the first character: break before the new one after all
		return cut == 0 ? line.length() : cut;
	}

	private String printable(String text) {
		return font.printable(text);
	}

	float textWidth(String text, float size) {
		return font.width(text, size);
	}

	private void show(String text, float x, float baseline, float size) throws IOException {
		font.show(operators, fontName, text, x, baseline, size);
	}

	/** A rule from (x1, y1) to (x2, y2). */
	private void line(float x1, float y1, float x2, float y2) {
		operators.operand(RULE).bytes(LINE_WIDTH).operand(x1).operand(y1).bytes(MOVE_TO).operand(x2).operand(y2).bytes(LINE_TO).bytes(STROKE);
	}

	/** A cell's frame: the rectangle stroked with a rule. */
	private void frame(float x, float y, float width, float height) {
		operators.operand(RULE).bytes(LINE_WIDTH).operand(x).operand(y).operand(width).operand(height).bytes(RECTANGLE).bytes(STROKE);
	}

	/** The rectangle filled in the colour set. */
	private void fill(float x, float y, float width, float height) {
		operators.operand(x).operand(y).operand(width).operand(height).bytes(RECTANGLE).bytes(FILL);
	}

	/** The colour of fills and text from now on. */
	private void fillColour(float red, float green, float blue) {
		operators.operand(red).operand(green).operand(blue).bytes(NON_STROKING_RGB);
	}

	/** The colour of rules and frames from now on. */
	private void strokeColour(float red, float green, float blue) {
		operators.operand(red).operand(green).operand(blue).bytes(STROKING_RGB);
	}

	/** Closes the last page and numbers every page: 「3 / 12」 at the foot. */
	void finish() throws IOException {
		closePage();
		deflater.finish();
		int count = document.getNumberOfPages();
		int number = 0;
		// through the page tree's iterator: getPage(i) walks the tree from its root each time
		for (PDPage numbered : document.getPages()) {
			String text = ++number + " / " + count; //$NON-NLS-1$
			float size = BODY * 0.85f;
			font.show(operators, font.name(numbered.getResources()), text, (PAGE.getWidth() - textWidth(text, size)) / 2, MARGIN / 2, size);
			// a stream of its own after the page's (which ends in Q), as PDFBox appends one; uncompressed: a footer takes
			// fewer bytes than a Deflater's setting up
			COSStream footer = document.getDocument().createCOSStream();
			try (OutputStream out = footer.createRawOutputStream()) {
				out.write(operators.take());
			}
			COSArray contents = new COSArray();
			contents.add(numbered.getCOSObject().getItem(COSName.CONTENTS));
			contents.add(footer);
			numbered.getCOSObject().setItem(COSName.CONTENTS, contents);
		}
	}

	/** Ends the compressing thread, also when the pages were not finished. */
	@Override
	public void close() {
		deflater.close();
	}
}
