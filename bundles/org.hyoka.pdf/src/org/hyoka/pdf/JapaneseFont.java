package org.hyoka.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hyoka.pdf.internal.PageOperators;

/**
 * The Japanese font of every PDF Hyoka writes: IPAexGothic (IPA Font License, shipped in this bundle's {@code fonts/}),
 * embedded as the subset a document uses. It measures text, replaces what the font lacks so that nothing fails to
 * print, and shows text the fast way ({@link GlyphRuns}). Every bundle that writes PDF (the PDF report of
 * org.hyoka.export.pdf, the roadmap's figure) uses it, so that the font is shipped once. The methods that take a
 * {@link PageOperators} are for the PDF report's page writer (org.hyoka.export.pdf, a friend of this bundle's
 * internal package) and no API.
 */
public final class JapaneseFont {

	/** IPAexGothic 004.01: TrueType outlines, which PDFBox can subset (CFF-based CJK fonts it cannot). */
	static final String FONT = "/fonts/ipaexg.ttf"; //$NON-NLS-1$
	/** What missing glyphs print as: the geta mark Japanese typesetting uses for a character it lacks. */
	private static final int MISSING = '〓';
	/**
	 * Characters the font lacks and the nearest it has, tried before {@link #MISSING}: the bullets of slides typed in
	 * Western fonts (⚫ is in 51 lines of sample 001).
	 */
	private static final Map<Integer, Integer> SUBSTITUTES = Map.of(0x26AB, (int) '●', 0x26AA, (int) '○', 0x2B24, (int) '●',
			0x2B1B, (int) '■', 0x2B1C, (int) '□', 0x2219, (int) '・');

	private static final byte[] BEGIN_TEXT = PageOperators.operator("BT"); //$NON-NLS-1$
	private static final byte[] SET_FONT = PageOperators.operator("Tf"); //$NON-NLS-1$
	private static final byte[] MOVE_TEXT = PageOperators.operator("Td"); //$NON-NLS-1$
	private static final byte[] END_TEXT = PageOperators.operator("ET"); //$NON-NLS-1$

	private final PDDocument document;
	private final PDType0Font font;
	private final GlyphRuns runs;
	/**
	 * Width per 1 pt of font size of each character of the Basic Multilingual Plane used, by code point; NaN for a
	 * character the font cannot show, negative until measured. An array: a map's boxed keys and values were a
	 * twentieth of a large report's export.
	 */
	private final float[] widths = new float[Character.MAX_VALUE + 1];
	/** As {@link #widths}, for the characters beyond it. */
	private final Map<Integer, Float> supplementaryWidths = new HashMap<>();
	/** PDFBox's content stream of the page the PDF report's page writer lays out, for its figures: {@link #show} writes their text whole. */
	private PDPageContentStream page;
	/** The page's content, where its text objects are written. */
	private PageOperators pageOperators;
	/** The font's name in the page's resources and a space. */
	private byte[] pageFontName;
	/** Whether PDFBox has set the font on a content stream: else it does not subset it. */
	private boolean subsetting;

	/** The font in the document, of which the subset used is embedded; keep {@code ttf} open until the document is saved. */
	public JapaneseFont(PDDocument document, TrueTypeFont ttf) throws IOException {
		this.document = document;
		this.font = PDType0Font.load(document, ttf, true);
		this.runs = new GlyphRuns(font);
		Arrays.fill(widths, -1);
	}

	/** Reads the font file; the caller closes it after saving the document. */
	public static TrueTypeFont load() throws IOException {
		try (InputStream in = JapaneseFont.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IOException("The Japanese font " + FONT + " is missing from bundle org.hyoka.pdf"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return new TTFParser().parse(new RandomAccessReadBuffer(in));
		}
	}

	/**
	 * The text with tabs as spaces and every character the font lacks as its {@linkplain #SUBSTITUTES substitute},
	 * else as 〓, so that nothing fails to print.
	 */
	public String printable(String text) {
		if (isPrintable(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == '\t') {
				out.append(' ');
			} else if (c == '\n' || c == '\r' || !Float.isNaN(charWidth(c))) {
				out.appendCodePoint(c);
			} else {
				Integer substitute = SUBSTITUTES.get(c);
				out.appendCodePoint(substitute != null && !Float.isNaN(charWidth(substitute)) ? substitute : MISSING);
			}
		});
		return out.toString();
	}

	/** Whether {@link #printable} leaves the text as it is, as it does nearly all text. */
	private boolean isPrintable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || Character.isSurrogate(c) || c != '\n' && c != '\r' && Float.isNaN(charWidth(c))) {
				return false;
			}
		}
		return true;
	}

	/** The width of a character at 1 pt; NaN when the font cannot show it. */
	public float charWidth(int c) {
		if (c > Character.MAX_VALUE) {
			return supplementaryWidths.computeIfAbsent(c, this::measure);
		}
		float width = widths[c];
		if (width < 0) {
			width = measure(c);
			widths[c] = width;
		}
		return width;
	}

	private float measure(int c) {
		try {
			return font.getStringWidth(new String(Character.toChars(c))) / 1000;
		} catch (IllegalArgumentException | IOException noGlyph) {
			// PDFBox encodes through the font's cmap and refuses what it lacks (U+FFFD in IPAexGothic)
			return Float.NaN;
		}
	}

	/** The width of {@linkplain #printable printable} text at the size, in points. */
	public float width(String text, float size) {
		float w = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			w += charWidth(c);
			i += Character.charCount(c);
		}
		return w * size;
	}

	/**
	 * Shows {@linkplain #printable printable} text with its baseline starting at (x, baseline). On the page
	 * the PDF report's page writer lays out ({@link #onPage}), the text object is written whole, byte for byte as PDFBox's operators of a page
	 * write it: each of them checks and formats on its own, and setting the font looked up the page's resources and the
	 * font's substitutions every time, a tenth of the showing.
	 */
	public void show(PDPageContentStream content, String text, float x, float baseline, float size) throws IOException {
		if (content == page) {
			show(pageOperators, pageFontName, text, x, baseline, size);
			return;
		}
		if (text.isEmpty()) {
			return;
		}
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, baseline);
		runs.show(content, text);
		content.endText();
	}

	/**
	 * PDFBox's content stream of the page the PDF report's page writer lays out, on which {@link #show} writes text whole into
	 * the page's content, with the font's {@linkplain #name name} there.
	 */
	public void onPage(PDPageContentStream content, PageOperators operators, byte[] fontName) {
		page = content;
		pageOperators = operators;
		pageFontName = fontName;
	}

	/** The font's name in the resources, where it is put if it is not yet, and a space: a text object's operand. */
	public byte[] name(PDResources resources) throws IOException {
		if (!subsetting) {
			// PDFBox subsets the fonts its content streams set and no other (its list of them is not public)
			try (PDPageContentStream nowhere = PageOperators.contentStream(document, resources, OutputStream.nullOutputStream())) {
				nowhere.setFont(font, 1);
			}
			subsetting = true;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resources.add(font).writePDF(out);
		out.write(' ');
		return out.toByteArray();
	}

	/** Writes what PDFBox's operators write for the text: BT, Tf with the font's {@linkplain #name name}, Td, the run's Tj and ET. */
	public void show(PageOperators operators, byte[] fontName, String text, float x, float baseline, float size) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		operators.bytes(BEGIN_TEXT).bytes(fontName).operand(size).bytes(SET_FONT).operand(x).operand(baseline).bytes(MOVE_TEXT)
				.bytes(runs.operator(text)).bytes(END_TEXT);
	}
}
