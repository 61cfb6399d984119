package org.hyoka.core.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated text as RFC 4180 records, for the files users give the workbench (filled score sheets,
 * committee lists). Every field is plain text: nothing is evaluated, a leading {@code =} is just a character.
 */
public final class CsvRecords {

	/** One record: the line it starts on (from 1) and its fields. */
	public record Record(int line, List<String> fields) {

		/** Whether the record is an empty line. */
		public boolean blank() {
			return fields.size() == 1 && fields.get(0).isBlank();
		}
	}

	private CsvRecords() {
	}

	/**
	 * The bytes as UTF-8 text without a leading byte order mark.
	 *
	 * @throws CharacterCodingException when the bytes are not UTF-8
	 */
	public static String utf8(byte[] bytes) throws CharacterCodingException {
		String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
	}

	/** The records of the text, each with the line it starts on; quoted fields may hold commas, quotes and line breaks. */
	public static List<Record> parse(String text) {
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
