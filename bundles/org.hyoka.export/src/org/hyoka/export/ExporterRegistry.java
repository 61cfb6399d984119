package org.hyoka.export;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.export.internal.ExportMessages;

/**
 * The installed exporters. In the workbench they come from the {@value #EXTENSION_POINT} extension point;
 * plain Java code (tests, tools) builds a registry from descriptors with {@link #of(Collection)}.
 */
public final class ExporterRegistry {

	public static final String PLUGIN_ID = "org.hyoka.export"; //$NON-NLS-1$
	public static final String EXTENSION_POINT = PLUGIN_ID + ".exporters"; //$NON-NLS-1$

	private static final String CLASS = "class"; //$NON-NLS-1$

	private final Contributions<ExporterDescriptor> exporters;

	private ExporterRegistry(Contributions<ExporterDescriptor> exporters) {
		this.exporters = exporters;
	}

	/** A registry of these exporters, in this order; a repeated id is a problem and only its first use counts. */
	public static ExporterRegistry of(Collection<ExporterDescriptor> descriptors) {
		return new ExporterRegistry(Contributions.of(descriptors, ExporterDescriptor::id, ExportMessages.get("registry.kind"))); //$NON-NLS-1$
	}

	/**
	 * The exporters contributed to the extension point, sorted by label. Contributions lacking an attribute are
	 * left out and reported in {@link #problems()}, naming the contributing bundle.
	 */
	public static ExporterRegistry read(IExtensionRegistry registry) {
		Contributions<ExporterDescriptor> read = Contributions.read(registry, EXTENSION_POINT, "exporter", //$NON-NLS-1$
				ExportMessages.get("registry.kind"), ExporterDescriptor::id, ExporterRegistry::descriptor); //$NON-NLS-1$
		read.log(ExporterRegistry.class);
		return new ExporterRegistry(read.sorted(Comparator.comparing(ExporterDescriptor::label, String.CASE_INSENSITIVE_ORDER)));
	}

	private static ExporterDescriptor descriptor(Contribution element) throws ContributionException {
		String id = element.required("id"); //$NON-NLS-1$
		String label = element.required("label"); //$NON-NLS-1$
		String extension = element.required("fileExtension"); //$NON-NLS-1$
		element.required(CLASS);
		return new ExporterDescriptor(id, label, extension, element.optional("description", ""), () -> { //$NON-NLS-1$ //$NON-NLS-2$
			try {
				return element.create(CLASS, Exporter.class);
			} catch (ContributionException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			}
		});
	}

	/** The exporters, in the order a user chooses among them. */
	public List<ExporterDescriptor> exporters() {
		return exporters.accepted();
	}

	public Optional<ExporterDescriptor> find(String id) {
		return exporters().stream().filter(descriptor -> descriptor.id().equals(id)).findFirst();
	}

	/** What was wrong with the contributions; empty when every one was accepted. */
	public List<IStatus> problems() {
		return exporters.problems();
	}
}
