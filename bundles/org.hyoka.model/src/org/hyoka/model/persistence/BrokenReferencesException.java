package org.hyoka.model.persistence;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file was read whole, but some of its references name no object of the file (an id edited by hand, or one holding
 * a space or "#" written by an older version). The resource keeps what it read, so a program may show it read-only;
 * saving it would lose those references for good, so nothing may save it.
 */
public class BrokenReferencesException extends HyokaLoadException {

	private static final long serialVersionUID = 1L;

	public BrokenReferencesException(List<LoadProblem> problems, Throwable cause) {
		super(message(problems), problems, cause);
	}

	/** The first reference with what to do, then only the lines of the others: the advice is the same for all. */
	private static String message(List<LoadProblem> problems) {
		if (problems.size() == 1) {
			return problems.get(0).toString();
		}
		String lines = problems.stream().skip(1).map(problem -> String.valueOf(problem.line())).distinct().collect(Collectors.joining(", ")); //$NON-NLS-1$
		return problems.get(0) + " " + PersistenceMessages.format("moreUnresolved", lines); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
