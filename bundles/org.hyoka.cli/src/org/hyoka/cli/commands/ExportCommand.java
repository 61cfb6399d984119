package org.hyoka.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.cli.Terminal;
import org.hyoka.cli.api.Arguments;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.export.ExportOption;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.ExporterDescriptor;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.export.Exports;
import org.hyoka.model.EvaluationReport;

/** {@code hyoka export}: writes FILE in a format an installed exporter offers, or lists them. */
public final class ExportCommand implements Command {

	private final Supplier<ExporterRegistry> exporters;

	/** With the exporters installed in the running platform, as the extension point creates it. */
	public ExportCommand() {
		this(() -> ExporterRegistry.read(RegistryFactory.getRegistry()));
	}

	/** @param exporters the exporters, read when the command runs */
	public ExportCommand(Supplier<ExporterRegistry> exporters) {
		this.exporters = exporters;
	}

	@Override
	public int run(CommandContext context) throws UsageException {
		Arguments arguments = new Arguments(context.arguments(), Set.of("--format", "-o"), Set.of("--list"), Set.of("--option")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ExporterRegistry registry = exporters.get();
		if (arguments.flag("--list")) { //$NON-NLS-1$
			for (ExporterDescriptor descriptor : registry.exporters()) {
				context.out().println(String.join("\t", descriptor.fileExtension(), descriptor.id(), descriptor.label())); //$NON-NLS-1$
			}
			return OK;
		}
		String format = arguments.required("--format"); //$NON-NLS-1$
		ExporterDescriptor descriptor = registry.exporters().stream()
				.filter(d -> d.id().equals(format) || d.fileExtension().equalsIgnoreCase(format)).findFirst()
				.orElseThrow(() -> new UsageException("--format " + format + ": no such exporter; installed: " //$NON-NLS-1$ //$NON-NLS-2$
						+ registry.exporters().stream().map(ExporterDescriptor::fileExtension).toList()));
		Path target = Path.of(arguments.required("-o")); //$NON-NLS-1$
		String input = arguments.operand("FILE"); //$NON-NLS-1$
		EvaluationReport report = Inputs.load(input);
		if (Inputs.sameFile(target, Path.of(input))) {
			throw new UsageException(target + ": is the evaluation being exported; -o must name another file"); //$NON-NLS-1$
		}
		try {
			Exporter exporter = descriptor.create();
			Exports.toFile(exporter, report, options(exporter, arguments.all("--option")), target, new NullProgressMonitor()); //$NON-NLS-1$
		} catch (IOException e) {
			throw Inputs.failure(target, e);
		} catch (CoreException e) {
			throw new UsageException(target + ": " + Terminal.field(String.valueOf(e.getMessage()))); //$NON-NLS-1$
		}
		context.out().println(target);
		return OK;
	}

	/** NAME=VALUE pairs as the exporter's typed options. */
	private static ExportOptions options(Exporter exporter, List<String> pairs) throws UsageException {
		ExportOptions options = ExportOptions.DEFAULTS;
		for (String pair : pairs) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			ExportOption<?> option = exporter.options().stream().filter(o -> o.id().equals(name)).findFirst()
					.orElseThrow(() -> new UsageException("--option " + pair + ": this format's options are " //$NON-NLS-1$ //$NON-NLS-2$
							+ exporter.options().stream().map(ExportOption::id).toList()));
			options = with(options, option, equals < 0 ? "true" : pair.substring(equals + 1)); //$NON-NLS-1$
		}
		return options;
	}

	private static <T> ExportOptions with(ExportOptions options, ExportOption<T> option, String text) throws UsageException {
		try {
			return options.with(option, option.parse(text));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--option " + option.id() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
