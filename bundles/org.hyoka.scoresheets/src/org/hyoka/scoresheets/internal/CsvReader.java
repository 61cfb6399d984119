package org.hyoka.scoresheets.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyoka.core.csv.CsvRecords;
import org.hyoka.core.csv.CsvRecords.Record;
import org.hyoka.scoresheets.ImportPlan.Conflict;

/**
 * Reads {@code project,item,evaluator,score,comment} (RFC 4180, UTF-8 with or without a byte order mark). Every
 * field is plain text: nothing is evaluated, a leading {@code =} is just a character.
 */
public final class CsvReader {

	public static final List<String> HEADER = List.of("project", "item", "evaluator", "score", "comment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private CsvReader() {
	}

	public static void read(Path file, String name, List<Entry> entries, List<Conflict> conflicts) throws IOException {
		String text;
		try {
			text = CsvRecords.utf8(Files.readAllBytes(file));
		} catch (CharacterCodingException e) {
			conflicts.add(new Conflict(name, Messages.format("csv.notUtf8"))); //$NON-NLS-1$
			return;
		}
		List<Record> records = CsvRecords.parse(text);
		if (records.isEmpty() || !header(records.get(0).fields())) {
			conflicts.add(new Conflict(name + ":1", Messages.format("csv.header", String.join(",", HEADER)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		for (Record record : records.subList(1, records.size())) {
			List<String> fields = record.fields();
			String source = name + ":" + record.line(); //$NON-NLS-1$
			if (record.blank()) {
				continue;
			}
			if (fields.size() != HEADER.size() && fields.size() != HEADER.size() - 1) {
				conflicts.add(new Conflict(source, Messages.format("csv.fields", fields.size(), HEADER.size()))); //$NON-NLS-1$
				continue;
			}
			String score = fields.get(3).isBlank() ? null : fields.get(3);
			String comment = fields.size() == HEADER.size() ? fields.get(4) : ""; //$NON-NLS-1$
			entries.add(new Entry(fields.get(0).strip(), source, fields.get(1).strip(), fields.get(2).strip(), source, score, false, comment,
					source));
		}
	}

	private static boolean header(List<String> fields) {
		return fields.stream().map(field -> field.strip().toLowerCase(java.util.Locale.ROOT)).toList().equals(HEADER);
	}
}
