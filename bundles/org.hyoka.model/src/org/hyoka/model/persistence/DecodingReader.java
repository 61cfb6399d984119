package org.hyoka.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly and knows the line and column of the next character, so that a byte
 * sequence that is not valid in the file's encoding is reported at its place instead of being
 * replaced or reported without a location by the XML parser.
 */
final class DecodingReader extends Reader {

	private final InputStream in;
	private final CharsetDecoder decoder;
	private final long maxBytes;
	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
	private long bytesRead;
	private boolean endOfInput;
	private boolean flushed;
	private CoderResult pendingError;
	private int line = 1;
	private int column = 1;

	/** @param maxBytes the most bytes the file may hold; more is a {@link TooLargeException} at the place reached */
	DecodingReader(InputStream in, Charset charset, long maxBytes) {
		this.in = in;
		this.maxBytes = maxBytes;
		this.decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (flushed) {
			return -1; // parsers read again after the end; a flushed decoder must not decode again
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (out.position() == offset) {
			if (pendingError != null) {
				throw new MalformedTextException(line, column, decoder.charset(), badBytes(pendingError.length()));
			}
			CoderResult result = decoder.decode(bytes, out, endOfInput);
			if (result.isError()) {
				pendingError = result; // deliver what was decoded before it first, so the position is exact
			} else if (result.isUnderflow()) {
				if (endOfInput) {
					decoder.flush(out);
					flushed = true;
					if (out.position() == offset) {
						return -1;
					}
				} else {
					fill();
				}
			}
		}
		int count = out.position() - offset;
		advance(buffer, offset, count);
		return count;
	}

	private void fill() throws IOException {
		bytes.compact();
		int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
		if (read < 0) {
			endOfInput = true;
		} else {
			bytesRead += read;
			if (bytesRead > maxBytes) {
				throw new TooLargeException(line, column, maxBytes);
			}
			bytes.position(bytes.position() + read);
		}
		bytes.flip();
	}

	private String badBytes(int length) {
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < length && i < 4 && bytes.position() + i < bytes.limit(); i++) {
			hex.append(String.format("%02X ", bytes.get(bytes.position() + i) & 0xFF));
		}
		return hex.toString().strip();
	}

	// Every character of the file passes here: count the line breaks, and the column only after the last one.
	private void advance(char[] buffer, int offset, int count) {
		int end = offset + count;
		int lastBreak = -1;
		for (int i = offset; i < end; i++) {
			if (buffer[i] == '\n') {
				line++;
				lastBreak = i;
			}
		}
		column = lastBreak < 0 ? column + count : end - lastBreak;
	}

	@Override
	public void close() {
		// the stream is the caller's, who reads the rest of it after the parser is done
	}

	/** Something wrong with the file's bytes, at the line and column reading had reached. */
	abstract static class PlacedException extends IOException {

		private static final long serialVersionUID = 1L;

		final int line;
		final int column;

		PlacedException(String message, int line, int column) {
			super(message + " at line " + line + ", column " + column);
			this.line = line;
			this.column = column;
		}
	}

	/** Bytes that are not text in the file's encoding, at a line and column. */
	static final class MalformedTextException extends PlacedException {

		private static final long serialVersionUID = 1L;

		final String charset;
		final String bytes;

		MalformedTextException(int line, int column, Charset charset, String bytes) {
			super("invalid " + charset.name() + " bytes " + bytes, line, column);
			this.charset = charset.name();
			this.bytes = bytes;
		}
	}

	/** The file holds more bytes than a file may. */
	static final class TooLargeException extends PlacedException {

		private static final long serialVersionUID = 1L;

		final long maxBytes;

		TooLargeException(int line, int column, long maxBytes) {
			super("more than " + maxBytes + " bytes", line, column);
			this.maxBytes = maxBytes;
		}
	}
}
