package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.hyoka.team.Logins;

/**
 * A Git operation on a folder of evaluations, run as a job with progress: the editors of the folder are saved first
 * (a save does not commit), and when it ends the workspace shows what Git wrote and a dialog says what happened.
 */
@FunctionalInterface
interface TeamOperation {

	/**
	 * Does the work, off the UI thread, logging in with the logins when the remote asks; returns what tells the user
	 * the outcome, on the UI thread.
	 */
	Consumer<IWorkbenchWindow> run(IProgressMonitor monitor, Logins logins) throws IOException, GitAPIException, CoreException;

	/** Asks to save the folder's unsaved editors, in the workspace or outside it; false when the user cancelled. */
	static boolean saveEditors(IWorkbenchWindow window, TeamFolder folder) {
		return PlatformUI.getWorkbench().saveAll(window, window,
				(saveable, parts) -> Arrays.stream(parts).anyMatch(part -> part instanceof IEditorPart editor && folder.holds(editor)), true);
	}

	/**
	 * Runs the operation as a job named {@code job}; a failure is shown in a dialog titled {@code title} naming the
	 * folder, or the job when there is no folder yet (a clone).
	 */
	static void schedule(IWorkbenchWindow window, TeamFolder folder, String title, String job, TeamOperation operation) {
		Logins logins = LoginDialog.logins(window.getShell());
		Job running = Job.create(job, monitor -> {
			monitor.beginTask(job, IProgressMonitor.UNKNOWN);
			Consumer<IWorkbenchWindow> outcome;
			try {
				outcome = operation.run(monitor, logins);
			} catch (IOException | GitAPIException | CoreException | RuntimeException e) {
				ILog.of(TeamOperation.class).log(Status.warning(job, e));
				String reason = logins.problem() != null ? logins.problem() : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
				outcome = shown -> MessageDialog.openError(shown.getShell(), title, NLS.bind(Messages.failed, folder == null ? job : folder.name(), reason));
			} finally {
				logins.keepAccepted();
			}
			Consumer<IWorkbenchWindow> then = outcome;
			window.getShell().getDisplay().asyncExec(() -> {
				if (window.getShell().isDisposed()) {
					return;
				}
				if (folder != null && window.getActivePage() != null) {
					try {
						folder.refresh(window.getActivePage(), null);
					} catch (CoreException e) {
						ILog.of(TeamOperation.class).log(e.getStatus());
					}
					// a publication or an update made new versions
					if (window.getActivePage().findView(HistoryView.ID) instanceof HistoryView history) {
						history.refresh();
					}
				}
				then.accept(window);
			});
			monitor.done();
		});
		running.setUser(true);
		running.schedule();
	}
}
