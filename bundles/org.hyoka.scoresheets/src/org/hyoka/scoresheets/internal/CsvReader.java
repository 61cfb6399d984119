package org.hyoka.scoresheets.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.core.csv.CsvRecords;
import org.hyoka.core.csv.CsvRecords.LimitException;
import org.hyoka.core.csv.CsvRecords.Limits;
import org.hyoka.core.csv.CsvRecords.Record;
import org.hyoka.scoresheets.ImportPlan.Conflict;

/**
 * Reads {@code project,item,evaluator,score,comment} (RFC 4180, UTF-8 with or without a byte order mark) one line
 * at a time, within limits of size, lines and fields. Every field is plain text: nothing is evaluated, a leading
 * {@code =} is just a character.
 */
public final class CsvReader {

	public static final List<String> HEADER = List.of("project", "item", "evaluator", "score", "comment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** 16 MB, 100,000 lines, 10,000 characters a field, 100 fields a line: far more than any committee's scores. */
	static final long MAX_BYTES = 16L << 20;
	static final int MAX_LINES = 100_000;
	static final int MAX_FIELD = 10_000;
	static final int MAX_FIELDS = 100;
	private static final Limits LIMITS = new Limits(MAX_BYTES, MAX_LINES, MAX_FIELD, MAX_FIELDS);

	private CsvReader() {
	}

	public static void read(Path file, String name, List<Entry> entries, List<Conflict> conflicts) throws IOException {
		List<Entry> read = new ArrayList<>(); // all of a file or nothing, as before a limit is reached
		try (CsvRecords records = CsvRecords.open(file, LIMITS)) {
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
			conflicts.add(new Conflict(e.kind() == LimitException.Kind.CHARACTERS && e.line() == 1 ? name : name + ":" + e.line(), //$NON-NLS-1$
					limit(e)));
			return;
		}
		entries.addAll(read);
	}

	private static String limit(LimitException e) {
		return switch (e.kind()) {
		case CHARACTERS -> Messages.format("csv.tooLarge", MAX_BYTES >> 20); //$NON-NLS-1$
		case RECORDS -> Messages.format("csv.tooManyRows", MAX_LINES); //$NON-NLS-1$
		case FIELD_LENGTH -> Messages.format("csv.fieldTooLong", MAX_FIELD); //$NON-NLS-1$
		case FIELDS -> Messages.format("csv.fields", MAX_FIELDS + 1, HEADER.size()); //$NON-NLS-1$
		};
	}

	private static void entry(Record record, String name, List<Entry> entries, List<Conflict> conflicts) {
		List<String> fields = record.fields();
		String source = name + ":" + record.line(); //$NON-NLS-1$
		if (record.blank()) {
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
}
