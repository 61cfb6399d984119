package org.hyoka.ip.register;

/** A register table that cannot be read: the message names the file and line, and what is wrong there. */
public final class RegisterFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public RegisterFormatException(String message) {
		super(message);
	}
}
