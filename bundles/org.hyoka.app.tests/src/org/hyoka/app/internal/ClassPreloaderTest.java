package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.hyoka.app.internal.ClassPreloader.Entry;
import org.hyoka.app.internal.ClassPreloader.Outcome;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/** The start-up class preloader: what it loads, what it leaves, and that its list still names existing classes. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassPreloaderTest {

	private final BundleContext context = FrameworkUtil.getBundle(ClassPreloader.class).getBundleContext();

	@Test
	void loadsTheClassesOfStartedBundlesAndSkipsNamesThatDoNotExist() {
		Outcome outcome = new ClassPreloader(context, List.of("# a comment", "@org.eclipse.core.runtime", //$NON-NLS-1$ //$NON-NLS-2$
				"org.eclipse.core.runtime.Platform", "org.eclipse.core.runtime.NoSuchClass", //$NON-NLS-1$ //$NON-NLS-2$
				"@org.hyoka.no.such.bundle", "org.hyoka.no.such.Type", "@org.eclipse.swt.gtk.linux.x86_64", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"org.eclipse.swt.widgets.Display"), 1_000).call(); //$NON-NLS-1$
		// the last through the fragment's host, org.eclipse.swt
		assertEquals(new Outcome(2, 2, 0, outcome.millis()), outcome);
	}

	/*
	 * Loading a class of a bundle whose lazy start is pending would start that bundle, on the preloader's thread: it
	 * waits until someone else has started it.
	 */
	@Test
	void leavesALazyBundleToBeStartedByOthers() throws Exception {
		Bundle lazy = lazyBundleWithoutActivator();
		List<String> list = List.of('@' + lazy.getSymbolicName(), someClassOf(lazy));

		Outcome impatient = new ClassPreloader(context, list, 200).call();
		assertEquals(new Outcome(0, 0, 1, impatient.millis()), impatient);
		assertEquals(Bundle.STARTING, lazy.getState(), lazy + " not started by the preloader");

		CompletableFuture<Outcome> patient = CompletableFuture.supplyAsync(new ClassPreloader(context, list, 30_000)::call);
		Thread.sleep(300);
		assertTrue(!patient.isDone() && lazy.getState() == Bundle.STARTING, "still waiting for " + lazy);
		lazy.start(Bundle.START_TRANSIENT);
		Outcome outcome = patient.get(10, TimeUnit.SECONDS);
		assertEquals(new Outcome(1, 0, 0, outcome.millis()), outcome);
	}

	/* The classes after one of a bundle that waits for its start are loaded meanwhile, unless they extend it. */
	@Test
	void goesOnPastALazyBundleButNotPastItsSubtypes() {
		Bundle lazy = lazyBundleWithoutActivator();
		String waiting = someClassOf(lazy);
		Outcome outcome = new ClassPreloader(context, List.of('@' + lazy.getSymbolicName(), waiting,
				"@org.eclipse.core.runtime", "org.eclipse.core.runtime.Platform", //$NON-NLS-1$ //$NON-NLS-2$
				"org.eclipse.core.runtime.Plugin " + waiting), 200).call(); //$NON-NLS-1$
		assertEquals(new Outcome(1, 0, 2, outcome.millis()), outcome);
		assertEquals(Bundle.STARTING, lazy.getState(), lazy + " not started by the preloader");
	}

	/*
	 * A class renamed or removed by an update of the target platform, or given other supertypes:
	 * releng/scripts/startup-classes.sh writes the list again. The supertypes are what keeps a lazy bundle from
	 * starting on the preloader's thread, so they are checked against the classes of the bundles started here.
	 */
	@Test
	@Order(Integer.MAX_VALUE) // loading the classes to compare starts lazy bundles that the tests above look for
	void theListNamesClassesThatExistWithTheirSupertypes() throws Exception {
		URL url = context.getBundle().getEntry(ClassPreloader.LIST);
		assertNotNull(url, ClassPreloader.LIST);
		List<Entry> entries = ClassPreloader.parse(ClassPreloader.readLines(url));
		Set<String> listed = new HashSet<>();
		entries.forEach(entry -> listed.add(entry.className()));
		Map<String, Optional<Bundle>> bundles = new HashMap<>();
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		int compared = 0;
		for (Entry entry : entries) {
			String name = entry.className();
			Optional<Bundle> bundle = bundles.computeIfAbsent(entry.bundle(), symbolicName -> Arrays
					.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst());
			if (bundle.isEmpty()) {
				continue;
			}
			checked++;
			// an entry, not a class: that would start a lazy bundle; fragments' entries count as their own
			if (bundle.get().getEntry(name.replace('.', '/') + ".class") == null) { //$NON-NLS-1$
				wrong.add(bundle.get().getSymbolicName() + ' ' + name + ": not found"); //$NON-NLS-1$
			} else if (bundle.get().getState() == Bundle.ACTIVE) {
				compared++;
				Class<?> type = bundle.get().loadClass(name);
				Set<String> supertypes = new HashSet<>();
				Stream.concat(Stream.ofNullable(type.getSuperclass()), Arrays.stream(type.getInterfaces()))
						.map(Class::getName).filter(listed::contains).forEach(supertypes::add);
				if (!supertypes.equals(Set.copyOf(entry.supertypes()))) {
					wrong.add(name + ": listed supertypes " + entry.supertypes() + ", loaded " + supertypes); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		assertTrue(checked > listed.size() / 2, checked + " of " + listed.size() + " listed classes in bundles of this test runtime"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(compared > checked / 4, compared + " of " + checked + " compared with their supertypes"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Collections.emptyList(), wrong, "run releng/scripts/startup-classes.sh"); //$NON-NLS-1$
	}

	private Bundle lazyBundleWithoutActivator() {
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getState() == Bundle.STARTING && bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATOR) == null //$NON-NLS-1$
					&& someClassOf(bundle) != null) {
				return bundle;
			}
		}
		throw new AssertionError("no bundle waits for its lazy start in this test runtime"); //$NON-NLS-1$
	}

	private static String someClassOf(Bundle bundle) {
		var entries = bundle.findEntries("/", "*.class", true); //$NON-NLS-1$ //$NON-NLS-2$
		while (entries != null && entries.hasMoreElements()) {
			String path = entries.nextElement().getPath().substring(1);
			if (!path.contains("$") && !path.startsWith("META-INF")) { //$NON-NLS-1$ //$NON-NLS-2$
				return path.substring(0, path.length() - ".class".length()).replace('/', '.'); //$NON-NLS-1$
			}
		}
		return null;
	}
}
