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
}
