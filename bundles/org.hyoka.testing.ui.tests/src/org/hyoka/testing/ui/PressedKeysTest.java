package org.hyoka.testing.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListenerWithChecks;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/** The keys a bot presses reach the workbench's key bindings as a user's do. */
class PressedKeysTest {

	private final WorkbenchBot bot = new WorkbenchBot();

	@Test
	void everyDeletePressedGoesToTheDeleteCommand() {
		AtomicInteger deletes = new AtomicInteger();
		// whatever the active part's handler does with it, even nothing when it has nothing to delete
		IExecutionListenerWithChecks counter = new IExecutionListenerWithChecks() {
			@Override
			public void preExecute(String commandId, ExecutionEvent event) {
				count(commandId);
			}

			@Override
			public void notEnabled(String commandId, NotEnabledException exception) {
				count(commandId);
			}

			@Override
			public void notHandled(String commandId, NotHandledException exception) {
				count(commandId);
			}

			@Override
			public void notDefined(String commandId, NotDefinedException exception) {
				count(commandId);
			}

			@Override
			public void postExecuteSuccess(String commandId, Object returnValue) {
				// counted before
			}

			@Override
			public void postExecuteFailure(String commandId, ExecutionException exception) {
				// counted before
			}

			private void count(String commandId) {
				if (commandId.equals(IWorkbenchCommandConstants.EDIT_DELETE)) {
					deletes.incrementAndGet();
				}
			}
		};
		ICommandService commands = bot.syncCall(() -> bot.window().getService(ICommandService.class));
		bot.syncRun(() -> commands.addExecutionListener(counter));
		try {
			Shell window = bot.syncCall(() -> bot.window().getShell());
			bot.syncRun(() -> {
				window.forceActive(); // no window manager gives it back after another test's dialog
				window.setFocus();
			});
			bot.flush();
			assertTrue(bot.syncCall(() -> bot.display().getActiveShell() == window), "the workbench window is active");
			// Delete goes to the bindings after the control's own listeners, and one with the time of the Delete
			// before is taken for that key again: a run of tests presses many
			for (int pressed = 1; pressed <= 3; pressed++) {
				int before = deletes.get();
				bot.pressKey(window, SWT.DEL);
				assertTrue(deletes.get() > before, "Delete number " + pressed + " went to the command");
			}
		} finally {
			bot.syncRun(() -> commands.removeExecutionListener(counter));
		}
	}
}
