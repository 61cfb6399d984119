package org.hyoka.app.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Loads, on a thread of its own, the classes the first window and the first editor need, while the UI thread starts
 * the workbench: with a second processor the UI thread then finds most of them defined instead of reading and
 * defining them itself (docs/benchmarks.md, "Start-up"). {@value #LIST} lists them in the order a start loads them;
 * {@code releng/scripts/startup-classes.sh} writes it from a start of the product.
 * <p>
 * It only loads: no static initialiser runs on this thread. Nor does a bundle start on it: a bundle whose lazy start
 * is pending would start on the first load of one of its classes, so its classes wait until the UI thread has
 * started it, and after {@link #PATIENCE_MILLIS} of waiting the preloader ends. A name the build no longer has is
 * skipped. {@code -D}{@value #PROPERTY}{@code =false} turns it off.
 */
final class ClassPreloader {

	static final String PROPERTY = "hyoka.preloadClasses"; //$NON-NLS-1$

	/** In the bundle's root: lines {@code @bundle.symbolic.name} and, after each, class names of that bundle. */
	static final String LIST = "startup-classes.txt"; //$NON-NLS-1$

	/** How long it waits, all in all, for bundles to be started by others; the rest of the list is then left. */
	static final long PATIENCE_MILLIS = 30_000;

	/** What a run did: classes loaded, names not found, names left because their bundle was not started in time. */
	record Outcome(int loaded, int missing, int left, long millis) {
	}

	private final BundleContext context;
	private final List<Entry> entries;
	private final long patienceMillis;
	private final Map<String, Optional<Bundle>> bundles = new HashMap<>();

	private record Entry(String bundle, String className) {
	}

	ClassPreloader(BundleContext context, List<String> lines, long patienceMillis) {
		this.context = context;
		this.entries = parse(lines);
		this.patienceMillis = patienceMillis;
	}

	/** Starts the preloader on the list in this bundle, unless turned off. */
	static void start() {
		if ("false".equals(System.getProperty(PROPERTY))) { //$NON-NLS-1$
			return;
		}
		Bundle self = FrameworkUtil.getBundle(ClassPreloader.class);
		URL list = self.getEntry(LIST);
		if (list == null) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				new ClassPreloader(self.getBundleContext(), readLines(list), PATIENCE_MILLIS).call();
			} catch (IOException e) {
				ILog.of(ClassPreloader.class).warn(list + ": " + e.getMessage(), e); //$NON-NLS-1$
			}
		}, "Hyoka class preloader"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	/** Loads the list in order, on the calling thread, and says what it did. */
	Outcome call() {
		long start = System.nanoTime();
		long waitedUntil = System.currentTimeMillis() + patienceMillis;
		int loaded = 0;
		int missing = 0;
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			Optional<Bundle> bundle = bundles.computeIfAbsent(entry.bundle(), this::host);
			if (bundle.isEmpty()) {
				missing++;
				continue;
			}
			if (!waitForStart(bundle.get(), waitedUntil)) {
				return outcome(loaded, missing, entries.size() - i, start);
			}
			BundleWiring wiring = bundle.get().adapt(BundleWiring.class);
			if (wiring == null) { // uninstalled or unresolved meanwhile
				missing++;
				continue;
			}
			try {
				Class.forName(entry.className(), false, wiring.getClassLoader());
				loaded++;
			} catch (ClassNotFoundException | LinkageError e) {
				missing++;
			}
		}
		return outcome(loaded, missing, 0, start);
	}

	private Outcome outcome(int loaded, int missing, int left, long startNanos) {
		Outcome outcome = new Outcome(loaded, missing, left, (System.nanoTime() - startNanos) / 1_000_000);
		StartupMarks.note("preload", loaded + " " + missing + ' ' + left + ' ' + outcome.millis()); //$NON-NLS-1$ //$NON-NLS-2$
		return outcome;
	}

	/*
	 * A lazy bundle waits in STARTING until something loads one of its classes, which then starts it on the loading
	 * thread: that has to be the UI thread's doing, not this thread's.
	 */
	private static boolean waitForStart(Bundle bundle, long deadline) {
		while (bundle.getState() == Bundle.STARTING) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** The bundle whose class loader loads the named bundle's classes: itself, or a fragment's host. */
	private Optional<Bundle> host(String symbolicName) {
		for (Bundle bundle : context.getBundles()) {
			if (!symbolicName.equals(bundle.getSymbolicName())) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				return Optional.empty();
			}
			if (wiring.getClassLoader() != null) {
				return Optional.of(bundle);
			}
			List<BundleWire> hosts = wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE);
			return hosts == null || hosts.isEmpty() ? Optional.empty() : Optional.of(hosts.get(0).getProvider().getBundle());
		}
		return Optional.empty();
	}

	private static List<Entry> parse(List<String> lines) {
		List<Entry> entries = new ArrayList<>(lines.size());
		String bundle = null;
		for (String line : lines) {
			String name = line.strip();
			if (name.isEmpty() || name.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			if (name.startsWith("@")) { //$NON-NLS-1$
				bundle = name.substring(1);
			} else if (bundle != null) {
				entries.add(new Entry(bundle, name));
			}
		}
		return entries;
	}

	static List<String> readLines(URL url) throws IOException {
		try (InputStream in = url.openStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
	}
}
