package org.hyoka.editor.internal;

import java.io.IOException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;

/**
 * Shown instead of the pages when a file cannot be read: what is wrong, and where. The file is not touched. When only
 * references that name nothing are wrong, it offers to show the file read-only.
 */
public final class LoadErrorPage extends FormPage {

	private final String file;
	private final IOException failure;
	private final Runnable openReadOnly;

	/**
	 * @param file
	 *            the file as its user knows it: its path in the workspace, or on disk
	 * @param openReadOnly
	 *            shows the file read-only, or null when it cannot be shown at all
	 */
	public LoadErrorPage(FormEditor editor, String file, IOException failure, Runnable openReadOnly) {
		super(editor, "org.hyoka.editor.page.error", Messages.pageError); //$NON-NLS-1$
		this.file = file;
		this.failure = failure;
		this.openReadOnly = openReadOnly;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		managedForm.getForm().setText(Messages.pageErrorTitle);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(managedForm.getForm().getBody());
		// a HyokaLoadException's message lists every problem with the file's path on disk, line and column
		String text = failure == null ? file + ": " + Messages.noReport : failure.getMessage(); //$NON-NLS-1$
		Label label = managedForm.getToolkit().createLabel(managedForm.getForm().getBody(), text, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(label);
		if (openReadOnly == null) {
			Label advice = managedForm.getToolkit().createLabel(managedForm.getForm().getBody(), NLS.bind(Messages.loadFailedAdvice, file), SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).indent(0, 10).applyTo(advice);
		} else {
			Label hint = managedForm.getToolkit().createLabel(managedForm.getForm().getBody(), Messages.openReadOnlyHint, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).indent(0, 10).applyTo(hint);
			Button open = managedForm.getToolkit().createButton(managedForm.getForm().getBody(), Messages.openReadOnly, SWT.PUSH);
			// later: the editor removes this page, and the button with it
			open.addListener(SWT.Selection, event -> open.getDisplay().asyncExec(openReadOnly));
		}
	}
}
