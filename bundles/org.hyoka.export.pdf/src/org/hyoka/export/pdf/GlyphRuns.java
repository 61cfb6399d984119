package org.hyoka.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.StringUtil;

/**
 * The bytes that show a text run in one font, its glyph substitutions (GSUB) applied as PDFBox's
 * {@code showText} applies them, kept per run for the runs shown again. PDFBox compiles the font's substitution rules
 * into regular expressions anew for every string it shows, which was most of the time of a large report: there, the
 * same labels, headings and words come back thousands of times, and most words hold no glyph that any rule replaces.
 */
final class GlyphRuns {

	/** Runs kept: the labels and phrases that repeat in a report, bounded for a report of any size. */
	private static final int KEPT = 8192;

	/** The show-text operator after its string, as PDFBox writes it. */
	private static final byte[] SHOW_TEXT = " Tj\n".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	private final PDType0Font font;
	/** Null when the font has no substitutions: PDFBox then encodes through the cmap alone. */
	private final GsubWorker substitutions;
	/** The glyphs that start or take part in any substitution: a word without them is shown as the cmap maps it. */
	private final Set<Integer> substitutable = new HashSet<>();
	private final Map<String, byte[]> runs = new LinkedHashMap<>(KEPT, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > KEPT;
		}
	};

	GlyphRuns(PDType0Font font) {
		this.font = font;
		GsubData gsub = font.getGsubData();
		substitutions = gsub == GsubData.NO_DATA_FOUND ? null : new GsubWorkerFactory().getGsubWorker(font.getCmapLookup(), gsub);
		if (substitutions != null) {
			for (String feature : gsub.getSupportedFeatures()) {
				gsub.getFeature(feature).getAllGlyphIdsForSubstitution().forEach(substitutable::addAll);
			}
		}
	}

	/**
	 * Shows the text in this font, which the content stream has set, as its {@code showText} would. PDFBox offers no
	 * other way to show bytes already encoded than its raw commands, deprecated because they skip its checks.
	 */
	@SuppressWarnings("deprecation")
	void show(PDPageContentStream content, String text) throws IOException {
		ByteArrayOutputStream operator = new ByteArrayOutputStream();
		COSWriter.writeString(encode(text), operator);
		operator.write(SHOW_TEXT);
		content.appendRawCommands(operator.toByteArray());
	}

	/** The run's bytes for a show-text operator; the first time, its glyphs and characters join the font's subset. */
	private byte[] encode(String text) throws IOException {
		byte[] bytes = runs.get(text);
		if (bytes == null) {
			bytes = substitutions == null ? font.encode(text) : substituted(text);
			if (font.willBeSubset()) {
				text.codePoints().forEach(font::addToSubset);
			}
			runs.put(text, bytes);
		}
		return bytes;
	}

	/** As PDFBox does it: spaces through the cmap, each word between them through the substitutions. */
	private byte[] substituted(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(2 * text.length());
		Set<Integer> glyphs = new HashSet<>();
		for (String word : StringUtil.tokenizeOnSpace(text)) {
			if (word.length() == 1 && Character.isWhitespace(word.charAt(0))) {
				out.write(font.encode(word));
				continue;
			}
			List<Integer> ids = new ArrayList<>(word.length());
			for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
				int id = font.getCmapLookup().getGlyphId(word.codePointAt(i));
				if (id == 0) {
					// PageWriter.printable replaces what the font lacks, so this is a mistake of ours
					throw new IllegalStateException("no glyph for U+" + Integer.toHexString(word.codePointAt(i)).toUpperCase(Locale.ROOT) //$NON-NLS-1$
							+ " in " + font.getName()); //$NON-NLS-1$
				}
				ids.add(id);
			}
			for (int id : ids.stream().anyMatch(substitutable::contains) ? substitutions.applyTransforms(ids) : ids) {
				glyphs.add(id);
				out.write(font.encodeGlyphId(id));
			}
		}
		if (font.willBeSubset()) {
			font.addGlyphsToSubset(glyphs);
		}
		return out.toByteArray();
	}
}
