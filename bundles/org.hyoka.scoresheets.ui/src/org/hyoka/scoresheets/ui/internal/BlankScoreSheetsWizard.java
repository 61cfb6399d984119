package org.hyoka.scoresheets.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.PlatformUI;
import org.hyoka.model.EvaluationReport;
import org.hyoka.scoresheets.ScoreSheets;

/**
 * File > Export… > Hyoka Workbench > Blank Score Sheets: one workbook per evaluator into a folder, as a Job, then the
 * folder in the desktop's file manager unless the user turned that off.
 */
public class BlankScoreSheetsWizard extends EvaluationWizard implements IExportWizard {

	/** Shows the folder the sheets were written to; tests record instead. */
	static Consumer<Path> openFolder = BlankScoreSheetsWizard::showFolder;

	private BlankScoreSheetsPage page;

	public BlankScoreSheetsWizard() {
		super(Messages.Blank_title);
	}

	@Override
	public void addPages() {
		page = new BlankScoreSheetsPage(workbenchPage, initialSource);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		// A copy, so that the Job never reads a model the editor is changing.
		EvaluationReport report = EcoreUtil.copy(page.target().report());
		Path folder = page.folder();
		boolean open = page.opensFolder();
		Display display = getShell().getDisplay();
		Job job = Job.create(Messages.Blank_job, monitor -> {
			try {
				ScoreSheets.writeAll(report, folder, monitor);
				if (open) {
					display.asyncExec(() -> openFolder.accept(folder));
				}
				return Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error(NLS.bind(Messages.Blank_failed, e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return true;
	}

	/** In the desktop's file manager, from which the sheets go out by mail; a message where the desktop has none. */
	private static void showFolder(Path folder) {
		if (!Program.launch(folder.toString())) {
			MessageDialog.openInformation(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), Messages.Blank_title,
					NLS.bind(Messages.Blank_noFileManager, folder));
		}
	}

}
