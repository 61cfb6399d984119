package org.hyoka.model.persistence;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** A file could not be read. Names the file and, where the parser knows them, line and column. */
public class HyokaLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient List<LoadProblem> problems;

	public HyokaLoadException(List<LoadProblem> problems, Throwable cause) {
		this(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")), problems, cause);
	}

	/** With a message of its own, e.g. one that sums up many problems of one kind. */
	protected HyokaLoadException(String message, List<LoadProblem> problems, Throwable cause) {
		super(message, cause);
		this.problems = List.copyOf(problems);
	}

	/** The problems found, the first one first. */
	public List<LoadProblem> problems() {
		return problems;
	}
}
