package org.hyoka.core.contributions;

/** A contribution that cannot be used; the message names its bundle and what is wrong. */
public class ContributionException extends Exception {

	private static final long serialVersionUID = 1L;

	public ContributionException(String message) {
		super(message);
	}

	public ContributionException(String message, Throwable cause) {
		super(message, cause);
	}
}
