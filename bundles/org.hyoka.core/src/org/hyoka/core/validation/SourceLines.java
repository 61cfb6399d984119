package org.hyoka.core.validation;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.model.base.Sourced;
import org.hyoka.model.base.SourceRef;

/**
 * Where a value was printed, as messages show it: the source lines of the object or, for values that are not
 * transcribed on their own (a table's yearly total), of the nearest object around it that is (「L1725–1730」).
 * A value typed in the editor was printed nowhere: its place is {@link #NONE}, which {@link #unplaced(String)}
 * takes out of the finished message, so that the message reads as if it had none (the finding's object, which the
 * Problems view opens, says where the value is).
 */
final class SourceLines {

	/** The place of a value without printed lines; never left in a message a user reads. */
	static final String NONE = "\uFFFF"; //$NON-NLS-1$
	// a place without lines with the words that join it to another place or text: 「L12 and 」「2018年度末時点、」
	private static final Pattern JOINED = Pattern.compile(NONE + "(?:, |、| and | と |: |：)|(?:, |、| and | と |: |：)" + NONE); //$NON-NLS-1$ //$NON-NLS-2$
	// a place without lines alone in its brackets, with the space before them: 「 (…)」「（…）」
	private static final Pattern ALONE = Pattern.compile(" ?[(（]" + NONE + "[)）]"); //$NON-NLS-1$ //$NON-NLS-2$

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
		return NONE;
	}

	/**
	 * The lines where the object prints this spelling of its name: the first source whose note quotes it, else the
	 * first that does not quote the other spelling (the notes record where a variant was printed).
	 */
	static String printing(Sourced object, String spelling, String other) {
		List<SourceRef> sources = object.getSources();
		return sources.stream().filter(ref -> ref.getNote() != null && ref.getNote().contains(spelling)).findFirst()
				.or(() -> sources.stream().filter(ref -> ref.getNote() == null || !ref.getNote().contains(other)).findFirst())
				.map(ref -> format(ref.getLine(), end(ref))).orElse(NONE);
	}

	/** The lines from the first to the last of these objects' first sources (the rows of a table). */
	static String span(Collection<? extends EObject> objects) {
		List<SourceRef> refs = objects.stream().filter(Sourced.class::isInstance).map(Sourced.class::cast)
				.filter(sourced -> !sourced.getSources().isEmpty()).map(sourced -> sourced.getSources().get(0)).toList();
		if (refs.isEmpty()) {
			return objects.isEmpty() ? NONE : of(objects.iterator().next());
		}
		int first = refs.stream().mapToInt(SourceRef::getLine).min().getAsInt();
		int last = refs.stream().mapToInt(SourceLines::end).max().getAsInt();
		return format(first, last);
	}

	/** The message without the places of values that have no printed lines, and without what joined them. */
	static String unplaced(String message) {
		if (!message.contains(NONE)) {
			return message;
		}
		String text = message;
		for (String previous = null; !text.equals(previous);) {
			previous = text;
			text = JOINED.matcher(text).replaceFirst(""); //$NON-NLS-1$
		}
		return ALONE.matcher(text).replaceAll("").replace(NONE, ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int end(SourceRef ref) {
		return ref.getEndLine() == null ? ref.getLine() : ref.getEndLine();
	}

	private static String format(int first, int last) {
		return last > first ? "L" + first + "–" + last : "L" + first; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
