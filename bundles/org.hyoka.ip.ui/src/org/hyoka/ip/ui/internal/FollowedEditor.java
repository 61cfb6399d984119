package org.hyoka.ip.ui.internal;

import java.util.EventObject;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.hyoka.editor.EvaluationEditor;

/**
 * The evaluation editor a view follows: the active one, kept while another part has the focus. Tells the view when it
 * follows another editor (or none) and after every command, undo and redo on the followed editor's stack, and gives
 * the view the editor's Undo and Redo, so that Edit &gt; Undo names the view's last change.
 */
final class FollowedEditor implements IPartListener2 {

	private final IViewSite site;
	private final Consumer<EvaluationEditor> switched;
	private final Runnable changed;
	private final CommandStackListener listener = this::commandStackChanged;
	private EvaluationEditor editor;

	FollowedEditor(IViewSite site, Consumer<EvaluationEditor> switched, Runnable changed) {
		this.site = site;
		this.switched = switched;
		this.changed = changed;
	}

	/** Follows the active editor from now on; the view is ready for the first switch. */
	void start() {
		site.getPage().addPartListener(this);
		follow(site.getPage().getActiveEditor());
	}

	/** The name of the followed editor's file without its extension, for the names of files written from it; empty with none. */
	String fileStem() {
		String name = editor() == null ? "" : editor().getEditorInput().getName(); //$NON-NLS-1$
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/** The folder of the followed editor's file, where the dialogs for files written from it start; null with none. */
	String folder() {
		return editor() == null ? null : editor().folder();
	}

	/** The editor followed, or null. */
	EvaluationEditor editor() {
		return editor;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof EvaluationEditor activated) {
			follow(activated);
		}
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		partActivated(reference);
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		IWorkbenchPart part = reference.getPart(false);
		if (part != null && part == editor) {
			IEditorPart next = site.getPage().getActiveEditor();
			follow(next == part ? null : next);
		}
	}

	private void follow(IEditorPart part) {
		EvaluationEditor next = part instanceof EvaluationEditor evaluation ? evaluation : null;
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(listener);
		}
		editor = next;
		IActionBars bars = site.getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.undoRedo().undo());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.undoRedo().redo());
		bars.updateActionBars();
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().addCommandStackListener(listener);
		}
		switched.accept(editor);
	}

	// after the command has run and the editor has had its say
	private void commandStackChanged(EventObject event) {
		site.getShell().getDisplay().asyncExec(() -> {
			if (editor != null) {
				changed.run();
			}
		});
	}

	void dispose() {
		site.getPage().removePartListener(this);
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(listener);
		}
		editor = null;
	}
}
