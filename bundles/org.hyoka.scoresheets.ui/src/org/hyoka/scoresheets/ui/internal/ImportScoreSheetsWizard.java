package org.hyoka.scoresheets.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.hyoka.scoresheets.ImportPlan;

/**
 * File > Import… > Hyoka Workbench > Score Sheets: one page with the preview; Finish runs the plan as one command on
 * the editor's command stack, or saves it into the file when no editor has it open.
 */
public class ImportScoreSheetsWizard extends Wizard implements IImportWizard {

	private IWorkbenchPage workbenchPage;
	private Path initialSource;
	private ImportScoreSheetsPage page;

	public ImportScoreSheetsWizard() {
		setWindowTitle(Messages.Import_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		workbenchPage = EvaluationTarget.activePage(workbench);
		initialSource = EvaluationTarget.proposed(workbenchPage, selection);
	}

	@Override
	public void addPages() {
		page = new ImportScoreSheetsPage(workbenchPage, initialSource);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		EvaluationTarget target = page.target();
		ImportPlan plan = page.plan();
		try {
			target.apply(plan);
			return true;
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getShell(), Messages.Import_title, NLS.bind(Messages.Import_failed, e.getMessage()));
			return false;
		}
	}
}
