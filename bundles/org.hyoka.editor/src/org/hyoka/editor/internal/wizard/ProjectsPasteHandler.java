package org.hyoka.editor.internal.wizard;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Paste (Ctrl+V, Edit &gt; Paste) while the New Evaluation wizard's projects table has the keyboard: the clipboard's
 * text, e.g. cells copied from a spreadsheet, goes into the table's rows. Active while the table tracked as
 * {@link #TABLE_ID} has the focus (plugin.xml).
 */
public class ProjectsPasteHandler extends AbstractHandler {

	static final String TABLE_ID = "org.hyoka.editor.wizard.projects"; //$NON-NLS-1$

	@Override
	@SuppressWarnings("unchecked")
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getVariable(event, ISources.ACTIVE_FOCUS_CONTROL_NAME) instanceof Control table
				&& table.getData(EvaluationDetailsPage.PASTE) instanceof Consumer<?> paste) {
			Clipboard clipboard = new Clipboard(table.getDisplay());
			try {
				if (clipboard.getContents(TextTransfer.getInstance()) instanceof String text) {
					((Consumer<String>) paste).accept(text);
				}
			} finally {
				clipboard.dispose();
			}
		}
		return null;
	}
}
