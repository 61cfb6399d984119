package org.hyoka.editor.tests;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;

/**
 * Opening an evaluation as its user does: the editor shows first, its findings reach the Problems view just after;
 * and a screenshot of the editor maximized.
 */
final class OpenedEditors {

	private OpenedEditors() {
	}

	/** Opens the file and waits for its first validation, which the editor runs once it has been painted. */
	static EvaluationEditor openValidated(WorkbenchBot bot, IFile file) {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		validated(bot, editor);
		return editor;
	}

	/** A screenshot of the active editor maximized, the control scrolled into view and painted; then restored. */
	static void shotMaximized(WorkbenchBot bot, Control control, String name) {
		IWorkbenchPartReference editor = bot.syncCall(() -> bot.page().getActivePartReference());
		bot.syncRun(() -> bot.page().setPartState(editor, IWorkbenchPage.STATE_MAXIMIZED));
		bot.syncRun(() -> UiBot.reveal(control));
		bot.settlePainting(control);
		bot.screenshot(name);
		bot.syncRun(() -> bot.page().setPartState(editor, IWorkbenchPage.STATE_RESTORED));
		bot.flush();
	}

	static void validated(WorkbenchBot bot, EvaluationEditor editor) {
		bot.waitUntil("the editor has validated " + editor.getEditorInput().getName(), editor::validated); //$NON-NLS-1$
	}
}
