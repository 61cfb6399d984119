package org.hyoka.model.persistence;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** A file could not be read. Names the file and, where the parser knows them, line and column. */
public class HyokaLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient List<LoadProblem> problems;

	public HyokaLoadException(List<LoadProblem> problems, Throwable cause) {
		super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")), cause);
		this.problems = List.copyOf(problems);
	}

	/** The problems found, the first one first. */
	public List<LoadProblem> problems() {
		return problems;
	}
}
