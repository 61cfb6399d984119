package org.hyoka.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

	/**
	 * Splits before and after each space as PDFBox's {@code StringUtil.tokenizeOnSpace} does, compiled once: it
	 * compiles its expression anew for every string.
	 */
	private static final Pattern WORDS = Pattern.compile("(?<=\\s)|(?=\\s)"); //$NON-NLS-1$

	/** The show-text operator after its string, as PDFBox writes it. */
	private static final byte[] SHOW_TEXT = " Tj\n".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	private final PDType0Font font;
	/** Null when the font has no substitutions: PDFBox then encodes through the cmap alone. */
	private final GsubWorker substitutions;
	/**
	 * The glyph sequences the applied features replace, by their first glyph: a word holding none of them is shown as
	 * the cmap maps it, since each feature replaces only these sequences.
	 */
	private final Map<Integer, List<List<Integer>>> replaced = new HashMap<>();
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
						replaced.computeIfAbsent(sequence.get(0), first -> new ArrayList<>()).add(sequence);
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
	private byte[] operator(String text) throws IOException {
		byte[] operator = runs.get(text);
		if (operator == null) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			COSWriter.writeString(substitutions == null ? font.encode(text) : substituted(text), out);
			out.write(SHOW_TEXT);
			operator = out.toByteArray();
			if (font.willBeSubset()) {
				text.codePoints().forEach(font::addToSubset);
			}
			runs.put(text, operator);
		}
		return operator;
	}

	/** As PDFBox does it: spaces through the cmap, each word between them through the substitutions. */
	private byte[] substituted(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(2 * text.length());
		Set<Integer> glyphs = new HashSet<>();
		for (String word : WORDS.split(text)) {
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
			for (int id : holdsReplaced(ids) ? substitutions.applyTransforms(ids) : ids) {
				glyphs.add(id);
				out.write(font.encodeGlyphId(id));
			}
		}
		if (font.willBeSubset()) {
			font.addGlyphsToSubset(glyphs);
		}
		return out.toByteArray();
	}

	/** Whether the glyphs hold a sequence some applied feature replaces: else no feature changes them. */
	private boolean holdsReplaced(List<Integer> ids) {
		for (int i = 0; i < ids.size(); i++) {
			for (List<Integer> sequence : replaced.getOrDefault(ids.get(i), List.of())) {
				if (i + sequence.size() <= ids.size() && ids.subList(i, i + sequence.size()).equals(sequence)) {
					return true;
				}
			}
		}
		return false;
	}
}
