package org.hyoka.xlsx;

import org.apache.poi.ss.util.CellReference;

/**
 * A cell as its sheet stores it: row and column from 0, its value as text (a number without trailing zeros, a
 * boolean as {@code true}/{@code false}, an error as {@code #ERROR}; null when it has none) and whether it holds a
 * formula, whose cached value, if any, is the text: nothing is ever recalculated.
 */
public record XlsxCell(int row, int column, String text, boolean formula) {

	/** The cell's reference as a spreadsheet shows it, e.g. {@code C7}. */
	public String reference() {
		return reference(row, column);
	}

	/** The reference of a row and column from 0, e.g. {@code C7}, whether or not a cell is there. */
	public static String reference(int row, int column) {
		return new CellReference(row, column).formatAsString(false);
	}
}
