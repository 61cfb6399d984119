package org.hyoka.roadmap.ui.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.core.time.TypedYears;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.ui.internal.MarkEdits.Handle;
import org.hyoka.roadmap.ui.internal.ScheduleTable.Column;

/**
 * What a value typed in a cell of the table beside the bars changes in the model, as one command on the editor's
 * editing domain: a name renames the row's object; a start or finish moves that end of the row's bar (or its
 * milestone) as a drag does, keeping the month the model records; a duration moves the finish and keeps the start.
 * A value that is no year, names a year outside those a file takes, or would end a bar before it starts is refused
 * with the message to show, and changes nothing.
 */
final class TableEdits {

	/** The features that name a row's object, by name as {@link MarkEdits} finds years: subjects, lanes; roadmaps. */
	private static final String[] NAMES = { "nameJa", "titleJa" }; //$NON-NLS-1$ //$NON-NLS-2$
	/** A count with an optional unit: 3, ３年, 3 years, 18 months, 18か月. */
	private static final Pattern DURATION = Pattern.compile("(\\d{1,4})\\s*(?:(years?|yrs?|年間?)|(months?|mos?|か月|ヶ月|カ月|ケ月|ヵ月|箇月))?", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);

	private TableEdits() {
	}

	/** Whether typing in the cell can change the model: a name the object has, or an end a drag could move. */
	static boolean editable(TableRow row, Column column) {
		return switch (column) {
		case NAME -> nameFeature(row.row().source()) != null;
		case START -> row.dated() != null && MarkEdits.feature(row.dated(), row.handle(true)) != null;
		case FINISH -> row.dated() != null && MarkEdits.feature(row.dated(), row.handle(false)) != null;
		case DURATION -> row.bar() != null && row.bar().start() != null && MarkEdits.feature(row.bar(), Handle.END) != null;
		case STATUS -> false;
		};
	}

	/** The text a field on the cell starts with: the name as the model records it, a year without its month. */
	static String fieldText(TableRow row, Column column, Era era) {
		return switch (column) {
		case NAME -> String.valueOf(row.row().source().eGet(nameFeature(row.row().source())));
		case START -> label(era, row.milestone() != null ? Integer.valueOf(row.milestone().year()) : row.bar().start());
		case FINISH -> label(era, row.milestone() != null ? Integer.valueOf(row.milestone().year()) : row.bar().end());
		case DURATION -> row.duration();
		case STATUS -> ""; //$NON-NLS-1$
		};
	}

	/** A year as the view labels it; empty for an end the model leaves open. */
	private static String label(Era era, Integer year) {
		return year == null ? "" : era.label(year); //$NON-NLS-1$
	}

	/**
	 * The command the text typed in an editable cell stands for, named for the undo menu after the label given;
	 * null when the model already holds it.
	 *
	 * @throws IllegalArgumentException
	 *             with the message to show, when the text is refused
	 */
	static Command edit(EditingDomain domain, TableRow row, Column column, String text, Era era, String label) {
		return switch (column) {
		case NAME -> rename(domain, row.row().source(), text, label);
		case START, FINISH -> moveEnd(domain, row, column == Column.START, year(text), era, label);
		case DURATION -> duration(domain, row.bar(), text, label);
		case STATUS -> null;
		};
	}

	private static EStructuralFeature nameFeature(EObject source) {
		for (String name : NAMES) {
			EStructuralFeature feature = source.eClass().getEStructuralFeature(name);
			if (feature != null) {
				return feature;
			}
		}
		return null;
	}

	private static Command rename(EditingDomain domain, EObject source, String text, String label) {
		String name = text.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException(Messages.tableNameEmpty);
		}
		EStructuralFeature feature = nameFeature(source);
		if (name.equals(source.eGet(feature))) {
			return null;
		}
		String commandName = NLS.bind(Messages.rename, label);
		CompoundCommand command = new CompoundCommand(commandName, commandName);
		command.append(SetCommand.create(domain, source, feature, name));
		return command.canExecute() ? command : null;
	}

	/** A start or finish typed: the drag's command to the year, keeping the month; refused where the ends would cross. */
	private static Command moveEnd(EditingDomain domain, TableRow row, boolean start, int year, Era era, String label) {
		Mark.Bar bar = row.bar();
		if (bar != null && start && bar.end() != null && year > bar.end()) {
			throw new IllegalArgumentException(NLS.bind(Messages.tableStartAfterFinish, era.label(year), era.label(bar.end())));
		}
		if (bar != null && !start && bar.start() != null && year < bar.start()) {
			throw new IllegalArgumentException(NLS.bind(Messages.tableFinishBeforeStart, era.label(year), era.label(bar.start())));
		}
		Handle handle = row.handle(start);
		return MarkEdits.move(domain, row.dated(), handle, label, year, MarkEdits.month(row.dated(), handle));
	}

	/**
	 * A duration typed: the finish that many years or months after the start, in the unit typed or else the one the
	 * cell shows (months where the model records the months of the bar). A bar of a source that records no months
	 * takes only whole years.
	 */
	private static Command duration(EditingDomain domain, Mark.Bar bar, String text, String label) {
		Matcher typed = DURATION.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
		if (!typed.matches() || Integer.parseInt(typed.group(1)) < 1) {
			throw new IllegalArgumentException(NLS.bind(Messages.tableNotADuration, text.strip()));
		}
		int count = Integer.parseInt(typed.group(1));
		boolean inMonths = typed.group(3) != null || typed.group(2) == null && bar.from() != null;
		boolean monthsRecorded = MarkEdits.monthRecorded(bar, Handle.END);
		if (!inMonths && bar.from() == null) {
			return MarkEdits.move(domain, bar, Handle.END, label, inRange(bar.start() + count - 1), null);
		}
		int months = inMonths ? count : 12 * count;
		if (!monthsRecorded) {
			if (months % 12 != 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.tableWholeYears, text.strip()));
			}
			return MarkEdits.move(domain, bar, Handle.END, label, inRange(bar.start() + months / 12 - 1), null);
		}
		LocalDate first = bar.from() != null ? bar.from() : FiscalYears.start(bar.start());
		LocalDate last = first.plusMonths(months - 1L);
		return MarkEdits.move(domain, bar, Handle.END, label, inRange(FiscalYears.of(last)), last.getMonthValue());
	}

	/**
	 * A fiscal year typed in a start or finish cell, read as the editor's cells read one.
	 *
	 * @throws IllegalArgumentException
	 *             with the message to show, when the text names no year or one a file does not take
	 */
	static int year(String text) {
		OptionalInt year = TypedYears.fiscalYear(text);
		if (year.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.tableNotAYear, text.strip()));
		}
		return inRange(year.getAsInt());
	}

	private static int inRange(int year) {
		if (year < EvaluationSkeleton.MIN_FISCAL_YEAR || year > EvaluationSkeleton.MAX_FISCAL_YEAR) {
			throw new IllegalArgumentException(NLS.bind(Messages.tableYearOutOfRange,
					new Object[] { Integer.toString(year), Integer.toString(EvaluationSkeleton.MIN_FISCAL_YEAR), Integer.toString(EvaluationSkeleton.MAX_FISCAL_YEAR) }));
		}
		return year;
	}
}
