package org.hyoka.export.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * Operators of a page's content put together to be appended in one piece, byte for byte as PDFBox's
 * {@code PDPageContentStream} of a page writes them: each of its operators checks its state and writes its operands
 * on its own, and a large report's pages hold millions of them. Numbers are formatted by PDFBox's own
 * {@link NumberFormatUtil} at the five decimals of a page; where it cannot format one so, {@link #done} is null and
 * the caller goes through PDFBox's operators.
 */
final class PageOperators {

	/** The decimals PDFBox's {@code PDPageContentStream} of a page writes numbers with. */
	private static final int PAGE_DECIMALS = 5;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);
	private final byte[] number = new byte[32];
	private boolean formatted;

	/** An operator as PDFBox writes it: its name and a line feed. */
	static byte[] operator(String name) {
		return (name + '\n').getBytes(StandardCharsets.US_ASCII);
	}

	/** Starts the next operators. */
	PageOperators start() {
		out.reset();
		formatted = true;
		return this;
	}

	/** The number and a space, as PDFBox writes an operand. */
	PageOperators operand(float value) {
		int length = Float.isFinite(value) ? NumberFormatUtil.formatFloatFast(value, PAGE_DECIMALS, number) : -1;
		if (length < 0) {
			formatted = false;
		} else {
			out.write(number, 0, length);
			out.write(' ');
		}
		return this;
	}

	/** Bytes as they are: an {@linkplain #operator operator}, a name operand, a shown run. */
	PageOperators bytes(byte[] bytes) {
		out.writeBytes(bytes);
		return this;
	}

	/** The operators since {@link #start}; null when a number is not formatted as PDFBox would. */
	byte[] done() {
		return formatted ? out.toByteArray() : null;
	}
}
