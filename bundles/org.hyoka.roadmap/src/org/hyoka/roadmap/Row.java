package org.hyoka.roadmap;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A row of the timeline: its kind, its depth in the tree (program 0, projects 1, …), its label and what is drawn on it.
 */
public record Row(RowKind kind, int depth, String label, EObject source, List<Mark> marks) {
	public Row {
		marks = List.copyOf(marks);
	}

	/** True when a bar of the row is flagged for end before start or missing dates. */
	public boolean flagged() {
		return marks.stream().anyMatch(mark -> mark instanceof Mark.Bar bar
				&& (bar.flags().contains(Flag.END_BEFORE_START) || bar.flags().contains(Flag.UNDATED)));
	}
}
