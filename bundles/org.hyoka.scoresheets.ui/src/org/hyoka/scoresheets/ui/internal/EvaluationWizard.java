package org.hyoka.scoresheets.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.hyoka.edit.ui.WizardBanners;

/** A wizard that starts from an evaluation: the selected .hyoka file, else the active editor's. */
public abstract class EvaluationWizard extends Wizard {

	/** The workbench page the wizard was opened in, null outside a workbench window. */
	protected IWorkbenchPage workbenchPage;
	/** The evaluation proposed to the user, or null. */
	protected Path initialSource;

	EvaluationWizard(String title) {
		setWindowTitle(title);
		setDefaultPageImageDescriptor(this instanceof IImportWizard ? WizardBanners.importing() : WizardBanners.exporting());
	}

	/** Implements both {@code IImportWizard.init} and {@code IExportWizard.init}. */
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		workbenchPage = EvaluationTarget.activePage(workbench);
		initialSource = EvaluationTarget.proposed(workbenchPage, selection);
	}
}
