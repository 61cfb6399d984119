package org.hyoka.editor.internal.wizard;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.swt.IFocusService;

/**
 * Paste (Ctrl+V, Edit &gt; Paste) while a table of the New Evaluation wizard has the keyboard: the clipboard's text,
 * e.g. cells copied from a spreadsheet, goes into the table's rows. Without this handler the workbench's Paste would
 * run the active part's and keep the key from the table. Active while a table tracked as {@link #TABLE_ID} has the
 * focus (plugin.xml).
 */
public class WizardTablePaste extends AbstractHandler {

	static final String TABLE_ID = "org.hyoka.editor.wizard.table"; //$NON-NLS-1$
	/** The table's paste of a text, under this data key of the table. */
	private static final String PASTE = "org.hyoka.editor.wizard.paste"; //$NON-NLS-1$

	/** Lets Paste reach the table while it has the keyboard, as the text pasted. */
	static void track(Table table, Consumer<String> paste) {
		table.setData(PASTE, paste);
		IFocusService focus = PlatformUI.getWorkbench().getService(IFocusService.class);
		focus.addFocusTracker(table, TABLE_ID);
		table.addDisposeListener(event -> focus.removeFocusTracker(table));
	}

	@Override
	@SuppressWarnings("unchecked")
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getVariable(event, ISources.ACTIVE_FOCUS_CONTROL_NAME) instanceof Control table
				&& table.getData(PASTE) instanceof Consumer<?> paste) {
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
