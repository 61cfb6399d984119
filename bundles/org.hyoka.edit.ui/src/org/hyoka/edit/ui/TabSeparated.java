package org.hyoka.edit.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of cells as spreadsheets put it on the clipboard: cells separated by tabs, rows by line ends ({@code \r\n}
 * from Windows and LibreOffice, {@code \n} or {@code \r} elsewhere, the last one optional). A cell holding a tab, a
 * line end or a leading quote is quoted as Excel quotes it: in double quotes, a quote inside written twice.
 */
public final class TabSeparated {

	private static final char QUOTE = '"';

	private TabSeparated() {
	}

	/** The rows of the block and their cells; none for an empty text. */
	public static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int at = 0;
		while (at < text.length()) {
			char next = text.charAt(at);
			if (next == QUOTE && cell.isEmpty()) {
				at = quoted(text, at + 1, cell);
			} else if (next == '\t') {
				row.add(cell.toString());
				cell.setLength(0);
				at++;
			} else if (next == '\r' || next == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				at += next == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
			} else {
				cell.append(next);
				at++;
			}
		}
		// a last line without its line end
		if (!cell.isEmpty() || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

	/** Reads a quoted cell's text from after its opening quote; returns where the text goes on. */
	private static int quoted(String text, int from, StringBuilder cell) {
		int at = from;
		while (at < text.length()) {
			char next = text.charAt(at++);
			if (next != QUOTE) {
				cell.append(next);
			} else if (at < text.length() && text.charAt(at) == QUOTE) {
				cell.append(QUOTE);
				at++;
			} else {
				return at;
			}
		}
		return at;
	}

	/** The rows as tab-separated text, each ended by the platform's line end as spreadsheets write it. */
	public static String write(List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			text.append(String.join("\t", row.stream().map(TabSeparated::quote).toList())).append(System.lineSeparator()); //$NON-NLS-1$
		}
		return text.toString();
	}

	private static String quote(String cell) {
		boolean plain = cell.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r') && !cell.startsWith("\""); //$NON-NLS-1$
		return plain ? cell : QUOTE + cell.replace("\"", "\"\"") + QUOTE; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
