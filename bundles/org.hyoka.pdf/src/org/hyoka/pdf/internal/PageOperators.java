package org.hyoka.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * The content of the page being laid out, in memory: operators written whole, byte for byte as PDFBox's
 * {@code PDPageContentStream} of a page writes them, and PDFBox's own ({@link #contentStream}) in between. Each of
 * PDFBox's operators checks its state and writes its operands on its own, and its stream of a page takes the bytes one
 * by one; a large report's pages hold millions of operators. Numbers are formatted by PDFBox's own
 * {@link NumberFormatUtil} at the five decimals of a page.
 */
public final class PageOperators {

	/** The decimals PDFBox's {@code PDPageContentStream} of a page writes numbers with. */
	private static final int PAGE_DECIMALS = 5;

	private final Content out = new Content();
	private final byte[] number = new byte[32];

	/** An operator as PDFBox writes it: its name and a line feed. */
	public static byte[] operator(String name) {
		return (name + '\n').getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * PDFBox's content stream writing here, with the resources, for the operators not written whole. Its numbers have
	 * four decimals (those of a page's five it sets only on its own streams): a ten-thousandth of a point.
	 */
	public PDPageContentStream contentStream(PDDocument document, PDResources resources) {
		return contentStream(document, resources, out);
	}

	/** PDFBox's content stream writing to the stream, with the resources. */
	public static PDPageContentStream contentStream(PDDocument document, PDResources resources, OutputStream out) {
		PDAppearanceStream holder = new PDAppearanceStream(new COSStream());
		holder.setResources(resources);
		return new PDPageContentStream(document, holder, out);
	}

	/**
	 * The number and a space, as PDFBox writes an operand; a number it cannot format so is no place on a page (a
	 * mistake of ours) and fails.
	 */
	public PageOperators operand(float value) {
		int length = Float.isFinite(value) ? NumberFormatUtil.formatFloatFast(value, PAGE_DECIMALS, number) : -1;
		if (length < 0) {
			throw new IllegalArgumentException(value + " is not a number to write on a PDF page"); //$NON-NLS-1$
		}
		out.write(number, 0, length);
		out.write(' ');
		return this;
	}

	/** Bytes as they are: an {@linkplain #operator operator}, a name operand, a shown run. */
	public PageOperators bytes(byte[] bytes) {
		out.writeBytes(bytes);
		return this;
	}

	/** What was written since the last time, and starts anew. */
	public byte[] take() {
		byte[] written = out.toByteArray();
		out.reset();
		return written;
	}

	/**
	 * A {@link ByteArrayOutputStream} whose writes take no lock: its own are synchronized, and a page takes thousands of
	 * them, a twentieth of a large report's export.
	 */
	private static final class Content extends ByteArrayOutputStream {

		/** About the content of a page of a report. */
		Content() {
			super(1 << 14);
		}

		@Override
		public void write(int b) {
			room(1);
			buf[count++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			Objects.checkFromIndexSize(off, len, b.length);
			room(len);
			System.arraycopy(b, off, buf, count, len);
			count += len;
		}

		@Override
		public void writeBytes(byte[] b) {
			write(b, 0, b.length);
		}

		private void room(int more) {
			if (count + more > buf.length) {
				buf = Arrays.copyOf(buf, Math.max(2 * buf.length, count + more));
			}
		}
	}
}
