package org.hyoka.export.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled. Text fields are made inert for spreadsheets: one starting with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe so that Excel or LibreOffice never read it
 * as a formula, and control characters other than line breaks and tabs become U+FFFD. Numbers are written as
 * they are.
 */
final class CsvWriter {

	private static final String FORMULA_STARTS = "=+-@\t\r"; //$NON-NLS-1$

	private final Writer out;
	private final List<String> record = new ArrayList<>();

	CsvWriter(Writer out) {
		this.out = out;
	}

	CsvWriter text(String value) {
		record.add(neutralise(value == null ? "" : value)); //$NON-NLS-1$
		return this;
	}

	CsvWriter number(BigDecimal value) {
		record.add(value == null ? "" : value.toPlainString()); //$NON-NLS-1$
		return this;
	}

	CsvWriter number(Integer value) {
		record.add(value == null ? "" : value.toString()); //$NON-NLS-1$
		return this;
	}

	/** Ends the record. */
	void endRecord() throws IOException {
		for (int i = 0; i < record.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(record.get(i)));
		}
		out.write("\r\n"); //$NON-NLS-1$
		record.clear();
	}

	/** A whole record of text fields, e.g. the header. */
	void record(String... fields) throws IOException {
		for (String field : fields) {
			text(field);
		}
		endRecord();
	}

	static String neutralise(String value) {
		StringBuilder clean = new StringBuilder(value.length() + 1);
		if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
			clean.append('\'');
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
			clean.append(control ? '\uFFFD' : c);
		}
		return clean.toString();
	}

	static String quote(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
