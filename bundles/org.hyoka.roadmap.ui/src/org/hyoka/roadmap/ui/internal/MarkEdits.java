package org.hyoka.roadmap.ui.internal;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.hyoka.roadmap.Mark;

/**
 * What dragging a mark changes in the model: the start or end year of a bar's source (a period, a roadmap item) or
 * the year of a milestone, and where the source records months ({@code startMonth}, {@code endMonth}: roadmap items
 * and milestones) the month, as one command on the editor's editing domain, named for its undo label. The features
 * are found by name on the source's class ({@code startFY}, {@code endFY}), so the view edits whatever package the
 * roadmap classes live in; a period of the core model has no months and keeps fiscal years.
 */
final class MarkEdits {

	/** Which part of a mark is dragged. */
	enum Handle {
		START, END, POINT
	}

	private static final String START_FY = "startFY"; //$NON-NLS-1$
	private static final String END_FY = "endFY"; //$NON-NLS-1$
	private static final String START_MONTH = "startMonth"; //$NON-NLS-1$
	private static final String END_MONTH = "endMonth"; //$NON-NLS-1$

	private MarkEdits() {
	}

	/** The feature a handle of the mark changes, or null when that part of the mark cannot be dragged. */
	static EStructuralFeature feature(Mark mark, Handle handle) {
		EObject source = mark.source();
		return switch (mark) {
		case Mark.Bar bar when bar.firstYear() != null && handle == Handle.START -> source.eClass().getEStructuralFeature(START_FY);
		case Mark.Bar bar when bar.firstYear() != null && handle == Handle.END -> source.eClass().getEStructuralFeature(END_FY);
		case Mark.Milestone milestone when handle == Handle.POINT -> source.eClass().getEStructuralFeature(
				source.eGet(source.eClass().getEStructuralFeature(START_FY)) != null ? START_FY : END_FY);
		default -> null;
		};
	}

	/** The calendar month the source records for the handle's end, or null: a year typed in the table keeps it. */
	static Integer month(Mark mark, Handle handle) {
		EStructuralFeature feature = feature(mark, handle);
		EStructuralFeature monthFeature = feature == null ? null : monthFeature(mark.source(), feature);
		return monthFeature == null ? null : (Integer) mark.source().eGet(monthFeature);
	}

	/** Whether the source records a month for the handle's end: roadmap items and milestones do, a period does not. */
	static boolean monthRecorded(Mark mark, Handle handle) {
		EStructuralFeature feature = feature(mark, handle);
		return feature != null && monthFeature(mark.source(), feature) != null;
	}

	private static EStructuralFeature monthFeature(EObject source, EStructuralFeature yearFeature) {
		return source.eClass().getEStructuralFeature(yearFeature.getName().equals(START_FY) ? START_MONTH : END_MONTH);
	}

	/**
	 * The command that moves the handle to a fiscal year and a calendar month in it (null: the whole year, which
	 * clears a month recorded), named "Move End of …"; null when the part cannot be dragged or already is there.
	 */
	static Command move(EditingDomain domain, Mark mark, Handle handle, String label, int year, Integer month) {
		EStructuralFeature feature = feature(mark, handle);
		if (feature == null) {
			return null;
		}
		EObject source = mark.source();
		EStructuralFeature monthFeature = monthFeature(source, feature);
		boolean yearChanges = !Integer.valueOf(year).equals(source.eGet(feature));
		boolean monthChanges = monthFeature != null && !Objects.equals(month, source.eGet(monthFeature));
		if (!yearChanges && !monthChanges) {
			return null;
		}
		String name = NLS.bind(switch (handle) {
		case START -> Messages.moveStart;
		case END -> Messages.moveEnd;
		case POINT -> Messages.moveMilestone;
		}, label);
		CompoundCommand command = new CompoundCommand(name, name);
		if (yearChanges) {
			command.append(SetCommand.create(domain, source, feature, year));
		}
		if (monthChanges) {
			command.append(SetCommand.create(domain, source, monthFeature, month));
		}
		return command.canExecute() ? command : null;
	}
}
