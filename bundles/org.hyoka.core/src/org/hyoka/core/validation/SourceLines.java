package org.hyoka.core.validation;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.model.base.Sourced;
import org.hyoka.model.base.SourceRef;

/**
 * Where a value was printed, as messages show it: the source lines of the object or, for values that are not
 * transcribed on their own (a table's yearly total), of the nearest object around it that is (「L1725–1730」).
 */
final class SourceLines {

	private static final String UNKNOWN = "L?"; //$NON-NLS-1$

	private SourceLines() {
	}

	/** The lines of the object's first source, or of its nearest container's. */
	static String of(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Sourced sourced && !sourced.getSources().isEmpty()) {
				SourceRef first = sourced.getSources().get(0);
				return format(first.getLine(), end(first));
			}
		}
		return UNKNOWN;
	}

	/** The lines from the first to the last of these objects' first sources (the rows of a table). */
	static String span(Collection<? extends EObject> objects) {
		List<SourceRef> refs = objects.stream().filter(Sourced.class::isInstance).map(Sourced.class::cast)
				.filter(sourced -> !sourced.getSources().isEmpty()).map(sourced -> sourced.getSources().get(0)).toList();
		if (refs.isEmpty()) {
			return objects.isEmpty() ? UNKNOWN : of(objects.iterator().next());
		}
		int first = refs.stream().mapToInt(SourceRef::getLine).min().getAsInt();
		int last = refs.stream().mapToInt(SourceLines::end).max().getAsInt();
		return format(first, last);
	}

	private static int end(SourceRef ref) {
		return ref.getEndLine() == null ? ref.getLine() : ref.getEndLine();
	}

	private static String format(int first, int last) {
		return last > first ? "L" + first + "–" + last : "L" + first; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
