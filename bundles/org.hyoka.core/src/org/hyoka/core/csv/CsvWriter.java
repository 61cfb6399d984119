package org.hyoka.core.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.hyoka.core.report.SafeText;

/**
 * Writes RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled. Text fields are made inert for spreadsheets: one that a
 * spreadsheet would read as a formula ({@link SafeText#looksLikeFormula}) gets a leading apostrophe, and control
 * characters become U+FFFD. Numbers are written as they are. Every CSV file the workbench writes (reports' tables,
 * IP registers) goes through here, so that all are safe the same way.
 */
public final class CsvWriter {

	private final Writer out;

	public CsvWriter(Writer out) {
		this.out = out;
	}

	/** One record; cells are text, numbers or null for an empty field. */
	public void record(List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(field(cells.get(i))));
		}
		out.write("\r\n"); //$NON-NLS-1$
	}

	private static String field(Object cell) {
		return switch (cell) {
		case null -> ""; //$NON-NLS-1$
		case BigDecimal number -> number.toPlainString();
		case Number number -> number.toString();
		default -> neutralise(cell.toString());
		};
	}

	/** The text as a spreadsheet shows it without running it; {@link #readBack} gives the text again. */
	public static String neutralise(String text) {
		return (needsApostrophe(text) ? "'" : "") + SafeText.withoutControls(text); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A field as written by {@link #record} read back: the apostrophe neutralising a formula is taken away again, so
	 * that a table written and imported keeps its texts.
	 */
	public static String readBack(String field) {
		return field.startsWith("'") && needsApostrophe(field.substring(1)) ? field.substring(1) : field; //$NON-NLS-1$
	}

	/**
	 * Whether the text gets an apostrophe: a formula, or a formula after apostrophes (a text that would otherwise
	 * read back as less than it is).
	 */
	private static boolean needsApostrophe(String text) {
		int start = 0;
		while (start < text.length() && text.charAt(start) == '\'') {
			start++;
		}
		return SafeText.looksLikeFormula(text.substring(start));
	}

	static String quote(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
