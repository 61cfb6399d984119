package org.hyoka.ip.register;

import java.util.List;
import java.util.function.IntFunction;

import org.hyoka.core.csv.CsvRecords;
import org.hyoka.core.csv.CsvWriter;

/**
 * A row of a register table: its cells, and where each cell is for messages ({@code file:line} in a CSV file,
 * {@code file!sheet!C5} in a workbook), by column index; indexes past the last cell are places too.
 */
public record TableRow(List<String> cells, IntFunction<String> place) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	/**
	 * The rows of a CSV table, each cell placed at {@code file:line}; a formula the export made inert with an
	 * apostrophe reads as the text it was.
	 */
	public static List<TableRow> of(String file, List<CsvRecords.Record> records) {
		return records.stream().map(record -> new TableRow(record.fields().stream().map(CsvWriter::readBack).toList(),
				column -> file + ":" + record.line())).toList(); //$NON-NLS-1$
	}

	/** Whether every cell is empty or white space. */
	public boolean blank() {
		return cells.stream().allMatch(String::isBlank);
	}
}
