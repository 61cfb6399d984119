package org.hyoka.editor.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.hyoka.edit.ui.TreeEditing;
import org.hyoka.editor.EvaluationEditor;

/**
 * Connects the active evaluation editor to the workbench's Undo, Redo, Revert, Print and Find/Replace, and Cut, Copy,
 * Paste, Delete and Select All to its fields, cell editors and the Tree page's objects.
 */
public final class EvaluationEditorContributor extends MultiPageEditorActionBarContributor {

	private EvaluationEditor editor;
	private PrintAction print;
	private final IAction find = FindDialog.action(() -> editor);
	private final Action revert = new Action() {
		@Override
		public void run() {
			if (editor != null) {
				editor.revert();
			}
		}
	};

	@Override
	public void init(IActionBars bars, IWorkbenchPage page) {
		print = new PrintAction(page.getWorkbenchWindow());
		super.init(bars, page);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		editor = part instanceof EvaluationEditor evaluation ? evaluation : null;
		IActionBars bars = getActionBars();
		if (bars == null) {
			return;
		}
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.undoRedo().undo());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.undoRedo().redo());
		bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), editor == null ? null : revert);
		bars.setGlobalActionHandler(ActionFactory.PRINT.getId(), editor == null ? null : print);
		bars.setGlobalActionHandler(ActionFactory.FIND.getId(), editor == null ? null : find);
		if (editor == null) {
			EditActions.unregister(bars);
		} else {
			EditActions.register(bars, this::focusedTree);
		}
		bars.updateActionBars();
		super.setActiveEditor(part);
	}

	/** The Tree page's editing when its tree has the keyboard. */
	private TreeEditing focusedTree() {
		return editor != null && editor.getActivePageInstance() instanceof TreePage page ? page.focusedEditing() : null;
	}

	@Override
	public void dispose() {
		print.dispose();
		super.dispose();
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the pages are form pages, not nested editors: the handlers above serve them all
	}
}
