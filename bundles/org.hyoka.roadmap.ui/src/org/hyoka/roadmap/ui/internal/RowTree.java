package org.hyoka.roadmap.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timeline;

/**
 * The rows the view shows of a whole timeline: the rows are a tree by depth (program, projects, their items and
 * lanes); a collapsed row hides the rows under it, and a filter keeps the rows whose label contains it with the rows
 * above them, so a match is shown where it belongs. Rows without marks may be hidden too, but not those with marks
 * under them: a mark keeps its row and the rows above it. An undated item is no mark here: the view lists it apart,
 * so a lane of undated items alone shows nothing on the grid and is hidden with the empty rows, while the list still
 * shows its items ({@link #listed()}). Collapsed rows are remembered by model object, so they stay collapsed when the
 * timeline is built again after an edit.
 */
final class RowTree {

	private final Set<EObject> collapsed = new HashSet<>();
	/** The rows with rows under them, worked out once per timeline: the view asks for every row it paints. */
	private final Set<Row> parents = Collections.newSetFromMap(new IdentityHashMap<>());
	private Timeline whole;
	private String filter = ""; //$NON-NLS-1$
	private boolean hideEmpty;
	private Timeline shown;
	private Timeline listed;

	/** Sets the whole timeline and works out the rows shown. */
	void setTimeline(Timeline timeline) {
		whole = timeline;
		parents.clear();
		if (timeline != null) {
			List<Row> rows = timeline.rows();
			for (int i = 0; i + 1 < rows.size(); i++) {
				if (rows.get(i + 1).depth() > rows.get(i).depth()) {
					parents.add(rows.get(i));
				}
			}
		}
		update();
	}

	void setFilter(String text) {
		filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		update();
	}

	/** Hides the rows that have no mark and no row with one under them, or shows them again. */
	void setHideEmpty(boolean hide) {
		hideEmpty = hide;
		update();
	}

	boolean hidesEmpty() {
		return hideEmpty;
	}

	/** Collapses an expanded row with rows under it, or expands a collapsed one. */
	void toggle(Row row) {
		if (!collapsed.remove(row.source())) {
			collapsed.add(row.source());
		}
		update();
	}

	void setCollapsed(Row row, boolean collapse) {
		if (collapse != isCollapsed(row)) {
			toggle(row);
		}
	}

	boolean isCollapsed(Row row) {
		return collapsed.contains(row.source());
	}

	/** True when rows of the whole timeline are under this one (a row of it, not an equal one). */
	boolean hasChildren(Row row) {
		return parents.contains(row);
	}

	/** The whole timeline; null before one is set. */
	Timeline whole() {
		return whole;
	}

	/** The timeline of the rows shown, over the whole timeline's years; null before a timeline is set. */
	Timeline shown() {
		return shown;
	}

	/** The rows whose undated items the view lists: those shown, and those hidden only for having no mark on the grid. */
	Timeline listed() {
		return listed;
	}

	private void update() {
		if (whole == null) {
			shown = null;
			listed = null;
			return;
		}
		List<Row> rows = whole.rows();
		boolean[] matches = filter.isEmpty() ? null : withRowsAbove(rows, row -> row.label().toLowerCase(Locale.ROOT).contains(filter));
		shown = kept(rows, matches, hideEmpty ? withRowsAbove(rows, row -> row.marks().stream().anyMatch(mark -> mark.firstYear() != null)) : null);
		listed = hideEmpty ? kept(rows, matches, null) : shown;
	}

	/** The rows that match and are marked (null: all are), but not under a collapsed row. */
	private Timeline kept(List<Row> rows, boolean[] matches, boolean[] marked) {
		List<Row> kept = new ArrayList<>();
		int hiddenBelow = Integer.MAX_VALUE;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row.depth() <= hiddenBelow) {
				hiddenBelow = Integer.MAX_VALUE;
			} else {
				continue;
			}
			if (matches != null && !matches[i] || marked != null && !marked[i]) {
				continue;
			}
			kept.add(row);
			if (collapsed.contains(row.source())) {
				hiddenBelow = row.depth();
			}
		}
		return new Timeline(whole.title(), kept, whole.firstYear(), whole.lastYear(), whole.statusYear());
	}

	/** Which rows pass the test, or have a row that passes under them: a row that passes shows the rows above it. */
	private static boolean[] withRowsAbove(List<Row> rows, Predicate<Row> test) {
		boolean[] kept = new boolean[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			if (test.test(rows.get(i))) {
				kept[i] = true;
				// walk up by depth, until a row kept already (its rows above are kept too)
				int depth = rows.get(i).depth();
				for (int j = i - 1; j >= 0 && depth > 0; j--) {
					if (rows.get(j).depth() < depth) {
						if (kept[j]) {
							break;
						}
						kept[j] = true;
						depth = rows.get(j).depth();
					}
				}
			}
		}
		return kept;
	}
}
