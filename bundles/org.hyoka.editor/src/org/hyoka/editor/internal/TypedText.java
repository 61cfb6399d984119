package org.hyoka.editor.internal;

import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.commands.ICommandService;
import org.hyoka.edit.ui.widgets.Controls;

/**
 * Text typed in one of an editor's fields that the field has not handed to the model yet. The fields hand it over
 * when they lose the keyboard, one undoable command per edit; until then the editor counts as changed, as a word
 * processor's document does from the first key, and saving or any other command run meanwhile (Print, Publish, a
 * contribution's; not Copy, Paste and the like, which work on the field's text) first hands the text over, as leaving
 * the field would. Without this, Ctrl+S right after typing
 * saved the file without what was typed and left no mark of a change.
 */
public final class TypedText implements Listener, IExecutionListener {

	/** The commands that act on the field's own text, which leave it in the field as they find it. */
	private static final Set<String> IN_THE_FIELD = Set.of(IWorkbenchCommandConstants.EDIT_COPY, IWorkbenchCommandConstants.EDIT_CUT,
			IWorkbenchCommandConstants.EDIT_PASTE, IWorkbenchCommandConstants.EDIT_DELETE, IWorkbenchCommandConstants.EDIT_SELECT_ALL);

	private final Composite editor;
	/** Kept: the editor's control is disposed before the editor. */
	private final Display display;
	private final Runnable dirtyChanged;
	private final BooleanSupplier active;
	private final ICommandService commands;
	private boolean pending;

	/**
	 * @param editor
	 *            the editor's control, holding its fields
	 * @param dirtyChanged
	 *            tells the workbench the editor's dirty state may have changed
	 * @param active
	 *            whether the editor is the active part, whose fields a command acts on
	 */
	public TypedText(Composite editor, Runnable dirtyChanged, BooleanSupplier active, ICommandService commands) {
		this.editor = editor;
		this.display = editor.getDisplay();
		this.dirtyChanged = dirtyChanged;
		this.active = active;
		this.commands = commands;
		display.addFilter(SWT.Modify, this);
		display.addFilter(SWT.FocusOut, this);
		commands.addExecutionListener(this);
	}

	/** Whether a field holds typed text not handed to the model yet. */
	public boolean pending() {
		return pending;
	}

	/** Makes the field with the keyboard hand its typed text to the model, as leaving it does. */
	public void commit() {
		if (!pending) {
			return;
		}
		Control focus = display.getFocusControl();
		if (focus != null && Controls.isInside(focus, editor)) {
			focus.notifyListeners(SWT.FocusOut, new Event());
		}
		pending = false;
		dirtyChanged.run();
	}

	@Override
	public void handleEvent(Event event) {
		if (event.type == SWT.Modify) {
			// what the user types, not what a field shows of the model: only the field with the keyboard
			if (!pending && event.widget instanceof Control field && field.isFocusControl() && Controls.isInside(field, editor)) {
				pending = true;
				dirtyChanged.run();
			}
		} else if (pending && event.widget instanceof Control field && Controls.isInside(field, editor)) {
			pending = false;
			// after the field's own listeners, which hand the text over
			display.asyncExec(() -> {
				if (!editor.isDisposed()) {
					dirtyChanged.run();
				}
			});
		}
	}

	@Override
	public void preExecute(String commandId, ExecutionEvent event) {
		if (pending && !IN_THE_FIELD.contains(commandId) && active.getAsBoolean()) {
			commit();
		}
	}

	@Override
	public void notHandled(String commandId, NotHandledException exception) {
		// nothing ran
	}

	@Override
	public void postExecuteFailure(String commandId, ExecutionException exception) {
		// handed over before
	}

	@Override
	public void postExecuteSuccess(String commandId, Object returnValue) {
		// handed over before
	}

	public void dispose() {
		commands.removeExecutionListener(this);
		if (!display.isDisposed()) {
			display.removeFilter(SWT.Modify, this);
			display.removeFilter(SWT.FocusOut, this);
		}
	}
}
