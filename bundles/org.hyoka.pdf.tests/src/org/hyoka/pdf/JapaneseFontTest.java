package org.hyoka.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.hyoka.pdf.internal.PageOperators;
import org.junit.jupiter.api.Test;

/** Text written whole on the laid-out page has the bytes PDFBox's operators write for it. */
class JapaneseFontTest {

	/**
	 * Sizes and positions PDFBox formats differently: whole numbers, few decimals, more than five (rounded), negative,
	 * zero; texts shown again.
	 */
	private static final List<Float> NUMBERS = List.of(10.5f, 8.925f, 7.1234567f, 12f, -3.25f, 0f, 297.63782f, 0.000004f);
	private static final List<String> TEXTS = List.of("技術評価報告書", "3.0", "office fi", "第1部　事業の概要", "3.0");

	@Test
	void textOnTheLaidOutPageHasTheBytesOfPdfboxOperators() throws IOException {
		try (PDDocument document = new PDDocument(); TrueTypeFont ttf = JapaneseFont.load()) {
			JapaneseFont font = new JapaneseFont(document, ttf);
			PDPage pdfbox = page(document, font, false, JapaneseFontTest::showAll);
			PDPage whole = page(document, font, true, JapaneseFontTest::showAll);
			byte[] expected = contents(pdfbox);
			assertArrayEquals(expected, contents(whole), () -> new String(expected, StandardCharsets.ISO_8859_1));
			assertEquals(pdfbox.getResources().getCOSObject().toString(), whole.getResources().getCOSObject().toString());
		}
	}

	/**
	 * On the page, text does not go through PDFBox's text operators, not even the first: they would refuse to begin a
	 * text object inside another.
	 */
	@Test
	void textOnTheLaidOutPageIsWrittenWhole() throws IOException {
		try (PDDocument document = new PDDocument(); TrueTypeFont ttf = JapaneseFont.load()) {
			PDPage page = page(document, new JapaneseFont(document, ttf), true, (font, content) -> {
				font.show(content, "一", 10, 10, 10.5f);
				content.beginText();
				font.show(content, "二", 10, 20, 10.5f);
				content.endText();
			});
			String written = new String(contents(page), StandardCharsets.ISO_8859_1);
			assertEquals(3, written.split("BT\n", -1).length - 1, written);
		}
	}

	/** A position too far for PDFBox's fast formatting is no place on a page: a mistake, which fails. */
	@Test
	void textFarOffTheLaidOutPageFails() throws IOException {
		try (PDDocument document = new PDDocument(); TrueTypeFont ttf = JapaneseFont.load()) {
			assertThrows(IllegalArgumentException.class,
					() -> page(document, new JapaneseFont(document, ttf), true, (font, content) -> font.show(content, "一", 1e19f, 10, 10.5f)));
		}
	}

	/** What a test shows on a page. */
	private interface Shows {
		void on(JapaneseFont font, PDPageContentStream content) throws IOException;
	}

	/** A new page of the document with what is shown on it; laid out: as PageWriter's, whose content the font knows. */
	private static PDPage page(PDDocument document, JapaneseFont font, boolean laidOut, Shows shows) throws IOException {
		PDPage page = new PDPage();
		document.addPage(page);
		if (!laidOut) {
			try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
				shows.on(font, content);
			}
			return page;
		}
		PDResources resources = new PDResources();
		page.setResources(resources);
		PageOperators operators = new PageOperators();
		try (PDPageContentStream content = operators.contentStream(document, resources)) {
			font.onPage(content, operators, font.name(resources));
			shows.on(font, content);
		}
		page.setContents(new PDStream(document, new ByteArrayInputStream(operators.take())));
		return page;
	}

	private static void showAll(JapaneseFont font, PDPageContentStream content) throws IOException {
		for (float size : NUMBERS) {
			for (float position : NUMBERS) {
				for (String text : TEXTS) {
					font.show(content, text, position, -position, size);
				}
			}
		}
	}

	private static byte[] contents(PDPage page) throws IOException {
		try (InputStream in = page.getContents()) {
			return in.readAllBytes();
		}
	}
}
