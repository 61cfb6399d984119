package org.hyoka.app.internal;

import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.commands.ICommandService;

/**
 * Makes an edit key the key bindings ran (Ctrl+V, Ctrl+C, Ctrl+X, Ctrl+A, Delete) act once. The key binding dispatcher
 * of org.eclipse.e4.ui.bindings 0.15.100, the newest on Maven Central, runs the command in a dialog's field and then
 * leaves the key to the field as well when it holds the command disabled (eclipse-platform/eclipse.platform.ui#4080,
 * fixed upstream after that version): Ctrl+V in the New Evaluation wizard pasted twice. The key that triggered the
 * command is consumed as the dispatcher should have done.
 */
final class EditKeysOnce implements IExecutionListener {

	private static final Set<String> EDIT = Set.of(IWorkbenchCommandConstants.EDIT_PASTE, IWorkbenchCommandConstants.EDIT_COPY,
			IWorkbenchCommandConstants.EDIT_CUT, IWorkbenchCommandConstants.EDIT_SELECT_ALL, IWorkbenchCommandConstants.EDIT_DELETE);

	private EditKeysOnce() {
	}

	static void install(IWorkbench workbench) {
		workbench.getService(ICommandService.class).addExecutionListener(new EditKeysOnce());
	}

	@Override
	public void preExecute(String commandId, ExecutionEvent event) {
		if (EDIT.contains(commandId) && event.getTrigger() instanceof Event key && key.type == SWT.KeyDown) {
			key.doit = false;
		}
	}

	@Override
	public void notHandled(String commandId, NotHandledException exception) {
		// nothing ran: the key is the field's
	}

	@Override
	public void postExecuteFailure(String commandId, ExecutionException exception) {
		// the key was consumed before
	}

	@Override
	public void postExecuteSuccess(String commandId, Object returnValue) {
		// the key was consumed before
	}
}
