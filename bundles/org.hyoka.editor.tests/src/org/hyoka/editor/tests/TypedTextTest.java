package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.TextBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word processor user's Ctrl+S right after typing, the keyboard still in the field: the fields hand their text to
 * the model only when they lose the keyboard, and the save left what was typed out of the file, with no mark of a
 * change before it. The editor now shows itself changed from the first key, and saving hands the text over first.
 */
class TypedTextTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void saveRightAfterTypingSavesWhatWasTyped() throws Exception {
		IFile file = FileChangedOutsideTest.copyOfSample("typed");
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		TextBot title = bot.windowShell().textWithLabel("Report title");
		String typed = title.getText() + "（改訂版）";
		title.setText(typed);
		assertTrue(bot.syncCall(editor::isDirty), "changed from the first key, the keyboard still in the field");

		// Ctrl+S: the workbench's Save command, as its key binding runs it
		bot.syncRun(() -> {
			try {
				bot.window().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
			} catch (CommandException e) {
				throw new AssertionError("File > Save", e);
			}
		});
		bot.waitUntil("the editor is saved", () -> !bot.syncCall(editor::isDirty));
		assertTrue(Files.readString(file.getLocation().toPath()).contains(typed), "the file holds the title as typed: " + typed);
		bot.screenshot("typed-and-saved.png");
	}
}
