package org.hyoka.ip.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyoka.ip.register.RegisterImport;

/**
 * What an import of a register table would add and what it leaves out, a line each naming its place in the table
 * ({@code file:line} or {@code file!sheet!cell}), as the score-sheet import previews it; Import adds the records.
 * When rows cannot be read it lists every problem of the table instead, and only closes.
 */
final class ImportDialog extends Dialog {

	/** The {@link org.eclipse.swt.widgets.Widget#getData(String) data key} value of the list of lines, under {@link RegisterView#TABLE}. */
	static final String LINES = "importLines"; //$NON-NLS-1$

	private final RegisterImport plan;
	private final List<String> problems;

	ImportDialog(Shell parent, RegisterImport plan) {
		super(parent);
		this.plan = plan;
		this.problems = List.of();
	}

	/** The refusal of a table whose rows cannot be read: every problem, nothing to import. */
	ImportDialog(Shell parent, List<String> problems) {
		super(parent);
		this.plan = null;
		this.problems = List.copyOf(problems);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.importTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(plan == null ? NLS.bind(Messages.importRefused, problems.size())
				: NLS.bind(Messages.importSummary, plan.additions().size(), plan.conflicts().size()));
		Text lines = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		lines.setData(RegisterView.TABLE, LINES);
		lines.setText(String.join(lines.getLineDelimiter(), lines()));
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 240).applyTo(lines);
		return area;
	}

	private List<String> lines() {
		if (plan == null) {
			return problems;
		}
		List<String> lines = new ArrayList<>();
		plan.additions().forEach(addition -> lines.add(NLS.bind(Messages.importAddition,
				new Object[] { addition.source(), addition.object().eClass().getName(), addition.object().getId() })));
		plan.conflicts().forEach(conflict -> lines.add(conflict.source() + ": " + conflict.message())); //$NON-NLS-1$
		return lines;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (plan == null || plan.additions().isEmpty()) {
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
		} else {
			createButton(parent, IDialogConstants.OK_ID, Messages.importButton, true);
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		}
	}
}
