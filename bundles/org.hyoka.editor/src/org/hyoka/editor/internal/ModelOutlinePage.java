package org.hyoka.editor.internal;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.hyoka.edit.ui.ItemProviderContentProvider;
import org.hyoka.editor.EvaluationEditor;

/** The Outline view of an evaluation: the model's tree, whose selection the Properties view follows. */
public final class ModelOutlinePage extends ContentOutlinePage {

	private final EvaluationEditor editor;

	public ModelOutlinePage(EvaluationEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		configure(getTreeViewer(), editor);
		getTreeViewer().expandToLevel(2);
	}

	public void setInput(Object input) {
		if (getTreeViewer() != null) {
			getTreeViewer().setInput(input);
		}
	}

	/** A tree of the editor's model with item provider labels and icons. */
	static TreeViewer modelTree(Composite parent, int style, EvaluationEditor editor) {
		TreeViewer viewer = new TreeViewer(parent, style | SWT.V_SCROLL | SWT.H_SCROLL);
		configure(viewer, editor);
		return viewer;
	}

	private static void configure(TreeViewer viewer, EvaluationEditor editor) {
		viewer.setContentProvider(new ItemProviderContentProvider(editor.model().adapterFactory()));
		viewer.setLabelProvider(new ModelLabelProvider(editor.model().adapterFactory()));
		viewer.setUseHashlookup(true);
		viewer.setInput(editor.model().resource());
	}
}
