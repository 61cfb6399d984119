package org.hyoka.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Contributions;
import org.hyoka.export.ExporterRegistry;

/**
 * {@code hyoka COMMAND ...}: runs the installed command of that name with the arguments after it, and answers
 * {@code hyoka help} with every installed command's usage and description. Exit status as {@link Command} defines it.
 */
public final class CommandLine {

	private static final String USAGE_PREFIX = "usage: "; //$NON-NLS-1$
	private static final String INDENT = " ".repeat(USAGE_PREFIX.length()); //$NON-NLS-1$
	private static final String DESCRIPTION_INDENT = INDENT + "    "; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;
	private final CommandRegistry commands;

	public CommandLine(PrintStream out, PrintStream err, CommandRegistry commands) {
		this.out = out;
		this.err = err;
		this.commands = commands;
	}

	/** The built-in commands, without OSGi. @param exporters the installed exporters, read when a command needs them */
	public CommandLine(PrintStream out, PrintStream err, Supplier<ExporterRegistry> exporters) {
		this(out, err, CommandRegistry.builtIn(exporters));
	}

	/** Runs a command and returns the exit status. */
	public int run(String... args) {
		if (args.length == 0 || CommandRegistry.HELP.contains(args[0])) {
			help();
			return args.length == 0 ? Command.USAGE : Command.OK;
		}
		try {
			CommandDescriptor descriptor = commands.find(args[0]).orElseThrow(
					() -> new UsageException("unknown command '" + Terminal.field(args[0]) + "' (hyoka help lists them)")); //$NON-NLS-1$ //$NON-NLS-2$
			return create(descriptor).run(CommandContext.of(Arrays.asList(args).subList(1, args.length), out, err));
		} catch (UsageException e) {
			err.println("hyoka: " + Terminal.field(e.getMessage())); //$NON-NLS-1$
		} catch (OutOfMemoryError e) {
			// the command's objects became garbage as it unwound: there is memory again to say so, on one line
			err.println("hyoka: " + CliMessages.format("outOfMemory", files(args), args[0])); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (RuntimeException | StackOverflowError | LinkageError e) {
			// a LinkageError is a broken installation (a bundle built against another version of the model): said
			// like any failure, never left to the launcher, which would only log it and exit 0 with no output
			Throwable shown = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
			String cause = shown.getMessage() == null ? shown.getClass().getSimpleName()
					: shown.getClass().getSimpleName() + ": " + shown.getMessage(); //$NON-NLS-1$
			err.println("hyoka: " + Terminal.field(CliMessages.format("failed", files(args), args[0], cause))); //$NON-NLS-1$ //$NON-NLS-2$
			Contributions.log(CommandLine.class, List.of(Status.error("hyoka " + String.join(" ", args), e))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Command.USAGE;
	}

	/** The arguments that name existing files, for a failure that cannot say which one it was about. */
	private static String files(String... args) {
		List<String> files = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("-")).filter(arg -> { //$NON-NLS-1$
			try {
				return Files.exists(Path.of(arg));
			} catch (InvalidPathException e) {
				return false;
			}
		}).map(Terminal::field).toList();
		return files.isEmpty() ? "-" : String.join(", ", files); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The command; a usage problem naming it and its bundle, and logged, when its class cannot be created. */
	private static Command create(CommandDescriptor descriptor) throws UsageException {
		try {
			return descriptor.create();
		} catch (ContributionException e) {
			String message = CliMessages.format("cannotRun", descriptor.name(), descriptor.bundle(), //$NON-NLS-1$
					String.join(" ", e.getMessage().lines().toList())); //$NON-NLS-1$
			Contributions.log(CommandLine.class, List.of(Status.error(message, e)));
			throw new UsageException(message);
		}
	}

	/** Every installed command: each form of its usage, then its description. */
	private void help() {
		String prefix = USAGE_PREFIX;
		for (CommandDescriptor command : commands.commands()) {
			for (String form : command.usageForms().isEmpty() ? List.of("") : command.usageForms()) { //$NON-NLS-1$
				out.println(prefix + ("hyoka " + command.name() + " " + form).strip()); //$NON-NLS-1$ //$NON-NLS-2$
				prefix = INDENT;
			}
			out.println(DESCRIPTION_INDENT + command.description());
		}
		out.println(prefix + "hyoka help"); //$NON-NLS-1$
		out.println(DESCRIPTION_INDENT + CliMessages.get("helpDescription")); //$NON-NLS-1$
	}
}
