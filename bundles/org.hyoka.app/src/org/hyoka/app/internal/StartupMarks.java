package org.hyoka.app.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * With {@code -Dhyoka.startupMarks=FILE}, appends to FILE the wall-clock time (ms) at which the first window opened
 * ({@code window T}) and at which the first editor had been painted in it ({@code editor T}): what
 * {@code benchmark.sh --startup} reads to time "window to editor" (docs/benchmarks.md). Without it, nothing.
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
		write(marks, "window"); //$NON-NLS-1$
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
						write(marks, "editor"); //$NON-NLS-1$
					}
				});
			}
		});
	}

	private static void write(Path marks, String what) {
		try {
			Files.writeString(marks, what + ' ' + System.currentTimeMillis() + '\n', StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			ILog.of(StartupMarks.class).warn(PROPERTY + '=' + marks + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
