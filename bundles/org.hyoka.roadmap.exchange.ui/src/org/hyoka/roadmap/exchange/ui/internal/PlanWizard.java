package org.hyoka.roadmap.exchange.ui.internal;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.hyoka.edit.ui.WizardBanners;
import org.hyoka.editor.EvaluationEditor;

/** A wizard on the evaluation of the active editor (the last one active when a view is), with one page. */
abstract class PlanWizard extends Wizard {

	/** The editor, null when none is open. */
	protected EvaluationEditor editor;

	PlanWizard(String title) {
		setWindowTitle(title);
		setDefaultPageImageDescriptor(this instanceof IImportWizard ? WizardBanners.importing() : WizardBanners.exporting());
	}

	/** Implements both {@code IImportWizard.init} and {@code IExportWizard.init}. */
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IEditorPart active = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		editor = active instanceof EvaluationEditor evaluation ? evaluation : null;
	}

	/** A labelled drop-down list of one row of a page's grid. */
	static Combo choice(Composite grid, String label) {
		new Label(grid, SWT.NONE).setText(label);
		Combo combo = new Combo(grid, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return combo;
	}

	/** The page's controls: three columns, a label, a field and a button. */
	static Composite grid(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));
		return composite;
	}
}
