package org.hyoka.scoresheets.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.scoresheets.ImportPlan.Conflict;

/**
 * Reads {@code project,item,evaluator,score,comment} (RFC 4180, UTF-8 with or without a byte order mark) one line
 * at a time, within limits of size, lines and fields. Every field is plain text: nothing is evaluated, a leading
 * {@code =} is just a character.
 */
public final class CsvReader {

	public static final List<String> HEADER = List.of("project", "item", "evaluator", "score", "comment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private CsvReader() {
	}

	/** 16 MB, 100,000 lines, 10,000 characters a field, 100 fields a line: far more than any committee's scores. */
	static final long MAX_BYTES = 16L << 20;
	static final int MAX_LINES = 100_000;
	static final int MAX_FIELD = 10_000;
	static final int MAX_FIELDS = 100;

	public static void read(Path file, String name, List<Entry> entries, List<Conflict> conflicts) throws IOException {
		if (Files.size(file) > MAX_BYTES) {
			conflicts.add(new Conflict(name, Messages.format("csv.tooLarge", MAX_BYTES >> 20))); //$NON-NLS-1$
			return;
		}
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		List<Entry> read = new ArrayList<>(); // all of a file or nothing, as before a limit is reached
		try (Records records = new Records(new InputStreamReader(Files.newInputStream(file), strict))) {
			Record first = records.next();
			if (first == null || !header(first.fields())) {
				conflicts.add(new Conflict(name + ":1", Messages.format("csv.header", String.join(",", HEADER)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return;
			}
			for (Record record = records.next(); record != null; record = records.next()) {
				entry(record, name, read, conflicts);
			}
		} catch (CharacterCodingException e) {
			conflicts.add(new Conflict(name, Messages.format("csv.notUtf8"))); //$NON-NLS-1$
			return;
		} catch (LimitException e) {
			conflicts.add(new Conflict(name + ":" + e.line, e.getMessage())); //$NON-NLS-1$
			return;
		}
		entries.addAll(read);
	}

	private static void entry(Record record, String name, List<Entry> entries, List<Conflict> conflicts) {
		List<String> fields = record.fields();
		String source = name + ":" + record.line(); //$NON-NLS-1$
		if (fields.size() == 1 && fields.get(0).isBlank()) {
			return;
		}
		if (fields.size() != HEADER.size() && fields.size() != HEADER.size() - 1) {
			conflicts.add(new Conflict(source, Messages.format("csv.fields", fields.size(), HEADER.size()))); //$NON-NLS-1$
			return;
		}
		String score = fields.get(3).isBlank() ? null : fields.get(3);
		String comment = fields.size() == HEADER.size() ? fields.get(4) : ""; //$NON-NLS-1$
		entries.add(new Entry(fields.get(0).strip(), source, fields.get(1).strip(), fields.get(2).strip(), source, score, false, comment,
				source));
	}

	private static boolean header(List<String> fields) {
		return fields.stream().map(field -> field.strip().toLowerCase(java.util.Locale.ROOT)).toList().equals(HEADER);
	}

	private record Record(int line, List<String> fields) {
	}

	/** A limit crossed, at a line; the message says which. */
	private static final class LimitException extends IOException {

		private static final long serialVersionUID = 1L;

		final int line;

		LimitException(int line, String message) {
			super(message);
			this.line = line;
		}
	}

	/**
	 * RFC 4180 records read one at a time, each with the line it starts on; quoted fields may hold commas, quotes and
	 * line breaks. A byte order mark at the start is skipped.
	 */
	private static final class Records implements AutoCloseable {

		private final PushbackReader in;
		private int line = 1;
		private int records;
		private long characters;

		Records(Reader reader) throws IOException {
			in = new PushbackReader(new BufferedReader(reader), 1);
			int first = in.read();
			if (first >= 0 && first != '\uFEFF') {
				in.unread(first);
			}
		}

		/** The next record, or null at the end. */
		Record next() throws IOException {
			int c = read();
			if (c < 0) {
				return null;
			}
			if (++records > MAX_LINES) {
				throw new LimitException(line, Messages.format("csv.tooManyRows", MAX_LINES)); //$NON-NLS-1$
			}
			int start = line;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (; c >= 0; c = read()) {
				if (field.length() > MAX_FIELD) {
					throw new LimitException(start, Messages.format("csv.fieldTooLong", MAX_FIELD)); //$NON-NLS-1$
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

		private static void add(List<String> fields, StringBuilder field, int line) throws LimitException {
			if (fields.size() == MAX_FIELDS) {
				throw new LimitException(line, Messages.format("csv.fields", MAX_FIELDS + 1, HEADER.size())); //$NON-NLS-1$
			}
			fields.add(field.toString());
			field.setLength(0);
		}

		private int read() throws IOException {
			int c = in.read();
			if (c >= 0 && ++characters > MAX_BYTES) { // the file grew after its size was checked
				throw new LimitException(line, Messages.format("csv.tooLarge", MAX_BYTES >> 20)); //$NON-NLS-1$
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
}
