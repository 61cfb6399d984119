package org.hyoka.cli;

/** Bad arguments or unreadable input: the command prints the message on one line and exits with status 2. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
