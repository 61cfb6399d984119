package org.hyoka.cli.api;

import java.io.PrintStream;
import java.util.List;

/** What a running command is given. */
public interface CommandContext {

	/** The arguments after the command's name, as the user typed them; parse them with {@link Arguments}. */
	List<String> arguments();

	/** Standard output: the command's results. */
	PrintStream out();

	/** Standard error: warnings that are not results. Usage problems are thrown as {@link UsageException}. */
	PrintStream err();

	/**
	 * A context of the given arguments and streams: what the command line gives a command, and what a test or another
	 * program that runs a command in its own process gives it.
	 *
	 * @since 1.1
	 */
	static CommandContext of(List<String> arguments, PrintStream out, PrintStream err) {
		record Given(List<String> arguments, PrintStream out, PrintStream err) implements CommandContext {
		}
		return new Given(List.copyOf(arguments), out, err);
	}
}
