package org.hyoka.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.hyoka.model.persistence.BrokenReferencesException;
import org.hyoka.model.persistence.HyokaFiles;

/**
 * Opens evaluation files named outside the workbench (on its command line, or handed over by a second start) in the
 * window in front, which it brings to the front. A file that is missing, a folder, unreadable or not an evaluation
 * gets a dialog naming it and saying why, instead of an editor.
 */
final class OpenFiles {

	private OpenFiles() {
	}

	/** From any thread: the files are checked on a job's thread, then opened one by one on the UI thread. */
	static void open(IWorkbench workbench, List<Path> files) {
		open(workbench, files, () -> {
		});
	}

	/** As {@link #open(IWorkbench, List)}, then runs {@code then} on the UI thread once every file is open. */
	static void open(IWorkbench workbench, List<Path> files, Runnable then) {
		Display display = workbench.getDisplay();
		display.asyncExec(() -> {
			IWorkbenchWindow window = window(workbench);
			if (window != null) {
				toFront(window.getShell());
			}
		});
		if (files.isEmpty()) {
			display.asyncExec(then);
			return;
		}
		Job.createSystem("Open " + files, monitor -> { //$NON-NLS-1$
			for (Path file : files) {
				String problem = problem(file);
				display.syncExec(() -> {
					IWorkbenchWindow window = window(workbench);
					if (window == null) {
						return; // the workbench is closing
					}
					if (problem != null) {
						MessageDialog.openError(window.getShell(), Messages.OpenFile_title, problem);
					} else {
						new OpenFileAction(window).open(file);
					}
				});
			}
			display.asyncExec(then);
		}).schedule();
	}

	/** What keeps the file from opening as an evaluation, said for its user; null if nothing does. */
	static String problem(Path file) {
		if (!Files.exists(file)) {
			return NLS.bind(Messages.OpenFile_missing, file);
		}
		if (Files.isDirectory(file)) {
			return NLS.bind(Messages.OpenFile_folder, file);
		}
		if (!Files.isReadable(file)) {
			return NLS.bind(Messages.OpenFile_unreadable, file);
		}
		try {
			HyokaFiles.load(file);
			return null;
		} catch (BrokenReferencesException e) {
			return null; // the editor names the references and offers to show the file read-only
		} catch (IOException | RuntimeException e) {
			// the loader's message names file, line and column
			return NLS.bind(Messages.OpenFile_broken, file, e.getMessage());
		}
	}

	private static IWorkbenchWindow window(IWorkbench workbench) {
		if (workbench.isClosing()) {
			return null;
		}
		IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
		IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
		return active != null ? active : windows.length > 0 ? windows[0] : null;
	}

	/** Shows the shell in front of the desktop's other windows, as far as the window manager lets a program. */
	private static void toFront(Shell shell) {
		if (shell.getMinimized()) {
			shell.setMinimized(false);
		}
		shell.forceActive();
		shell.setActive();
	}
}
