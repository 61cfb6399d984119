package org.hyoka.roadmap.ui.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.hyoka.core.time.EraYear;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.TargetStatus;

/**
 * What the table beside the bars shows of a row: its name, and of its first bar (the one whose ends the table edits,
 * as dragging them does) the start and finish the model records, the duration they give and a status: the bar's flag
 * if it has one, else the first target's status for a row of targets, else where the bar stands at the timeline's
 * status year. Cells without a bar are empty.
 */
record TableRow(Row row, Mark.Bar bar, TargetStatus target, Integer statusYear) {

	/** A fiscal year as typed: 2024, 2024年度, FY2024, full-width digits. Era years are read by {@link EraYear}. */
	private static final Pattern WESTERN = Pattern.compile("\\s*(?:FY\\s*)?([0-9０-９]{4})\\s*(?:年\\s*度?)?\\s*", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	static TableRow of(Row row, Integer statusYear) {
		Mark.Bar bar = row.marks().stream().filter(Mark.Bar.class::isInstance).map(Mark.Bar.class::cast).findFirst().orElse(null);
		TargetStatus target = row.marks().stream().filter(Mark.Target.class::isInstance).map(mark -> ((Mark.Target) mark).status()).findFirst()
				.orElse(null);
		return new TableRow(row, bar, target, statusYear);
	}

	/** The start as the view labels fiscal years, with the month where the model records one. */
	String start(Era era) {
		return bar == null || bar.start() == null ? "" : yearText(era, bar.start(), bar.from()); //$NON-NLS-1$
	}

	/** The finish as the view labels fiscal years, with the month where the model records one. */
	String finish(Era era) {
		return bar == null || bar.end() == null ? "" : yearText(era, bar.end(), bar.to()); //$NON-NLS-1$
	}

	private static String yearText(Era era, int year, LocalDate day) {
		return day == null ? era.label(year) : NLS.bind(Messages.tableYearMonth, era.label(year), day.getMonthValue());
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

	/**
	 * A fiscal year as a user types it in a cell: 2024, 2024年度, FY2024, 令和6年度, R6.
	 *
	 * @throws IllegalArgumentException
	 *             with the message to show, when the text is none of these
	 */
	static int parseYear(String text) {
		Matcher western = WESTERN.matcher(Objects.requireNonNullElse(text, "")); //$NON-NLS-1$
		if (western.matches()) {
			return Integer.parseInt(western.group(1).codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
		}
		try {
			return FiscalYears.fromEra(EraYear.parse(text));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.tableNotAYear, text.strip()), e);
		}
	}

}
