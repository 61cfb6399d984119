package org.hyoka.model.persistence;

/** Something wrong in a file, at a place in it. Line and column are 1-based, 0 when unknown. */
public record LoadProblem(String file, int line, int column, String message) {

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
	}
}
