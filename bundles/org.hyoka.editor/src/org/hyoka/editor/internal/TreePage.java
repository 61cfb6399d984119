package org.hyoka.editor.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.hyoka.edit.ui.TreeEditing;
import org.hyoka.editor.EvaluationEditor;

/**
 * The whole model as a tree: its context menu creates, deletes, cuts, copies and pastes objects as the item providers
 * allow, objects move by drag and drop, and the Properties view edits the selected object.
 */
public final class TreePage extends FormPage implements EvaluationEditor.RefreshablePage {

	public static final String ID = "org.hyoka.editor.page.tree"; //$NON-NLS-1$

	private final EvaluationEditor editor;
	private TreeViewer viewer;
	private TreeEditing editing;
	/** Until the tree's first paint GTK scrolls it as if it had no rows in view; a selection made before goes to the top then. */
	private boolean drawn;
	private boolean selectionToTop;

	public TreePage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageTree);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		Composite body = managedForm.getForm().getBody();
		managedForm.getForm().setText(Messages.pageTreeTitle);
		GridLayoutFactory.fillDefaults().applyTo(body);
		if (editor.model().readOnly()) {
			ReadOnlyBanner.create(managedForm.getToolkit(), body, editor.readOnlyReason());
		}
		viewer = ModelOutlinePage.modelTree(body, SWT.MULTI | SWT.BORDER, editor);
		// size hints, so that the form's reflow does not size the tree to all its rows, as wide as the widest: the tree
		// scrolls, not the form, and a tree expanded whole made a window larger than the X server would allocate
		GridDataFactory.fillDefaults().grab(true, true).hint(100, 100).applyTo(viewer.getControl());
		viewer.expandToLevel(2);
		Tree tree = viewer.getTree();
		tree.addListener(SWT.Paint, new Listener() {
			@Override
			public void handleEvent(Event event) {
				tree.removeListener(SWT.Paint, this);
				drawn = true;
				if (selectionToTop) {
					tree.getDisplay().asyncExec(() -> {
						if (!tree.isDisposed() && tree.getSelectionCount() > 0) {
							tree.setTopItem(tree.getSelection()[0]);
						}
					});
				}
			}
		});
		editing = TreeEditing.install(viewer, editor.model().domain());
		editor.selection().track(viewer);
	}

	@Override
	public void refresh() {
		if (viewer != null) {
			viewer.setInput(editor.model().resource());
		}
	}

	/** The tree, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The context menu's Cut, Copy, Paste and Delete when the tree has the keyboard, for the Edit menu; else null. */
	public TreeEditing focusedEditing() {
		return viewer != null && viewer.getControl().isFocusControl() ? editing : null;
	}

	/** Shows and selects objects of the model, e.g. the one a problem marker is about; with focus, takes the keyboard. */
	public void select(ISelection selection, boolean focus) {
		if (viewer != null) {
			viewer.setSelection(selection, true);
			// on a tree already drawn the selection is revealed where it is, and the user's scrolling stays
			selectionToTop = !drawn;
			if (focus) {
				viewer.getControl().setFocus();
			}
		}
	}

	@Override
	public boolean isEditor() {
		return true;
	}
}
