package org.hyoka.edit.ui;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.osgi.util.NLS;

/**
 * Undo and Redo over a command stack, named after the command they undo or redo. An editor registers them as
 * the workbench's global Undo and Redo handlers, which gives the Edit menu entries and Ctrl+Z / Ctrl+Y.
 */
public final class UndoRedoActions implements CommandStackListener {

	private final CommandStack stack;
	private final Action undo = new Action() {
		@Override
		public void run() {
			stack.undo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			stack.redo();
		}
	};

	public UndoRedoActions(CommandStack stack) {
		this.stack = stack;
		undo.setActionDefinitionId("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		redo.setActionDefinitionId("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
		stack.addCommandStackListener(this);
		update();
	}

	public IAction undo() {
		return undo;
	}

	public IAction redo() {
		return redo;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	private void update() {
		undo.setEnabled(stack.canUndo());
		undo.setText(label(Messages.undo, Messages.undoCommand, stack.getUndoCommand()));
		redo.setEnabled(stack.canRedo());
		redo.setText(label(Messages.redo, Messages.redoCommand, stack.getRedoCommand()));
	}

	private static String label(String plain, String named, Command command) {
		String name = command == null ? null : command.getLabel();
		return name == null || name.isEmpty() ? plain : NLS.bind(named, name);
	}

	public void dispose() {
		stack.removeCommandStackListener(this);
	}
}
