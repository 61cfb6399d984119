package org.hyoka.export;

import java.util.Collection;
import java.util.List;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.contributions.Contribution;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.export.internal.ExportMessages;
import org.hyoka.model.EvaluationReport;

/**
 * The installed tables of the table formats (CSV, XLSX). In the workbench they come from the {@value #EXTENSION_POINT}
 * extension point, org.hyoka.export's own first in the order of its plugin.xml and the others placed among them by
 * {@code after} or {@code before}; plain Java code builds a registry from descriptors with {@link #of(Collection)} or
 * takes {@link #builtIn()}.
 */
public final class TableRegistry {

	public static final String EXTENSION_POINT = ExporterRegistry.PLUGIN_ID + ".tables"; //$NON-NLS-1$

	private static final String CLASS = "class"; //$NON-NLS-1$

	private final Contributions<TableDescriptor> tables;
	private final List<IStatus> failures = new CopyOnWriteArrayList<>();

	private TableRegistry(Contributions<TableDescriptor> read) {
		tables = read.arranged(ExporterRegistry.PLUGIN_ID, TableDescriptor::bundle, TableDescriptor::placement, null);
	}

	/** A registry of these tables, placed as they say; a repeated id is a problem and only its first use counts. */
	public static TableRegistry of(Collection<TableDescriptor> descriptors) {
		return new TableRegistry(Contributions.of(descriptors, TableDescriptor::id, kind()));
	}

	/** org.hyoka.export's own tables, read from its plugin.xml without OSGi, for plain Java code. */
	public static TableRegistry builtIn() {
		return read(BuiltIn.REGISTRY);
	}

	/**
	 * The tables contributed to the extension point. Contributions lacking an attribute are left out and reported in
	 * {@link #problems()}, naming the contributing bundle.
	 */
	public static TableRegistry read(IExtensionRegistry registry) {
		return new TableRegistry(Contributions.read(registry, EXTENSION_POINT, "table", kind(), TableDescriptor::id, //$NON-NLS-1$
				TableRegistry::descriptor));
	}

	/** The running platform's tables, its problems logged; {@link #builtIn()} outside OSGi. */
	public static TableRegistry installed() {
		TableRegistry installed = running();
		installed.tables.log(TableRegistry.class);
		return installed;
	}

	/**
	 * The running platform's tables, its problems not logged (for lists asked for their entries again and again, as
	 * an option's drop-down); {@link #builtIn()} outside OSGi.
	 */
	public static TableRegistry running() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		return registry == null ? builtIn() : read(registry);
	}

	private static String kind() {
		return ExportMessages.get("table.kind"); //$NON-NLS-1$
	}

	private static TableDescriptor descriptor(Contribution element) throws ContributionException {
		String id = element.required("id"); //$NON-NLS-1$
		String label = element.required("label"); //$NON-NLS-1$
		String title = element.required("title"); //$NON-NLS-1$
		element.required(CLASS);
		return new TableDescriptor(id, label, title, element.optional("after", null), element.optional("before", null), //$NON-NLS-1$ //$NON-NLS-2$
				element.bundle(), () -> element.create(CLASS, ReportTable.class));
	}

	/** The tables in their order: the CSV exporter's choices, the workbook's sheets. */
	public List<TableDescriptor> tables() {
		return tables.accepted();
	}

	public Optional<TableDescriptor> find(String id) {
		return tables().stream().filter(table -> table.id().equals(id)).findFirst();
	}

	/** What was wrong with the contributions, and tables placed next to one not installed; empty when none. */
	public List<IStatus> problems() {
		return tables.problems();
	}

	/**
	 * Fills every table for the report, in order, and hands each to the writer (a workbook's sheet). A table that
	 * fails is left out: a warning naming its bundle is logged and kept in {@link #failures()}, and the others are
	 * written.
	 */
	public void fill(EvaluationReport report, IProgressMonitor monitor, BiConsumer<TableDescriptor, TableDescriptor.Contents> writer) {
		List<TableDescriptor> all = tables();
		SubMonitor progress = SubMonitor.convert(monitor, all.size());
		for (TableDescriptor table : all) {
			TableDescriptor.Contents contents;
			try {
				contents = table.contents(report, progress.split(1));
			} catch (IOException e) {
				IStatus failure = Status.warning(e.getMessage(), e.getCause());
				failures.add(failure);
				Contributions.log(TableRegistry.class, List.of(failure));
				continue;
			}
			writer.accept(table, contents);
		}
	}

	/** The tables left out of what {@link #fill} wrote, each naming its bundle. */
	public List<IStatus> failures() {
		return List.copyOf(failures);
	}

	/** org.hyoka.export's plugin.xml in a registry of its own, read once. */
	private static final class BuiltIn {
		static final IExtensionRegistry REGISTRY = Contributions.standalone(TableRegistry.class, ExporterRegistry.PLUGIN_ID);
	}
}
