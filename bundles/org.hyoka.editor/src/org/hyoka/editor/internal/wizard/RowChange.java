package org.hyoka.editor.internal.wizard;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/** A change of a wizard table's rows, which are in no model yet: done and undone by two runnables. */
final class RowChange extends AbstractCommand {

	private final Object row;
	private final Runnable execute;
	private final Runnable undo;

	private RowChange(Object row, Runnable execute, Runnable undo) {
		this.row = row;
		this.execute = execute;
		this.undo = undo;
	}

	/** The change of the row; the row is its affected object, as a spreadsheet's new row must be. */
	static Command of(Object row, Runnable execute, Runnable undo) {
		return new RowChange(row, execute, undo);
	}

	/** The change of a row's text to the typed one, blanks around it dropped as a sheet's cells have them; null for none. */
	static Command text(Object row, String before, String typed, Consumer<String> set) {
		String after = typed.strip();
		return after.equals(before) ? null : of(row, () -> set.accept(after), () -> set.accept(before));
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		execute.run();
	}

	@Override
	public void undo() {
		undo.run();
	}

	@Override
	public void redo() {
		execute();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return List.of(row);
	}
}
