package org.hyoka.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The cached runs show text exactly as PDFBox's own showText does, whether shown once or again, and whatever
 * substitution of the font a word holds.
 */
class GlyphRunsTest {

	/**
	 * Japanese, Latin words a ligature could join, spaces between words, at the ends and doubled, an ideographic space
	 * as a word of its own and inside one, digits, a text shown twice.
	 */
	private static final List<String> TEXTS = List.of("技術評価報告書", "office of the first fluid fi ffl", "第1部　事業の概要",
			"研究開発項目 (1) 3.0 / 12", "", "   ", "A B", " a  b ", "語 　 語", "　", "技術評価報告書", "office of the first fluid fi ffl");

	@Test
	void runsShowTheBytesAndTextOfPdfboxShowText() throws IOException {
		try (PDDocument document = new PDDocument(); TrueTypeFont ttf = JapaneseFont.load()) {
			PDType0Font font = PDType0Font.load(document, ttf, true);
			assertTrue(font.getGsubData() != GsubData.NO_DATA_FOUND, "IPAexGothic has substitutions, so the runs apply them");
			GlyphRuns runs = new GlyphRuns(font);
			PDPage pdfbox = page(document, font, null, TEXTS);
			PDPage cached = page(document, font, runs, TEXTS);
			assertArrayEquals(contents(pdfbox), contents(cached));

			ByteArrayOutputStream saved = new ByteArrayOutputStream();
			document.save(saved);
			try (PDDocument read = Loader.loadPDF(saved.toByteArray())) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(1);
				stripper.setEndPage(1);
				String shownByPdfbox = stripper.getText(read);
				stripper.setStartPage(2);
				stripper.setEndPage(2);
				assertEquals(shownByPdfbox, stripper.getText(read));
				assertTrue(shownByPdfbox.contains("第1部　事業の概要"), shownByPdfbox);
			}
		}
	}

	/**
	 * Every glyph sequence that any feature of the font replaces, as characters, alone and inside a word: the runs
	 * skip the substitutions for words that hold none of those PDFBox applies, so they must agree on each.
	 */
	@Test
	void wordsHoldingAnySubstitutionOfTheFontShowAsPdfboxShowsThem() throws IOException {
		try (PDDocument document = new PDDocument(); TrueTypeFont ttf = JapaneseFont.load()) {
			PDType0Font font = PDType0Font.load(document, ttf, true);
			GsubData gsub = font.getGsubData();
			GsubWorker pdfboxWorker = new GsubWorkerFactory().getGsubWorker(font.getCmapLookup(), gsub);
			List<String> words = new ArrayList<>();
			int replacedByPdfbox = 0;
			for (String feature : gsub.getSupportedFeatures()) {
				for (List<Integer> sequence : gsub.getFeature(feature).getAllGlyphIdsForSubstitution()) {
					String word = characters(font.getCmapLookup(), sequence);
					if (word != null) {
						words.add(word);
						words.add("あ" + word + "字");
						if (!pdfboxWorker.applyTransforms(sequence).equals(sequence)) {
							replacedByPdfbox++;
						}
					}
				}
			}
			assertTrue(words.size() > 2000, "the font's substitutions as words: " + words.size());
			assertTrue(replacedByPdfbox > 0, "some of the words hold glyphs that PDFBox replaces");
			List<String> lines = List.of(String.join(" ", words));
			assertArrayEquals(contents(page(document, font, null, lines)), contents(page(document, font, new GlyphRuns(font), lines)));
		}
	}

	/** The glyphs as the characters the cmap maps to them; null when one has none that shows as text. */
	private static String characters(CmapLookup cmap, List<Integer> glyphs) {
		StringBuilder word = new StringBuilder();
		for (int glyph : glyphs) {
			List<Integer> codes = cmap.getCharCodes(glyph);
			int code = codes == null ? -1 : codes.stream().filter(c -> c > ' ' && !Character.isISOControl(c)).findFirst().orElse(-1);
			if (code < 0) {
				return null;
			}
			word.appendCodePoint(code);
		}
		return word.toString();
	}

	/** A page showing every text, through PDFBox's showText when runs is null. */
	private static PDPage page(PDDocument document, PDType0Font font, GlyphRuns runs, List<String> texts) throws IOException {
		PDPage page = new PDPage();
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			float y = 700;
			for (String text : texts) {
				content.beginText();
				content.setFont(font, 12);
				content.newLineAtOffset(50, y -= 20);
				if (runs == null) {
					content.showText(text);
				} else {
					runs.show(content, text);
				}
				content.endText();
			}
		}
		return page;
	}

	private static byte[] contents(PDPage page) throws IOException {
		try (InputStream in = page.getContents()) {
			return in.readAllBytes();
		}
	}
}
