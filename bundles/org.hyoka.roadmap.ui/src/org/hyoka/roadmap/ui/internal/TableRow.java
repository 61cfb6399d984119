package org.hyoka.roadmap.ui.internal;

import java.time.temporal.ChronoUnit;

import org.eclipse.osgi.util.NLS;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.TargetStatus;
import org.hyoka.roadmap.ui.internal.MarkEdits.Handle;

/**
 * What the table beside the bars shows of a row: its name, and of its first bar (the one whose ends the table edits,
 * as dragging them does) the start and finish the model records, the duration they give and a status: the bar's flag
 * if it has one, else the first target's status for a row of targets, else where the bar stands at the timeline's
 * status year. A row without a bar shows the date of its first milestone as its start and finish. Cells without a
 * bar or a milestone are empty.
 */
record TableRow(Row row, Mark.Bar bar, Mark.Milestone milestone, TargetStatus target, Integer statusYear) {

	static TableRow of(Row row, Integer statusYear) {
		Mark.Bar bar = first(row, Mark.Bar.class);
		TargetStatus target = row.marks().stream().filter(Mark.Target.class::isInstance).map(mark -> ((Mark.Target) mark).status()).findFirst()
				.orElse(null);
		return new TableRow(row, bar, bar == null ? first(row, Mark.Milestone.class) : null, target, statusYear);
	}

	private static <M extends Mark> M first(Row row, Class<M> kind) {
		return row.marks().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElse(null);
	}

	/** The mark whose dates the start and finish cells show, or null. */
	Mark dated() {
		return bar != null ? bar : milestone;
	}

	/** The part of the dated mark that typing in a start (true) or finish cell moves. */
	Handle handle(boolean start) {
		return milestone != null ? Handle.POINT : start ? Handle.START : Handle.END;
	}

	/** The start as the view labels fiscal years, with the month where the model records one. */
	String start(Era era) {
		if (milestone != null) {
			return yearText(era, milestone.year(), milestone.month());
		}
		return bar == null || bar.start() == null ? "" : yearText(era, bar.start(), bar.from() == null ? null : bar.from().getMonthValue()); //$NON-NLS-1$
	}

	/** The finish as the view labels fiscal years, with the month where the model records one. */
	String finish(Era era) {
		if (milestone != null) {
			return start(era);
		}
		return bar == null || bar.end() == null ? "" : yearText(era, bar.end(), bar.to() == null ? null : bar.to().getMonthValue()); //$NON-NLS-1$
	}

	private static String yearText(Era era, int year, Integer month) {
		return month == null ? era.label(year) : NLS.bind(Messages.tableYearMonth, era.label(year), month);
	}

	/** Months from the first month to the last where both are known, else fiscal years; empty for an open or reversed bar. */
	String duration() {
		if (bar == null || bar.start() == null || bar.end() == null || bar.flags().contains(Flag.END_BEFORE_START)) {
			return ""; //$NON-NLS-1$
		}
		if (bar.from() != null) {
			return NLS.bind(Messages.tableMonths, ChronoUnit.MONTHS.between(bar.from().withDayOfMonth(1), bar.to().withDayOfMonth(1)) + 1);
		}
		return NLS.bind(Messages.tableYears, bar.end() - bar.start() + 1);
	}

	String status() {
		if (bar != null && !bar.flags().isEmpty()) {
			return flagText(bar.flags().iterator().next());
		}
		if (bar == null) {
			return target == null ? "" : targetText(target); //$NON-NLS-1$
		}
		if (statusYear == null || bar.start() == null || bar.end() == null) {
			return ""; //$NON-NLS-1$
		}
		return statusYear > bar.end() ? Messages.statusFinished : statusYear < bar.start() ? Messages.statusPlanned : Messages.statusUnderWay;
	}

	private static String flagText(Flag flag) {
		return switch (flag) {
		case END_BEFORE_START -> Messages.statusEndBeforeStart;
		case UNDATED -> Messages.statusUndated;
		case YEARS_UNCERTAIN -> Messages.statusYearsUncertain;
		};
	}

	private static String targetText(TargetStatus status) {
		return switch (status) {
		case MET -> Messages.statusMet;
		case NOT_MET -> Messages.statusNotMet;
		case NOT_YET_DUE -> Messages.statusNotYetDue;
		case UNKNOWN -> Messages.statusUnknown;
		};
	}
}
