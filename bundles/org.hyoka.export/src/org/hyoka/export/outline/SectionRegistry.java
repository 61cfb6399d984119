package org.hyoka.export.outline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.export.internal.ExportMessages;
import org.hyoka.export.outline.ReportSection.Scope;

/**
 * The installed report sections. In the workbench they come from the {@value #EXTENSION_POINT} extension point;
 * plain Java code (tests, tools, the benchmarks) builds a registry from descriptors with {@link #of(Collection)} or
 * takes {@link #builtIn()}. A section that fails while a report is written is left out, logged with its bundle and
 * kept in {@link #failures()}; the rest of the report is written.
 */
public final class SectionRegistry {

	public static final String EXTENSION_POINT = ExporterRegistry.PLUGIN_ID + ".sections"; //$NON-NLS-1$

	private static final String CLASS = "class"; //$NON-NLS-1$
	private static final String SCOPE = "scope"; //$NON-NLS-1$

	private final Contributions<SectionDescriptor> sections;
	private final Map<Scope, List<SectionDescriptor>> layout = new EnumMap<>(Scope.class);
	private final List<IStatus> problems = new ArrayList<>();
	private final List<IStatus> failures = new CopyOnWriteArrayList<>();

	private SectionRegistry(Contributions<SectionDescriptor> sections) {
		this.sections = sections;
		problems.addAll(sections.problems());
		for (Scope scope : Scope.values()) {
			List<SectionDescriptor> ofScope = sections.accepted().stream().filter(section -> section.scope() == scope).toList();
			Contributions<SectionDescriptor> arranged = Contributions.of(ofScope, SectionDescriptor::id, kind())
					.arranged(ExporterRegistry.PLUGIN_ID, SectionDescriptor::bundle, SectionDescriptor::placement, null);
			layout.put(scope, arranged.accepted());
			problems.addAll(arranged.problems());
		}
	}

	/** A registry of these sections, in this order; a repeated id is a problem and only its first use counts. */
	public static SectionRegistry of(Collection<SectionDescriptor> descriptors) {
		return new SectionRegistry(Contributions.of(descriptors, SectionDescriptor::id, kind()));
	}

	/**
	 * org.hyoka.export's own sections, read from its plugin.xml without OSGi, for plain Java code that has no
	 * extension registry: the report without what other bundles contribute (the IP table is org.hyoka.ip's).
	 */
	public static SectionRegistry builtIn() {
		return read(BuiltIn.REGISTRY);
	}

	/**
	 * The sections contributed to the extension point, in the order read. Contributions lacking an attribute or
	 * with a wrong scope are left out and reported in {@link #problems()}, naming the contributing bundle.
	 */
	public static SectionRegistry read(IExtensionRegistry registry) {
		return new SectionRegistry(Contributions.read(registry, EXTENSION_POINT, "section", kind(), SectionDescriptor::id, //$NON-NLS-1$
				SectionRegistry::descriptor));
	}

	/** The running platform's sections, its problems logged; {@link #builtIn()} outside OSGi. */
	public static SectionRegistry installed() {
		if (RegistryFactory.getRegistry() == null) {
			return builtIn();
		}
		SectionRegistry installed = read(RegistryFactory.getRegistry());
		Contributions.log(SectionRegistry.class, installed.problems);
		return installed;
	}

	private static String kind() {
		return ExportMessages.get("section.kind"); //$NON-NLS-1$
	}

	private static SectionDescriptor descriptor(Contribution element) throws ContributionException {
		String id = element.required("id"); //$NON-NLS-1$
		element.required(SCOPE);
		String scope = element.oneOf(SCOPE, null, Arrays.stream(Scope.values()).map(Scope::attribute).toArray(String[]::new));
		element.required(CLASS);
		return new SectionDescriptor(id, Scope.valueOf(scope.toUpperCase(Locale.ROOT)), element.optional("after", null), //$NON-NLS-1$
				element.optional("before", null), element.bundle(), () -> element.create(CLASS, ReportSection.class)); //$NON-NLS-1$
	}

	/** The sections, in the order read; {@link #layout(Scope)} has them in their places. */
	public List<SectionDescriptor> sections() {
		return sections.accepted();
	}

	/**
	 * What was wrong with the contributions, and the sections placed next to one that is not installed (they are
	 * printed at the end of their scope); empty when every one was accepted and placed.
	 */
	public List<IStatus> problems() {
		return List.copyOf(problems);
	}

	/**
	 * The sections of a scope in the order they are printed: org.hyoka.export's own as its plugin.xml lists them, the
	 * others placed among them by their {@code after} or {@code before}.
	 */
	List<SectionDescriptor> layout(Scope scope) {
		return layout.get(scope);
	}

	/** The sections that failed while reports were written with this registry, each naming its bundle. */
	public List<IStatus> failures() {
		return List.copyOf(failures);
	}

	/** Leaves a failed section out: logs a warning naming its bundle and keeps it in {@link #failures()}. */
	void failed(SectionDescriptor section, Throwable cause) {
		IStatus failure = Status.warning(ExportMessages.format("section.failed", section.bundle(), section.id(), //$NON-NLS-1$
				String.valueOf(cause.getMessage())), cause);
		failures.add(failure);
		Contributions.log(SectionRegistry.class, List.of(failure));
	}

	/** org.hyoka.export's plugin.xml in a registry of its own, read once. */
	private static final class BuiltIn {
		static final IExtensionRegistry REGISTRY = Contributions.standalone(SectionRegistry.class, ExporterRegistry.PLUGIN_ID);
	}
}
