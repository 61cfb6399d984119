package org.hyoka.roadmap;

import java.util.List;

/**
 * The rows of a roadmap in order, and the fiscal years they cover. {@code statusYear} is the latest evaluation's
 * fiscal year, which a schedule's bars are judged at (finished, under way, planned), null when the file has none; a
 * target is judged at its own subject's evaluation, as the report's table judges it.
 */
public record Timeline(String title, List<Row> rows, int firstYear, int lastYear, Integer statusYear) {
	public Timeline {
		rows = List.copyOf(rows);
		if (lastYear < firstYear) {
			throw new IllegalArgumentException("Last year " + lastYear + " before first year " + firstYear); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The rows from {@code first} (included) to {@code end} (excluded), clipped to the rows there are. */
	public List<Row> rows(int first, int end) {
		int from = Math.clamp(first, 0, rows.size());
		return rows.subList(from, Math.clamp(end, from, rows.size()));
	}
}
