package org.hyoka.cli.api;

/**
 * One {@code hyoka} command, contributed to the {@code org.hyoka.cli.commands} extension point. The command line
 * creates it when the user names it (a public no-argument constructor), runs it once and exits with the status it
 * returns.
 */
@FunctionalInterface
public interface Command {

	/** Exit status: the command did what was asked. */
	int OK = 0;

	/**
	 * Exit status: the command ran, and found what the user must look at (a validation error, a conflict that left
	 * something out). Standard output says what.
	 */
	int FOUND = 1;

	/** Exit status: bad arguments or unreadable input; throw a {@link UsageException} rather than return it. */
	int USAGE = 2;

	/**
	 * Runs the command. Results go to {@link CommandContext#out()}, one record per line, tab-separated where a script
	 * reads them.
	 *
	 * @return {@link #OK} or {@link #FOUND}
	 * @throws UsageException
	 *             on bad arguments or unreadable input: the command line prints its message on one line and exits
	 *             with {@link #USAGE}
	 */
	int run(CommandContext context) throws UsageException;
}
