package org.hyoka.ip.register;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.hyoka.model.EvaluationReport;
import org.hyoka.xlsx.XlsxCell;
import org.hyoka.xlsx.XlsxException;
import org.hyoka.xlsx.XlsxSheet;
import org.hyoka.xlsx.XlsxTables;

/**
 * The register table as an Excel workbook: the sheet {@value #SHEET} (or, when no sheet has that name, the first),
 * laid out as the CSV table is. Cells hold values: a formula is refused, naming its file, sheet and cell.
 */
public final class RegisterWorkbook {

	/** The name of the register's sheet. */
	public static final String SHEET = "register"; //$NON-NLS-1$
	/** As many rows as a CSV table may have. */
	static final int MAX_ROWS = 100_000;

	private RegisterWorkbook() {
	}

	/** Writes the report's register as the sheet {@value #SHEET}; the caller closes the stream. */
	public static void write(EvaluationReport report, OutputStream out) throws IOException {
		XlsxTables.write(out, SHEET, Stream.concat(Stream.of(RegisterColumns.HEADER), RegisterColumns.rows(report).stream()).toList());
	}

	/**
	 * The rows of a workbook's register sheet, each cell placed at {@code name!sheet!C5}.
	 *
	 * @param name
	 *            the name messages give the workbook
	 * @throws RegisterFormatException
	 *             when the workbook is refused or unreadable, holds formulas in the sheet (each named), or has too many rows
	 */
	public static List<TableRow> rows(Path file, String name) throws IOException, RegisterFormatException {
		List<XlsxSheet> sheets;
		try {
			sheets = XlsxTables.read(file, MAX_ROWS);
		} catch (XlsxException e) {
			throw new RegisterFormatException(name + ": " + e.getMessage()); //$NON-NLS-1$
		}
		XlsxSheet sheet = sheets.stream().filter(each -> SHEET.equals(each.name())).findFirst()
				.orElse(sheets.isEmpty() ? null : sheets.get(0));
		if (sheet == null) {
			throw new RegisterFormatException(RegisterMessages.format("empty", name)); //$NON-NLS-1$
		}
		String prefix = name + "!" + sheet.name() + "!"; //$NON-NLS-1$ //$NON-NLS-2$
		if (sheet.truncated()) {
			throw new RegisterFormatException(prefix + XlsxCell.reference(MAX_ROWS, 0) + ": " //$NON-NLS-1$
					+ RegisterMessages.format("tooManyRows", MAX_ROWS)); //$NON-NLS-1$
		}
		List<List<String>> cells = new ArrayList<>();
		List<String> formulas = new ArrayList<>();
		for (XlsxCell cell : sheet.cells()) {
			if (cell.formula()) {
				formulas.add(prefix + cell.reference() + ": " + RegisterMessages.format("formula")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			while (cells.size() <= cell.row()) {
				cells.add(new ArrayList<>());
			}
			List<String> row = cells.get(cell.row());
			row.addAll(Collections.nCopies(Math.max(0, cell.column() + 1 - row.size()), "")); //$NON-NLS-1$
			row.set(cell.column(), cell.text());
		}
		if (!formulas.isEmpty()) {
			throw new RegisterFormatException(formulas);
		}
		List<TableRow> rows = new ArrayList<>();
		for (int r = 0; r < cells.size(); r++) {
			int at = r;
			rows.add(new TableRow(cells.get(r), column -> prefix + XlsxCell.reference(at, column)));
		}
		return rows;
	}
}
