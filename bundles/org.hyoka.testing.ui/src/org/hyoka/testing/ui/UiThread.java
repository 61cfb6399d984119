package org.hyoka.testing.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs widget code on the display thread for a test running on its own thread, passing results and
 * failures back.
 */
public final class UiThread {

	private UiThread() {
	}

	public static <T> T call(Display display, Supplier<T> body) {
		if (display.getThread() == Thread.currentThread()) {
			return body.get();
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(body.get());
			} catch (RuntimeException | Error e) {
				failure.set(e);
			}
		});
		switch (failure.get()) {
		case null -> {
			return result.get();
		}
		case RuntimeException e -> throw e;
		case Error e -> throw e;
		default -> throw new IllegalStateException(failure.get());
		}
	}

	public static void run(Display display, Runnable body) {
		call(display, () -> {
			body.run();
			return null;
		});
	}
}
