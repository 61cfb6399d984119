package org.hyoka.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.hyoka.export.internal.ExportMessages;

/**
 * The installed exporters. In the workbench they come from the {@value #EXTENSION_POINT} extension point;
 * plain Java code (tests, tools) builds a registry from descriptors with {@link #of(Collection)}.
 */
public final class ExporterRegistry {

	public static final String PLUGIN_ID = "org.hyoka.export"; //$NON-NLS-1$
	public static final String EXTENSION_POINT = PLUGIN_ID + ".exporters"; //$NON-NLS-1$

	private static final String EXPORTER = "exporter"; //$NON-NLS-1$
	private static final String CLASS = "class"; //$NON-NLS-1$

	private final List<ExporterDescriptor> exporters;
	private final List<IStatus> problems;

	private ExporterRegistry(List<ExporterDescriptor> exporters, List<IStatus> problems) {
		this.exporters = List.copyOf(exporters);
		this.problems = List.copyOf(problems);
	}

	/** A registry of these exporters, in this order; a repeated id is a problem and only its first use counts. */
	public static ExporterRegistry of(Collection<ExporterDescriptor> descriptors) {
		List<ExporterDescriptor> accepted = new ArrayList<>();
		List<IStatus> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (ExporterDescriptor descriptor : descriptors) {
			if (ids.add(descriptor.id())) {
				accepted.add(descriptor);
			} else {
				problems.add(Status.warning(ExportMessages.format("registry.duplicate", descriptor.id()))); //$NON-NLS-1$
			}
		}
		return new ExporterRegistry(accepted, problems);
	}

	/**
	 * The exporters contributed to the extension point, sorted by label. Contributions lacking an attribute are
	 * left out and reported in {@link #problems()}, naming the contributing bundle.
	 */
	public static ExporterRegistry read(IExtensionRegistry registry) {
		List<ExporterDescriptor> descriptors = new ArrayList<>();
		List<IStatus> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!EXPORTER.equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String label = element.getAttribute("label"); //$NON-NLS-1$
			String extension = element.getAttribute("fileExtension"); //$NON-NLS-1$
			String missing = id == null ? "id" : label == null ? "label" : extension == null ? "fileExtension" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: element.getAttribute(CLASS) == null ? CLASS : null;
			if (missing != null) {
				problems.add(Status.warning(ExportMessages.format("registry.missingAttribute", contributor, id, missing))); //$NON-NLS-1$
				continue;
			}
			descriptors.add(new ExporterDescriptor(id, label, extension, element.getAttribute("description"), //$NON-NLS-1$
					() -> create(element, id, contributor)));
		}
		descriptors.sort(Comparator.comparing(ExporterDescriptor::label, String.CASE_INSENSITIVE_ORDER));
		ExporterRegistry registered = of(descriptors);
		problems.addAll(registered.problems);
		return new ExporterRegistry(registered.exporters, problems);
	}

	private static Exporter create(IConfigurationElement element, String id, String contributor) throws CoreException {
		Object created = element.createExecutableExtension(CLASS);
		if (created instanceof Exporter exporter) {
			return exporter;
		}
		throw new CoreException(Status.error(ExportMessages.format("registry.notAnExporter", id, contributor, //$NON-NLS-1$
				created.getClass().getName())));
	}

	/** The exporters, in the order a user chooses among them. */
	public List<ExporterDescriptor> exporters() {
		return exporters;
	}

	public Optional<ExporterDescriptor> find(String id) {
		return exporters.stream().filter(descriptor -> descriptor.id().equals(id)).findFirst();
	}

	/** What was wrong with the contributions; empty when every one was accepted. */
	public List<IStatus> problems() {
		return problems;
	}
}
