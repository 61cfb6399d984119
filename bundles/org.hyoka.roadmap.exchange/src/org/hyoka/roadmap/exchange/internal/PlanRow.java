package org.hyoka.roadmap.exchange.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a plan as both formats write it: a lane is a row with children (and without days when it has none), an
 * element a row with its first and last day; a milestone's are the same day. The kind is a lane's or milestone's
 * kind by its literal, null for a bar.
 */
public record PlanRow(String name, LocalDate from, LocalDate to, boolean milestone, String kind, List<PlanRow> children) {

	/** The name of the task column that holds the kinds, in both formats. */
	public static final String KIND_COLUMN = "Hyoka kind"; //$NON-NLS-1$

	/** The first day of the row or of its first child; null for an empty lane. */
	public LocalDate start() {
		return children.isEmpty() ? from : children.stream().map(PlanRow::start).min(LocalDate::compareTo).orElseThrow();
	}

	/** The last day of the row or of its last child; null for an empty lane. */
	public LocalDate finish() {
		return children.isEmpty() ? to : children.stream().map(PlanRow::finish).max(LocalDate::compareTo).orElseThrow();
	}
}
