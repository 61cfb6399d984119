package org.hyoka.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.gsub.GsubWorkerForLatin;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bytes that show a text run in one font, its glyph substitutions (GSUB) applied as PDFBox's
 * {@code showText} applies them, kept per run for the runs shown again. PDFBox compiles the font's substitution rules
 * into regular expressions anew for every string it shows, which was most of the time of a large report: there, the
 * same labels, headings and words come back thousands of times, and most words hold no glyph that any rule replaces.
 * Of IPAexGothic's twenty features PDFBox applies three (those of Latin script); the glyphs the other seventeen
 * replace (full- and half-width forms, vertical forms, old kanji shapes) cover nearly every word, so a word goes
 * through the substitutions only when it holds a whole sequence that one of the applied features replaces: in a report,
 * almost never (a kana with a combining semi-voiced mark does).
 */
final class GlyphRuns {

	/** Runs kept: the labels and phrases that repeat in a report, bounded for a report of any size. */
	private static final int KEPT = 8192;

	/**
	 * The features {@code GsubWorkerForLatin} applies, in its order; its test compares every substitution of the font
	 * with PDFBox's, so that a PDFBox applying others fails it.
	 */
	private static final List<String> LATIN_FEATURES = List.of("ccmp", "liga", "clig"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** The show-text operator after its string, as PDFBox writes it. */
	private static final byte[] SHOW_TEXT = " Tj\n".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	private final PDType0Font font;
	/** Null when the font has no substitutions: PDFBox then encodes through the cmap alone. */
	private final GsubWorker substitutions;
	/**
	 * The glyph sequences the applied features replace, by their first glyph: a word holding none of them is shown as
	 * the cmap maps it, since each feature replaces only these sequences.
	 */
	private final Map<Integer, List<int[]>> replaced = new HashMap<>();
	/** The glyph of each character of the Basic Multilingual Plane met, by code point; 0 until looked up. */
	private final int[] glyphs = new int[Character.MAX_VALUE + 1];
	/** The characters of the Basic Multilingual Plane already added to the font's subset. */
	private final BitSet inSubset = new BitSet();
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
			// another worker (another script's font) may apply any feature
			Collection<String> applied = substitutions instanceof GsubWorkerForLatin ? LATIN_FEATURES : gsub.getSupportedFeatures();
			for (String feature : applied) {
				if (gsub.isFeatureSupported(feature)) {
					for (List<Integer> sequence : gsub.getFeature(feature).getAllGlyphIdsForSubstitution()) {
						replaced.computeIfAbsent(sequence.get(0), first -> new ArrayList<>())
								.add(sequence.stream().mapToInt(Integer::intValue).toArray());
					}
				}
			}
		}
	}

	/**
	 * Shows the text in this font, which the content stream has set, as its {@code showText} would. PDFBox offers no
	 * other way to show bytes already encoded than its raw commands, deprecated because they skip its checks.
	 */
	@SuppressWarnings("deprecation")
	void show(PDPageContentStream content, String text) throws IOException {
		content.appendRawCommands(operator(text));
	}

	/**
	 * The run's show-text operator, kept whole: writing its string took a fifth of the showing; the first time,
	 * its glyphs and characters join the font's subset.
	 */
	byte[] operator(String text) throws IOException {
		byte[] operator = runs.get(text);
		if (operator == null) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			COSWriter.writeString(substitutions == null ? font.encode(text) : substituted(text), out);
			out.write(SHOW_TEXT);
			operator = out.toByteArray();
			if (font.willBeSubset()) {
				addToSubset(text);
			}
			runs.put(text, operator);
		}
		return operator;
	}

	/** Adds the text's characters to the font's subset, each once: PDFBox boxes every one into its set. */
	private void addToSubset(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (c > Character.MAX_VALUE) {
				font.addToSubset(c);
			} else if (!inSubset.get(c)) {
				inSubset.set(c);
				font.addToSubset(c);
			}
		}
	}

	/**
	 * As PDFBox does it: the text split before and after each whitespace character of its expression, a token of one
	 * whitespace character through the cmap, each other through the substitutions. A loop rather than PDFBox's
	 * expression: this runs for every new run, and the JIT compiled the expression's matching into it three times.
	 */
	private byte[] substituted(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(2 * text.length());
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isSpace(text.charAt(i))) {
				token(text, start, i, out);
				token(text, i, i + 1, out);
				start = i + 1;
			}
		}
		token(text, start, text.length(), out);
		return out.toByteArray();
	}

	/** The whitespace characters of {@code \\s} in PDFBox's expression (Java's, without Unicode classes). */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	private void token(String text, int start, int end, ByteArrayOutputStream out) throws IOException {
		if (end - start == 1 && Character.isWhitespace(text.charAt(start))) {
			out.write(font.encode(text.substring(start, end)));
			return;
		}
		int[] ids = new int[end - start];
		int count = 0;
		for (int i = start; i < end;) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			ids[count++] = glyph(c);
		}
		if (!holdsReplaced(ids, count)) {
			for (int k = 0; k < count; k++) {
				out.write(font.encodeGlyphId(ids[k]));
			}
			return;
		}
		List<Integer> replacedIds = substitutions.applyTransforms(Arrays.stream(ids, 0, count).boxed().toList());
		for (int id : replacedIds) {
			out.write(font.encodeGlyphId(id));
		}
		// the glyphs of the characters join the subset with them (operator); those that replace them do not
		if (font.willBeSubset()) {
			font.addGlyphsToSubset(new HashSet<>(replacedIds));
		}
	}

	/** The glyph the cmap maps the character to, kept for the Basic Multilingual Plane. */
	private int glyph(int c) {
		int id = c <= Character.MAX_VALUE ? glyphs[c] : 0;
		if (id == 0) {
			id = font.getCmapLookup().getGlyphId(c);
			if (id == 0) {
				// JapaneseFont.printable replaces what the font lacks, so this is a mistake of ours
				throw new IllegalStateException("no glyph for U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " in " + font.getName()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (c <= Character.MAX_VALUE) {
				glyphs[c] = id;
			}
		}
		return id;
	}

	/** Whether the glyphs hold a sequence some applied feature replaces: else no feature changes them. */
	private boolean holdsReplaced(int[] ids, int count) {
		for (int i = 0; i < count; i++) {
			for (int[] sequence : replaced.getOrDefault(ids[i], List.of())) {
				if (i + sequence.length <= count && Arrays.equals(ids, i, i + sequence.length, sequence, 0, sequence.length)) {
					return true;
				}
			}
		}
		return false;
	}
}
