package org.hyoka.testing.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives a running SWT application from a test thread, in the manner of SWTBot: every widget access is
 * marshalled to the display thread, actions that may open modal dialogs are posted asynchronously, and
 * lookups wait until the widget they look for has appeared.
 */
public class UiBot {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
	private static final long POLL_MILLIS = 50;

	protected final Display display;

	public UiBot(Display display) {
		if (display.getThread() == Thread.currentThread()) {
			// Waiting on the display thread would block the very events a test waits for.
			throw new IllegalStateException("UiBot must run on a test thread, not on the display thread"); //$NON-NLS-1$
		}
		this.display = display;
	}

	public Display display() {
		return display;
	}

	/** Evaluates on the display thread. */
	public <T> T syncCall(Supplier<T> body) {
		return UiThread.call(display, body);
	}

	public void syncRun(Runnable body) {
		UiThread.run(display, body);
	}

	/** Waits until the condition, evaluated on the display thread, holds; fails with the description otherwise. */
	public void waitUntil(String description, BooleanSupplier condition) {
		waitUntil(description, condition, DEFAULT_TIMEOUT);
	}

	public void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!syncCall(condition::getAsBoolean)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + description); //$NON-NLS-1$ //$NON-NLS-2$
			}
			pause(POLL_MILLIS);
		}
	}

	/** Waits until the display thread has run everything queued so far. */
	public void flush() {
		syncRun(() -> {
			while (display.readAndDispatch()) {
				// drain
			}
		});
	}

	/** The visible shell with this title, once it has appeared. */
	public ShellBot shell(String title) {
		waitUntil("a shell titled \"" + title + "\" is visible, shells are " + shellTitles(), //$NON-NLS-1$ //$NON-NLS-2$
				() -> findShell(title) != null);
		return new ShellBot(this, syncCall(() -> findShell(title)));
	}

	public List<String> shellTitles() {
		return syncCall(() -> Arrays.stream(display.getShells()).filter(Shell::isVisible).map(Shell::getText).toList());
	}

	private Shell findShell(String title) {
		return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible())
				.filter(s -> title.equals(s.getText())).findFirst().orElse(null);
	}

	/**
	 * Saves a PNG of the whole screen under the build's screenshot folder (system property
	 * {@code org.hyoka.tests.screenshots}, by default {@code target/screenshots}).
	 */
	public Path screenshot(String name) {
		return screenshot(Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), name)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Saves a PNG of the whole screen, for evidence and for diagnosing failures. */
	public Path screenshot(Path file) {
		syncRun(() -> Screenshots.capture(display, file));
		return file;
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting", e); //$NON-NLS-1$
		}
	}
}
