package org.hyoka.export.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.export.outline.ReportSection.Container;
import org.hyoka.export.outline.ReportSection.Scope;
import org.hyoka.model.EvaluationReport;

/**
 * The 技術評価報告書 as a sequence of headings, paragraphs, lists, tables and charts: the sections of the
 * {@link SectionRegistry} in their order, org.hyoka.export's own (the cover, 第1部 事業の概要 with every subject's
 * sections, 第2部 評価 with 委員構成, 審議経過 and every evaluation's sections) and those other bundles contribute
 * among them. This is the one place that orders the report; the HTML, DOCX and PDF writers only render its blocks.
 * The report is only read.
 */
public final class ReportOutline<E extends Exception> {

	/** Takes the blocks in reading order, as the outline makes them. */
	@FunctionalInterface
	public interface Sink<E extends Exception> {
		void accept(Block block) throws E;
	}

	private final Sink<E> sink;
	private final EvaluationReport report;
	private final SectionRegistry sections;
	/** The sections created for this report, each once; empty for one that could not be created. */
	private final Map<SectionDescriptor, Optional<ReportSection>> created = new HashMap<>();

	private ReportOutline(Sink<E> sink, EvaluationReport report, SectionRegistry sections) {
		this.sink = sink;
		this.report = report;
		this.sections = sections;
	}

	/** The report's blocks in reading order, with the installed sections; one unit of work per section and target. */
	public static List<Block> of(EvaluationReport report, IProgressMonitor monitor) {
		return of(report, SectionRegistry.installed(), monitor);
	}

	/** The report's blocks in reading order, with these sections; one unit of work per section and target. */
	public static List<Block> of(EvaluationReport report, SectionRegistry sections, IProgressMonitor monitor) {
		List<Block> blocks = new ArrayList<>();
		write(report, sections, monitor, blocks::add);
		return List.copyOf(blocks);
	}

	/**
	 * Hands the report's blocks to the sink one by one, in reading order, so that a writer need not hold the whole
	 * report (the HTML of a large portfolio); with the installed sections ({@link SectionRegistry#installed()}).
	 */
	public static <E extends Exception> void write(EvaluationReport report, IProgressMonitor monitor, Sink<E> sink) throws E {
		write(report, SectionRegistry.installed(), monitor, sink);
	}

	/**
	 * Hands the report's blocks to the sink one by one, in reading order: the report's sections, each container
	 * followed by the sections of what it holds; one unit of work per section and per target of a container.
	 */
	public static <E extends Exception> void write(EvaluationReport report, SectionRegistry sections, IProgressMonitor monitor, Sink<E> sink)
			throws E {
		new ReportOutline<>(sink, report, sections).sections(Scope.REPORT, report, SubMonitor.convert(monitor));
	}

	/** The sections of a scope for one target, in their order. */
	private void sections(Scope scope, EObject target, SubMonitor monitor) throws E {
		List<SectionDescriptor> layout = sections.layout(scope);
		monitor.setWorkRemaining(layout.size());
		for (SectionDescriptor section : layout) {
			section(scope, section, target, monitor.split(1));
		}
	}

	/**
	 * A section's blocks for the target, then, for a container, what it holds; a section that cannot be created or
	 * throws is left out, and the registry logs it with its bundle. Its blocks are asked for before any is written,
	 * so a failure prints nothing.
	 */
	private void section(Scope scope, SectionDescriptor descriptor, EObject target, SubMonitor monitor) throws E {
		Optional<ReportSection> section = created.computeIfAbsent(descriptor, this::create);
		if (section.isEmpty()) {
			return;
		}
		List<Block> blocks;
		List<? extends EObject> held = List.of();
		Container container = section.get() instanceof Container each && each.holds().compareTo(scope) > 0 ? each : null;
		try {
			blocks = List.copyOf(section.get().blocks(report, target));
			if (container != null) {
				held = List.copyOf(container.targets(report));
			}
		} catch (RuntimeException | LinkageError e) {
			sections.failed(descriptor, e);
			return;
		}
		for (Block block : blocks) {
			sink.accept(block);
		}
		if (container != null) {
			hold(container, held, monitor);
		}
	}

	/** Each target's heading, then its sections. */
	private void hold(Container container, List<? extends EObject> targets, SubMonitor monitor) throws E {
		monitor.setWorkRemaining(targets.size());
		for (EObject target : targets) {
			sink.accept(container.heading(target));
			sections(container.holds(), target, monitor.split(1));
		}
	}

	private Optional<ReportSection> create(SectionDescriptor descriptor) {
		try {
			return Optional.of(descriptor.factory().create());
		} catch (ContributionException | RuntimeException | LinkageError e) {
			sections.failed(descriptor, e);
			return Optional.empty();
		}
	}
}
