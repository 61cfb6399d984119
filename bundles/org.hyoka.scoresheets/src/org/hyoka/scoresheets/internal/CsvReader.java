package org.hyoka.scoresheets.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			conflicts.add(new Conflict(name, Messages.format("csv.notUtf8"))); //$NON-NLS-1$
			return;
		}
		if (text.startsWith("\uFEFF")) { //$NON-NLS-1$
			text = text.substring(1);
		}
		List<Record> records = parse(text);
		if (records.isEmpty() || !header(records.get(0).fields())) {
			conflicts.add(new Conflict(name + ":1", Messages.format("csv.header", String.join(",", HEADER)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		for (Record record : records.subList(1, records.size())) {
			List<String> fields = record.fields();
			String source = name + ":" + record.line(); //$NON-NLS-1$
			if (fields.size() == 1 && fields.get(0).isBlank()) {
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

	private record Record(int line, List<String> fields) {
	}

	/** RFC 4180 records, each with the line it starts on; quoted fields may hold commas, quotes and line breaks. */
	private static List<Record> parse(String text) {
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int start = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == '"' && field.isEmpty()) {
				quoted = true;
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				records.add(new Record(start, List.copyOf(fields)));
				fields.clear();
				line++;
				start = line;
			} else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(new Record(start, List.copyOf(fields)));
		}
		return records;
	}
}
