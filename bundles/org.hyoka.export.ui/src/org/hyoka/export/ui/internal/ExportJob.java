package org.hyoka.export.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.filesystem.EFS;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.hyoka.export.Exporter;
import org.hyoka.export.Exports;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;

/**
 * Runs an export in the background: a user job, so the workbench shows its progress with a Cancel button and
 * reports a failure naming the file. A cancelled or failed export leaves the destination as it was.
 */
final class ExportJob extends Job {

	static final String PLUGIN_ID = "org.hyoka.export.ui"; //$NON-NLS-1$

	/** The family of export jobs, for tests and for waiting on them. */
	static final Object FAMILY = ExportJob.class;

	/** Opens a file once written; tests record instead. */
	static Consumer<Path> open = ExportJob::openWritten;

	private final ExportRequest request;

	ExportJob(ExportRequest request) {
		super(NLS.bind(Messages.Job_name, request.destination().getFileName()));
		this.request = request;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		EvaluationReport report = request.shown();
		try {
			if (report == null) {
				report = HyokaFiles.load(request.source());
			}
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.Job_read, request.source(), e.getMessage()), e);
		}
		progress.split(1);
		Exporter exporter;
		try {
			exporter = request.format().create();
		} catch (CoreException e) {
			return Status.error(NLS.bind(Messages.Job_exporter, request.format().label(), e.getMessage()), e);
		}
		try {
			Exports.toFile(exporter, report, request.options(), request.destination(), progress.split(8));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return Status.error(NLS.bind(Messages.Job_write, request.destination(), e.getMessage()), e);
		}
		refreshWorkspace(progress.split(1));
		if (request.open() && PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open.accept(request.destination()));
		}
		return Status.OK_STATUS;
	}

	/**
	 * Opens the written file as a double-click in the Project Explorer does: in the editor the workbench has for its
	 * type (the product opens reports and tables in the desktop's application), else in the desktop's application.
	 */
	private static void openWritten(Path file) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		try {
			if (page != null && workbench.getEditorRegistry().getDefaultEditor(file.getFileName().toString()) != null) {
				IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
				return;
			}
		} catch (PartInitException e) {
			ILog.of(ExportJob.class).warn(e.getMessage(), e);
		}
		if (!Program.launch(file.toString())) {
			MessageDialog.openInformation(window == null ? null : window.getShell(), Messages.Wizard_title, NLS.bind(Messages.Job_noApplication, file));
		}
	}

	/** An export into the workspace shows up in the Project Explorer at once. */
	private void refreshWorkspace(IProgressMonitor monitor) {
		for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(request.destination().toUri())) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, monitor);
			} catch (CoreException e) {
				// the file is written; the workspace catches up on its next refresh
			}
		}
	}
}
