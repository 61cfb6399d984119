package org.hyoka.app.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * defining them itself (docs/benchmarks.md, "Start-up"). {@value #LIST} lists them in the order a start loads them,
 * each with those of its direct supertypes that are listed too; {@code releng/scripts/startup-classes.sh} writes it
 * from a start of the product.
 * <p>
 * It only loads: no static initialiser runs on this thread. Nor does a bundle start on it: a bundle whose lazy start
 * is pending would start on the first load of one of its classes, and loading a class loads its supertypes. So a
 * class of such a bundle, and a class with a supertype left for that reason, is left for a later pass over the
 * list, by when the UI thread may have started the bundle; the others are loaded meanwhile. After
 * {@link #PATIENCE_MILLIS} the rest of the list is left. A name the build no longer has is skipped.
 * {@code -D}{@value #PROPERTY}{@code =false} turns it off.
 */
final class ClassPreloader {

	static final String PROPERTY = "hyoka.preloadClasses"; //$NON-NLS-1$

	/**
	 * In the bundle's root: lines {@code @bundle.symbolic.name} and, after each, lines of that bundle's classes: a
	 * class name, then the names of its listed direct supertypes.
	 */
	static final String LIST = "startup-classes.txt"; //$NON-NLS-1$

	/** How long it goes on waiting for bundles to be started by others; the rest of the list is then left. */
	static final long PATIENCE_MILLIS = 30_000;

	/**
	 * What a run did: classes loaded, names not found, names left because their bundle or a supertype's was not
	 * started in time.
	 */
	record Outcome(int loaded, int missing, int left, long millis) {
	}

	private final BundleContext context;
	private final List<Entry> entries;
	private final long patienceMillis;
	private final Map<String, Optional<Bundle>> bundles = new HashMap<>();

	/** One line of the list: a class of a bundle, with those of its direct supertypes that are listed too. */
	record Entry(String bundle, String className, List<String> supertypes) {
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

	/** Loads the list, on the calling thread, and says what it did. */
	Outcome call() {
		long start = System.nanoTime();
		long deadline = System.currentTimeMillis() + patienceMillis;
		int loaded = 0;
		int missing = 0;
		List<Entry> pending = entries;
		while (true) {
			List<Entry> later = new ArrayList<>();
			Set<String> left = new HashSet<>();
			Set<Bundle> starting = new HashSet<>();
			for (Entry entry : pending) {
				Bundle bundle = bundles.computeIfAbsent(entry.bundle(), this::host).orElse(null);
				BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
				if (wiring == null) { // not installed, or uninstalled or unresolved meanwhile
					missing++;
					continue;
				}
				if (bundle.getState() == Bundle.STARTING) {
					starting.add(bundle);
				}
				if (starting.contains(bundle) || entry.supertypes().stream().anyMatch(left::contains)) {
					later.add(entry);
					left.add(entry.className());
					continue;
				}
				try {
					Class.forName(entry.className(), false, wiring.getClassLoader());
					loaded++;
				} catch (ClassNotFoundException | LinkageError e) {
					missing++;
				}
			}
			if (later.isEmpty()) {
				return outcome(loaded, missing, 0, start);
			}
			// the next pass once one of the bundles has been started by others
			while (starting.stream().allMatch(b -> b.getState() == Bundle.STARTING)) {
				if (System.currentTimeMillis() > deadline || !pause()) {
					return outcome(loaded, missing, later.size(), start);
				}
			}
			pending = later;
		}
	}

	/** A moment for the UI thread to start bundles; false if interrupted. */
	private static boolean pause() {
		try {
			Thread.sleep(5);
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private Outcome outcome(int loaded, int missing, int left, long startNanos) {
		Outcome outcome = new Outcome(loaded, missing, left, (System.nanoTime() - startNanos) / 1_000_000);
		StartupMarks.note("preload", loaded + " " + missing + ' ' + left + ' ' + outcome.millis()); //$NON-NLS-1$ //$NON-NLS-2$
		return outcome;
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

	static List<Entry> parse(List<String> lines) {
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
				List<String> names = List.of(name.split("\\s+")); //$NON-NLS-1$
				entries.add(new Entry(bundle, names.get(0), names.subList(1, names.size())));
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
