package org.hyoka.editor.internal;

import java.io.IOException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;

/** Shown instead of the pages when a file cannot be read: what is wrong, and where. The file is not touched. */
public final class LoadErrorPage extends FormPage {

	private final IOException failure;

	public LoadErrorPage(FormEditor editor, IOException failure) {
		super(editor, "org.hyoka.editor.page.error", Messages.pageError); //$NON-NLS-1$
		this.failure = failure;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		managedForm.getForm().setText(Messages.pageErrorTitle);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(managedForm.getForm().getBody());
		// a HyokaLoadException's message lists every problem with file, line and column
		String text = failure == null ? Messages.noReport : failure.getMessage();
		Label label = managedForm.getToolkit().createLabel(managedForm.getForm().getBody(), text, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(label);
	}
}
