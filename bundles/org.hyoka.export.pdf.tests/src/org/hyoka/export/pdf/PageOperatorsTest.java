package org.hyoka.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** Operators written whole have the bytes of PDFBox's operators on a page. */
class PageOperatorsTest {

	/** Whole numbers, few decimals, more than five (rounded), negative, zero, tiny and large. */
	private static final List<Float> NUMBERS = List.of(0.5f, 10.5f, 7.1234567f, 12f, -3.25f, 0f, 297.63782f, 0.000004f, 123456.78f);

	@Test
	@SuppressWarnings("deprecation")
	void pathsHaveTheBytesOfPdfboxOperators() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage pdfbox = new PDPage();
			PDPage whole = new PDPage();
			PageOperators operators = new PageOperators();
			try (PDPageContentStream expected = new PDPageContentStream(document, pdfbox, PDPageContentStream.AppendMode.OVERWRITE, false);
					PDPageContentStream written = new PDPageContentStream(document, whole, PDPageContentStream.AppendMode.OVERWRITE, false)) {
				for (float a : NUMBERS) {
					for (float b : NUMBERS) {
						expected.setLineWidth(a);
						expected.addRect(a, b, -a, b * 3);
						expected.stroke();
						expected.moveTo(b, a);
						expected.lineTo(a, b);
						expected.fill();
						written.appendRawCommands(operators.start().operand(a).bytes(PageOperators.operator("w")).operand(a).operand(b)
								.operand(-a).operand(b * 3).bytes(PageOperators.operator("re")).bytes(PageOperators.operator("S")).done());
						written.appendRawCommands(operators.start().operand(b).operand(a).bytes(PageOperators.operator("m")).operand(a)
								.operand(b).bytes(PageOperators.operator("l")).bytes(PageOperators.operator("f")).done());
					}
				}
			}
			byte[] bytes = contents(pdfbox);
			assertArrayEquals(bytes, contents(whole), () -> new String(bytes, StandardCharsets.ISO_8859_1));
		}
	}

	/** PDFBox formats these through Java's number format or refuses them: the caller goes through its operators. */
	@Test
	void numbersPdfboxFormatsOtherwiseLeaveNothingToAppend() {
		PageOperators operators = new PageOperators();
		assertNull(operators.start().operand(1e19f).bytes(PageOperators.operator("w")).done());
		assertNull(operators.start().operand(1).operand(Float.NaN).done());
		assertNull(operators.start().operand(Float.POSITIVE_INFINITY).done());
		assertNotNull(operators.start().operand(1).done(), "start begins anew");
	}

	private static byte[] contents(PDPage page) throws IOException {
		try (InputStream in = page.getContents()) {
			return in.readAllBytes();
		}
	}
}
