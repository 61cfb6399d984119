package org.hyoka.editor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hyoka.editor.EvaluationEditor;

/** Edit > Validate: the findings of the active evaluation, unsaved changes included, in the Problems view. */
public final class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof EvaluationEditor editor) {
			editor.updateMarkers();
		}
		return null;
	}
}
