package org.hyoka.cli.api;

/**
 * Bad arguments or unreadable input. A command throws it instead of printing: the command line prints
 * {@code hyoka: } and the message, on one line, to standard error and exits with {@link Command#USAGE}.
 */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
