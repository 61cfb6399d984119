package org.hyoka.team.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A dialog of a few text fields under a text saying what to give, whose OK button, named for what it does, is enabled
 * only while the fields are {@link #complete() complete}: the Team menu's Author, Share and Clone dialogs.
 */
abstract class FieldsDialog extends Dialog {

	private final String title;
	private final String okLabel;

	/** OK_LABEL null keeps the button's own "OK". */
	FieldsDialog(Shell parent, String title, String okLabel) {
		super(parent);
		this.title = title;
		this.okLabel = okLabel;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	/** The dialog area in COLUMNS columns, headed by INTRO across them, wrapped at WIDTH pixels. */
	final Composite area(Composite parent, int columns, String intro, int width) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(area);
		Label text = new Label(area, SWT.WRAP);
		text.setText(intro);
		GridDataFactory.fillDefaults().span(columns, 1).hint(width, SWT.DEFAULT).applyTo(text);
		return area;
	}

	/** A text field after its LABEL, filling the row's remaining SPAN columns; what is typed is checked at once. */
	final Text field(Composite area, String label, int span, int width) {
		new Label(area, SWT.NONE).setText(label);
		Text field = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(width, SWT.DEFAULT).applyTo(field);
		field.addModifyListener(event -> update());
		return field;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		if (okLabel != null) {
			getButton(IDialogConstants.OK_ID).setText(okLabel);
		}
		update();
	}

	/** OK follows {@link #complete()}; before the buttons are made there is none to enable. */
	final void update() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(complete());
		}
	}

	/** Whether the fields hold what OK needs; a dialog may show here why they do not. */
	abstract boolean complete();
}
