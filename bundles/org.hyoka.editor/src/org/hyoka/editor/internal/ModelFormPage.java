package org.hyoka.editor.internal;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.hyoka.editor.EvaluationEditor;

/**
 * A form page over the editor's model: built by {@link #fill()}, rebuilt after Revert, and told of every command
 * once the command has run.
 */
abstract class ModelFormPage extends FormPage implements EvaluationEditor.RefreshablePage {

	protected final EvaluationEditor editor;
	protected Composite content;
	private final String formTitle;
	private final CommandStackListener listener = this::commandStackChanged;

	ModelFormPage(EvaluationEditor editor, String id, String tabTitle, String formTitle) {
		super(editor, id, tabTitle);
		this.editor = editor;
		this.formTitle = formTitle;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		managedForm.getForm().setText(formTitle);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(managedForm.getForm().getBody());
		content = managedForm.getToolkit().createComposite(managedForm.getForm().getBody());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
		GridLayoutFactory.fillDefaults().applyTo(content);
		fill();
		editor.model().commandStack().addCommandStackListener(listener);
	}

	/** Creates the page's widgets in {@link #content} from the current model. */
	protected abstract void fill();

	/** Brings the widgets up to date after a command, undo or redo. */
	protected abstract void modelChanged();

	@Override
	public void refresh() {
		if (content == null) {
			return;
		}
		for (var child : content.getChildren()) {
			child.dispose();
		}
		fill();
		getManagedForm().reflow(true);
	}

	private void commandStackChanged(EventObject event) {
		if (content != null && !content.isDisposed()) {
			content.getDisplay().asyncExec(() -> {
				if (!content.isDisposed()) {
					modelChanged();
				}
			});
		}
	}

	@Override
	public void dispose() {
		editor.model().commandStack().removeCommandStackListener(listener);
		super.dispose();
	}
}
