package org.hyoka.model.persistence;

import org.eclipse.emf.ecore.EObject;

/**
 * What an id may be. A file refers to an object by its id: a reference to several objects separates their ids with
 * spaces, one with {@code #} names another file, {@code ?} ends a fragment and a leading {@code /} makes it a path,
 * and control characters cannot be written in XML. An id holding any of them saves, but its references break when
 * the file is read. Every place that sets an id (imports, cells, dialogs) asks here first.
 */
public final class Ids {

	private static final String BREAKING = "#?"; //$NON-NLS-1$

	private Ids() {
	}

	/** Why the text cannot be an id, as a sentence naming it; null when it can. */
	public static String problem(String id) {
		if (id == null || id.isEmpty()) {
			return PersistenceMessages.format("badId", "", PersistenceMessages.format("idEmpty")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (int i = 0; i < id.length(); i = id.offsetByCodePoints(i, 1)) {
			int c = id.codePointAt(i);
			if (breaks(c) || i == 0 && c == '/') {
				return PersistenceMessages.format("badId", printable(id), //$NON-NLS-1$
						PersistenceMessages.format("idCharacter", character(c), id.codePointCount(0, i) + 1)); //$NON-NLS-1$
			}
		}
		return null;
	}

	/** As {@link #problem(String)}, and also when another object of the object's file has the id. */
	public static String problem(EObject object, String id) {
		String problem = problem(id);
		if (problem != null || object.eResource() == null) {
			return problem;
		}
		EObject holder = object.eResource().getEObject(id);
		return holder == null || holder == object ? null : PersistenceMessages.format("idTaken", id); //$NON-NLS-1$
	}

	private static boolean breaks(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || BREAKING.indexOf(c) >= 0
				|| Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE || c == 0xFFFE || c == 0xFFFF;
	}

	/** The character as a message shows it: visible ones quoted, with their code point. */
	private static String character(int c) {
		String code = String.format("U+%04X", c); //$NON-NLS-1$
		return breaksTheLine(c) ? code : "\"" + Character.toString(c) + "\" (" + code + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static boolean breaksTheLine(int c) {
		return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE;
	}

	/** The id with what a terminal or a dialog would act on shown as U+XXXX. */
	private static String printable(String id) {
		StringBuilder shown = new StringBuilder();
		id.codePoints().forEach(c -> shown.append(breaksTheLine(c) ? String.format("U+%04X", c) : Character.toString(c))); //$NON-NLS-1$
		return shown.toString();
	}
}
