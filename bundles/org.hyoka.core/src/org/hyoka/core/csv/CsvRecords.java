package org.hyoka.core.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated text as RFC 4180 records, one at a time, for the files users give the workbench (filled
 * score sheets, committee lists): quoted fields may hold commas, quotes and line breaks, each record knows the line
 * it starts on, and a file is read within {@link Limits}. Every field is plain text: nothing is evaluated, a leading
 * {@code =} is just a character.
 */
public final class CsvRecords implements Closeable {

	/** One record: the line it starts on (from 1) and its fields. */
	public record Record(int line, List<String> fields) {

		/** Whether the record is an empty line. */
		public boolean blank() {
			return fields.size() == 1 && fields.get(0).isBlank();
		}
	}

	/** Bounds on one file: characters in all, records, characters in a field, fields in a record. */
	public record Limits(long characters, int records, int fieldLength, int fields) {

		/** No bounds, for text already in memory. */
		public static final Limits NONE = new Limits(Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
	}

	/** A limit crossed: which, its value, and the line where reading stopped. */
	public static final class LimitException extends IOException {

		private static final long serialVersionUID = 1L;

		/** The limit crossed, as in {@link Limits}. */
		public enum Kind {
			CHARACTERS, RECORDS, FIELD_LENGTH, FIELDS
		}

		private final Kind kind;
		private final long limit;
		private final int line;

		LimitException(Kind kind, long limit, int line) {
			super(kind + " > " + limit + " at line " + line); //$NON-NLS-1$ //$NON-NLS-2$
			this.kind = kind;
			this.limit = limit;
			this.line = line;
		}

		public Kind kind() {
			return kind;
		}

		public long limit() {
			return limit;
		}

		public int line() {
			return line;
		}
	}

	private final PushbackReader in;
	private final Limits limits;
	private int line = 1;
	private int records;
	private long characters;

	private CsvRecords(Reader reader, Limits limits) throws IOException {
		this.in = new PushbackReader(new BufferedReader(reader), 1);
		this.limits = limits;
		int first = in.read();
		if (first >= 0 && first != '\uFEFF') {
			in.unread(first);
		}
	}

	/**
	 * The records of a UTF-8 file (with or without a byte order mark), read as they are asked for.
	 *
	 * @throws LimitException at once when the file has more bytes than the limit allows characters
	 */
	public static CsvRecords open(Path file, Limits limits) throws IOException {
		if (Files.size(file) > limits.characters()) {
			throw new LimitException(LimitException.Kind.CHARACTERS, limits.characters(), 1);
		}
		return new CsvRecords(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), limits);
	}

	/** The records of text already read. */
	public static List<Record> parse(String text) {
		try (CsvRecords records = new CsvRecords(new StringReader(text), Limits.NONE)) {
			return records.rest();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a string has no I/O and no limit here
		}
	}

	/**
	 * All records of a small UTF-8 file, such as a committee list.
	 *
	 * @throws java.nio.charset.CharacterCodingException when the file is not UTF-8
	 * @throws LimitException when a limit is crossed
	 */
	public static List<Record> readAll(Path file, Limits limits) throws IOException {
		try (CsvRecords records = open(file, limits)) {
			return records.rest();
		}
	}

	private List<Record> rest() throws IOException {
		List<Record> all = new ArrayList<>();
		for (Record record = next(); record != null; record = next()) {
			all.add(record);
		}
		return all;
	}

	/**
	 * The next record, or null at the end.
	 *
	 * @throws java.nio.charset.CharacterCodingException when the file is not UTF-8
	 * @throws LimitException when a limit is crossed
	 */
	public Record next() throws IOException {
		int c = read();
		if (c < 0) {
			return null;
		}
		if (++records > limits.records()) {
			throw new LimitException(LimitException.Kind.RECORDS, limits.records(), line);
		}
		int start = line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (; c >= 0; c = read()) {
			if (field.length() > limits.fieldLength()) {
				throw new LimitException(LimitException.Kind.FIELD_LENGTH, limits.fieldLength(), start);
			}
			if (quoted) {
				if (c == '"' && peek('"')) {
					field.append('"');
				} else if (c == '"') {
					quoted = false;
				} else {
					line += c == '\n' ? 1 : 0;
					field.append((char) c);
				}
			} else if (c == '"' && field.isEmpty()) {
				quoted = true;
			} else if (c == ',') {
				add(fields, field, start);
			} else if (c == '\r' || c == '\n') {
				if (c == '\r') {
					peek('\n');
				}
				line++;
				break;
			} else {
				field.append((char) c);
			}
		}
		add(fields, field, start);
		return new Record(start, List.copyOf(fields));
	}

	private void add(List<String> fields, StringBuilder field, int at) throws LimitException {
		if (fields.size() == limits.fields()) {
			throw new LimitException(LimitException.Kind.FIELDS, limits.fields(), at);
		}
		fields.add(field.toString());
		field.setLength(0);
	}

	private int read() throws IOException {
		int c = in.read();
		if (c >= 0 && ++characters > limits.characters()) { // the file grew after its size was checked
			throw new LimitException(LimitException.Kind.CHARACTERS, limits.characters(), line);
		}
		return c;
	}

	/** Consumes the next character if it is the one expected. */
	private boolean peek(char expected) throws IOException {
		int c = in.read();
		if (c == expected) {
			characters++;
			return true;
		}
		if (c >= 0) {
			in.unread(c);
		}
		return false;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
