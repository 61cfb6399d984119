package org.hyoka.xlsx;

import java.util.List;

/**
 * A sheet's cells that hold something, in the order the sheet stores them (row by row), up to the last row asked
 * for; {@code truncated} when the sheet goes on below it.
 */
public record XlsxSheet(String name, List<XlsxCell> cells, boolean truncated) {

	public XlsxSheet {
		cells = List.copyOf(cells);
	}

	/** The cell at a row and column from 0, or null. */
	public XlsxCell cell(int row, int column) {
		return cells.stream().filter(cell -> cell.row() == row && cell.column() == column).findFirst().orElse(null);
	}
}
