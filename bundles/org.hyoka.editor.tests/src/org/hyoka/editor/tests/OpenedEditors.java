package org.hyoka.editor.tests;

import org.eclipse.core.resources.IFile;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.testing.ui.WorkbenchBot;

/** Opening an evaluation as its user does: the editor shows first, its findings reach the Problems view just after. */
final class OpenedEditors {

	private OpenedEditors() {
	}

	/** Opens the file and waits for its first validation, which the editor runs once it has been painted. */
	static EvaluationEditor openValidated(WorkbenchBot bot, IFile file) {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		validated(bot, editor);
		return editor;
	}

	static void validated(WorkbenchBot bot, EvaluationEditor editor) {
		bot.waitUntil("the editor has validated " + editor.getEditorInput().getName(), editor::validated); //$NON-NLS-1$
	}
}
