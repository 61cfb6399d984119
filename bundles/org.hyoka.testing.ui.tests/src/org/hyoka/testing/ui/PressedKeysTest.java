package org.hyoka.testing.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
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
		// whatever the active part's handler then does with it
		IExecutionListener counter = new IExecutionListener() {
			@Override
			public void preExecute(String commandId, ExecutionEvent event) {
				if (commandId.equals(IWorkbenchCommandConstants.EDIT_DELETE)) {
					deletes.incrementAndGet();
				}
			}

			@Override
			public void notHandled(String commandId, NotHandledException exception) {
				// no handler: nothing ran
			}

			@Override
			public void postExecuteSuccess(String commandId, Object returnValue) {
				// counted before
			}

			@Override
			public void postExecuteFailure(String commandId, ExecutionException exception) {
				// counted before
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
