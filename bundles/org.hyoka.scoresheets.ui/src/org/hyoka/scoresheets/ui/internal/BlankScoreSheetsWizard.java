package org.hyoka.scoresheets.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.hyoka.model.EvaluationReport;
import org.hyoka.scoresheets.ScoreSheets;

/** File > Export… > Hyoka Workbench > Blank Score Sheets: one workbook per evaluator into a folder, as a Job. */
public class BlankScoreSheetsWizard extends EvaluationWizard implements IExportWizard {

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
		Job job = Job.create(Messages.Blank_job, monitor -> {
			try {
				ScoreSheets.writeAll(report, folder, monitor);
				return Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error(NLS.bind(Messages.Blank_failed, e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return true;
	}

}
