package org.hyoka.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

/** Operators written whole have the bytes of PDFBox's operators on a page. */
class PageOperatorsTest {

	/** Whole numbers, few decimals, more than five (rounded), negative, zero, tiny and large. */
	private static final List<Float> NUMBERS = List.of(0.5f, 10.5f, 7.1234567f, 12f, -3.25f, 0f, 297.63782f, 0.000004f, 123456.78f);
	/** Colours: PDFBox takes components from 0 to 1. */
	private static final List<Float> COMPONENTS = List.of(0f, 1f, 0.9f, 0.75f, 0.73f, 0x4a / 255f, 0xb5 / 255f);

	@Test
	void pathsAndColoursHaveTheBytesOfPdfboxOperators() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage pdfbox = new PDPage();
			PageOperators operators = new PageOperators();
			try (PDPageContentStream expected = new PDPageContentStream(document, pdfbox, PDPageContentStream.AppendMode.OVERWRITE, false)) {
				for (float a : NUMBERS) {
					for (float b : NUMBERS) {
						expected.setLineWidth(a);
						expected.addRect(a, b, -a, b * 3);
						expected.stroke();
						expected.moveTo(b, a);
						expected.lineTo(a, b);
						expected.fill();
						operators.operand(a).bytes(PageOperators.operator("w")).operand(a).operand(b).operand(-a).operand(b * 3)
								.bytes(PageOperators.operator("re")).bytes(PageOperators.operator("S"));
						operators.operand(b).operand(a).bytes(PageOperators.operator("m")).operand(a).operand(b)
								.bytes(PageOperators.operator("l")).bytes(PageOperators.operator("f"));
					}
				}
				for (float c : COMPONENTS) {
					expected.setNonStrokingColor(c, 1 - c, c / 3);
					expected.setStrokingColor(c / 3, c, 1 - c);
					operators.operand(c).operand(1 - c).operand(c / 3).bytes(PageOperators.operator("rg"));
					operators.operand(c / 3).operand(c).operand(1 - c).bytes(PageOperators.operator("RG"));
				}
			}
			byte[] bytes = contents(pdfbox);
			assertArrayEquals(bytes, operators.take(), () -> new String(bytes, StandardCharsets.ISO_8859_1));
		}
	}

	/** PDFBox formats these through Java's number format or refuses them; on a page they are a mistake. */
	@Test
	void numbersNotForAPageFail() {
		PageOperators operators = new PageOperators();
		assertThrows(IllegalArgumentException.class, () -> operators.operand(1e19f));
		assertThrows(IllegalArgumentException.class, () -> operators.operand(Float.NaN));
		assertThrows(IllegalArgumentException.class, () -> operators.operand(Float.NEGATIVE_INFINITY));
	}

	/** PDFBox's operators and those written whole keep their order; what is taken is not taken again. */
	@Test
	void pdfboxWritesAmongTheOperators() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PageOperators operators = new PageOperators();
			try (PDPageContentStream content = operators.contentStream(document, new PDResources())) {
				content.saveGraphicsState();
				operators.operand(2).bytes(PageOperators.operator("w"));
				content.restoreGraphicsState();
				assertEquals("q\n2 w\nQ\n", new String(operators.take(), StandardCharsets.US_ASCII));
				content.saveGraphicsState();
				assertEquals("q\n", new String(operators.take(), StandardCharsets.US_ASCII));
			}
		}
	}

	private static byte[] contents(PDPage page) throws IOException {
		try (InputStream in = page.getContents()) {
			return in.readAllBytes();
		}
	}
}
