package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ctrl+V in a wizard's field pastes once: the key the key bindings ran Paste for is not left to the field as well,
 * which would paste a second time ({@link EditKeysOnce}).
 */
class EditKeysOnceTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void ctrlVPastesOnceInTheNewEvaluationWizard() {
		bot.windowShell().menu("File", "New", "Evaluation").click();
		ShellBot wizard = bot.shell("New Evaluation");
		try {
			Text name = wizard.textWithLabel("File name:").setText("").widget();
			bot.setClipboard("中間評価2026");
			Event ctrlV = key(name, 'v', SWT.MOD1);
			bot.syncRun(() -> name.notifyListeners(SWT.KeyDown, ctrlV));
			assertEquals("中間評価2026", bot.syncCall(name::getText), "typed Ctrl+V pastes once");
			assertFalse(ctrlV.doit, "the typed key is consumed");

			// The dispatcher of the platform on Maven Central leaves the key when it holds Paste disabled in the
			// window (eclipse.platform.ui#4080); whatever it decides, a key that ran an edit command is consumed.
			bot.syncRun(() -> name.setText(""));
			Event ranPaste = key(name, 'v', SWT.MOD1);
			bot.syncRun(() -> {
				try {
					PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_PASTE, ranPaste);
				} catch (Exception e) {
					throw new AssertionError(e);
				}
			});
			assertEquals("中間評価2026", bot.syncCall(name::getText));
			assertFalse(ranPaste.doit, "the key an edit command ran for is not left to the field");

			Event typed = key(name, 'x', SWT.NONE);
			bot.syncRun(() -> name.notifyListeners(SWT.KeyDown, typed));
			assertTrue(typed.doit, "a key no binding runs stays the field's");
		} finally {
			wizard.close();
		}
	}

	/** A key down on the field as SWT delivers a typed key; with Ctrl a letter comes as its control character. */
	private Event key(Text field, char key, int modifiers) {
		Event event = UiBot.newEvent();
		event.type = SWT.KeyDown;
		event.widget = field;
		event.display = field.getDisplay();
		event.keyCode = key;
		event.character = (modifiers & SWT.MOD1) != 0 ? (char) (key & 0x1f) : key;
		event.stateMask = modifiers;
		bot.syncRun(field::setFocus);
		return event;
	}
}
