package org.hyoka.model.persistence;

import java.util.List;

/**
 * A file was read whole, but some of its references name no object of the file (an id edited by hand, or one holding
 * a space or "#" written by an older version). The resource keeps what it read, so a program may show it read-only;
 * saving it would lose those references for good, so nothing may save it.
 */
public class BrokenReferencesException extends HyokaLoadException {

	private static final long serialVersionUID = 1L;

	public BrokenReferencesException(List<LoadProblem> problems, Throwable cause) {
		super(problems, cause);
	}
}
