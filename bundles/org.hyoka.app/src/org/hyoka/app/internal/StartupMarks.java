package org.hyoka.app.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * With {@code -Dhyoka.startupMarks=FILE}, appends to FILE the wall-clock time (ms) at which the first window was
 * shown ({@code window T C Q}, its shell made visible) and at which the first editor had been painted in it
 * ({@code editor T C Q}), with C the CPU time (ms) the UI thread had used by then and Q the time (ms) it had waited,
 * ready to run, for a processor (Linux only): what {@code benchmark.sh --startup} reads to time "window to editor"
 * (docs/benchmarks.md). The CPU time is the part of that wait a busy machine does not stretch much; Q is most of
 * what it does stretch. The class preloader adds {@code preload T C LOADED MISSING LEFT MS} when it ends
 * ({@link ClassPreloader}). Without the property, nothing.
 */
final class StartupMarks {

	static final String PROPERTY = "hyoka.startupMarks"; //$NON-NLS-1$

	private StartupMarks() {
	}

	static void windowOpened(IWorkbenchWindow window) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isEmpty()) {
			return;
		}
		Path marks = Path.of(file);
		// shown when its shell is, the moment the benchmark's start-to-window time ends at (the window mapped):
		// postWindowOpen comes 130-170 ms before it
		Shell shell = window.getShell();
		if (shell.isVisible()) {
			write(marks, "window", queueWait()); //$NON-NLS-1$
		} else {
			shell.addListener(SWT.Show, new Listener() {
				@Override
				public void handleEvent(Event event) {
					shell.removeListener(SWT.Show, this);
					write(marks, "window", queueWait()); //$NON-NLS-1$
				}
			});
		}
		window.getPartService().addPartListener(new IPartListener2() {
			@Override
			public void partVisible(IWorkbenchPartReference part) {
				if (!(part instanceof IEditorReference)) {
					return;
				}
				window.getPartService().removePartListener(this);
				// after the events that made it visible: its pages laid out and painted
				window.getShell().getDisplay().asyncExec(() -> {
					if (!window.getShell().isDisposed()) {
						window.getShell().update();
						write(marks, "editor", queueWait()); //$NON-NLS-1$
					}
				});
			}
		});
	}

	/**
	 * " Q": the calling thread's time waiting on the run queue so far, in ms, from its schedstat (run time, wait time,
	 * time slices, in ns); empty where there is none.
	 */
	private static String queueWait() {
		try {
			String[] fields = Files.readString(Path.of("/proc/thread-self/schedstat")).trim().split(" "); //$NON-NLS-1$ //$NON-NLS-2$
			return " " + Long.parseLong(fields[1]) / 1_000_000; //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			return ""; //$NON-NLS-1$
		}
	}

	/** Appends {@code what T C} and the details, if marks are asked for; C is the calling thread's CPU time. */
	static void note(String what, String details) {
		String file = System.getProperty(PROPERTY);
		if (file != null && !file.isEmpty()) {
			write(Path.of(file), what, ' ' + details);
		}
	}

	private static void write(Path marks, String what, String details) {
		try {
			long cpuMillis = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
			Files.writeString(marks, what + ' ' + System.currentTimeMillis() + ' ' + cpuMillis + details + '\n', StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			ILog.of(StartupMarks.class).warn(PROPERTY + '=' + marks + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
