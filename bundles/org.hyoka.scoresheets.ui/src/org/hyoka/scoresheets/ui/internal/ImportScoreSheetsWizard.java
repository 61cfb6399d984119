package org.hyoka.scoresheets.ui.internal;

import java.io.IOException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.hyoka.scoresheets.ImportPlan;

/**
 * File > Import… > Hyoka Workbench > Score Sheets: one page with the preview; Finish runs the plan as one command on
 * the editor's command stack, or saves it into the file when no editor has it open.
 */
public class ImportScoreSheetsWizard extends EvaluationWizard implements IImportWizard {

	private ImportScoreSheetsPage page;

	public ImportScoreSheetsWizard() {
		super(Messages.Import_title);
		// the preview reads the sheets on the wizard's own progress bar, with Cancel
		setNeedsProgressMonitor(true);
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
