package org.hyoka.ip.register;

import java.util.List;

/**
 * A register table that cannot be read: each problem names the file and the place (line, or sheet and cell) and
 * what is wrong there, in the order of the table, so that one run reports every bad row.
 */
public final class RegisterFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public RegisterFormatException(String problem) {
		this(List.of(problem));
	}

	public RegisterFormatException(List<String> problems) {
		super(String.join("\n", problems)); //$NON-NLS-1$
		this.problems = List.copyOf(problems);
	}

	/** Each problem, {@code PLACE: what is wrong}, in the order of the table. */
	public List<String> problems() {
		return problems;
	}
}
