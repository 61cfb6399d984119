package org.hyoka.core.contributions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.osgi.framework.FrameworkUtil;

/**
 * What an extension point offers: the contributions a reader accepted, in their order, and a problem naming the
 * contributing bundle for each one it refused. Every Hyoka registry reads its point through this class, so a bad
 * contribution is reported the same way everywhere and never stops the good ones.
 *
 * @param <T>
 *            the descriptor of one contribution
 */
public final class Contributions<T> {

	/** Turns one contributed element into a descriptor, or refuses it with a message. */
	@FunctionalInterface
	public interface Reader<T> {
		T read(Contribution element) throws ContributionException;
	}

	private final List<T> accepted;
	private final List<IStatus> problems;

	private Contributions(List<T> accepted, List<IStatus> problems) {
		this.accepted = List.copyOf(accepted);
		this.problems = List.copyOf(problems);
	}

	/**
	 * These descriptors, in this order; a repeated id is a problem and only its first use counts. This is how plain
	 * Java code (tests, tools, the benchmarks) builds a registry without OSGi.
	 */
	public static <T> Contributions<T> of(Collection<? extends T> descriptors, Function<? super T, String> id, String kind) {
		List<T> accepted = new ArrayList<>();
		List<IStatus> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (T descriptor : descriptors) {
			if (ids.add(id.apply(descriptor))) {
				accepted.add(descriptor);
			} else {
				problems.add(Status.warning(ContributionMessages.format("duplicate", kind, id.apply(descriptor)))); //$NON-NLS-1$
			}
		}
		return new Contributions<>(accepted, problems);
	}

	/**
	 * The elements named {@code element} contributed to the extension point, read one by one; an element the reader
	 * refuses is left out and reported in {@link #problems()}. A repeated id is a problem too.
	 *
	 * @param registry
	 *            the extension registry, or {@code null} outside OSGi (then nothing is contributed)
	 */
	public static <T> Contributions<T> read(IExtensionRegistry registry, String point, String element, String kind,
			Function<? super T, String> id, Reader<T> reader) {
		List<T> descriptors = new ArrayList<>();
		List<IStatus> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		if (registry != null) {
			for (IConfigurationElement each : registry.getConfigurationElementsFor(point)) {
				if (!element.equals(each.getName())) {
					continue;
				}
				Contribution contribution = new Contribution(each, kind);
				try {
					T descriptor = reader.read(contribution);
					if (!ids.add(id.apply(descriptor))) {
						throw contribution.problem("duplicateId"); //$NON-NLS-1$
					}
					descriptors.add(descriptor);
				} catch (ContributionException e) {
					problems.add(Status.warning(e.getMessage()));
				}
			}
		}
		return new Contributions<>(descriptors, problems);
	}

	/**
	 * An extension registry outside OSGi holding only the plugin.xml of the bundle that holds {@code owner}, as the
	 * bundle {@code pluginId}, creating classes with the owner's class loader: a bundle's own contributions for plain
	 * Java code (tools, tests, the benchmarks), read by the same code as in the workbench.
	 */
	public static IExtensionRegistry standalone(Class<?> owner, String pluginId) {
		Object token = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null) {
			@Override
			public Object createExecutableExtension(RegistryContributor contributor, String className, String overridden) throws CoreException {
				try {
					return Class.forName(className, true, owner.getClassLoader()).getDeclaredConstructor().newInstance();
				} catch (ReflectiveOperationException | LinkageError e) {
					throw new CoreException(Status.error(e.toString(), e));
				}
			}
		}, token, null);
		String own = owner.getResource(owner.getSimpleName() + ".class").toString(); //$NON-NLS-1$
		String root = own.substring(0, own.length() - (owner.getName().replace('.', '/') + ".class").length()); //$NON-NLS-1$
		try (InputStream pluginXml = URI.create(root + "plugin.xml").toURL().openStream()) { //$NON-NLS-1$
			registry.addContribution(pluginXml, ContributorFactorySimple.createContributor(pluginId), false, pluginId, translations(root), token);
		} catch (IOException e) {
			throw new IllegalStateException(root + "plugin.xml", e); //$NON-NLS-1$
		}
		return registry;
	}

	/**
	 * The bundle's plugin.properties in the user's language (plugin_ja.properties under Japanese), as OSGi would
	 * translate %keys; none when the bundle has none.
	 */
	private static ResourceBundle translations(String root) {
		for (String name : List.of("plugin_" + Locale.getDefault().getLanguage() + ".properties", "plugin.properties")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			try (InputStream properties = URI.create(root + name).toURL().openStream()) {
				return new PropertyResourceBundle(properties);
			} catch (IOException e) {
				// missing: the next, more general one
			}
		}
		return null;
	}

	/** The same contributions and problems, the contributions in this order. */
	public Contributions<T> sorted(Comparator<? super T> order) {
		return new Contributions<>(accepted.stream().sorted(order).toList(), problems);
	}

	/**
	 * The contributions in the order users see them: the owner's own (the bundle declaring the point) in the order
	 * they were read, then every other one placed by its {@link Placement} among them, the others in {@code order}
	 * (or as read, when it is {@code null}). An own contribution that names a neighbour is placed too. A neighbour that
	 * is not installed is a problem and puts the contribution at the end.
	 */
	public Contributions<T> arranged(String owner, Function<? super T, String> bundle, Function<? super T, Placement> placement,
			Comparator<? super T> order) {
		List<T> own = new ArrayList<>();
		List<T> placed = new ArrayList<>();
		for (T contribution : accepted) {
			Placement place = placement.apply(contribution);
			boolean anchored = place.after() != null || place.before() != null;
			(owner.equals(bundle.apply(contribution)) && !anchored ? own : placed).add(contribution);
		}
		if (order != null) {
			placed.sort(order);
		}
		List<String> misplaced = new ArrayList<>();
		List<T> arranged = Placement.arrange(own, placed, placement, misplaced);
		List<IStatus> all = new ArrayList<>(problems);
		misplaced.forEach(message -> all.add(Status.warning(message)));
		return new Contributions<>(arranged, all);
	}

	/**
	 * Writes the problems to the platform log (the workbench's Error Log and the product's log file) as the owner's,
	 * the registry that read them; nothing outside OSGi.
	 */
	public void log(Class<?> owner) {
		log(owner, problems);
	}

	/** Writes problems of contributions to the platform log as the owner's; nothing outside OSGi. */
	public static void log(Class<?> owner, List<IStatus> problems) {
		if (problems.isEmpty() || FrameworkUtil.getBundle(owner) == null) {
			return;
		}
		ILog log = ILog.of(owner);
		problems.forEach(log::log);
	}

	/** The accepted contributions, in order. */
	public List<T> accepted() {
		return accepted;
	}

	/** What was wrong with the contributions; empty when every one was accepted. */
	public List<IStatus> problems() {
		return problems;
	}
}
