package org.hyoka.team;

/**
 * What one version of an evaluation changed against another, per object and feature; values as a person reads them
 * (objects by their labels, "—" for nothing), as in a {@link Conflict}.
 *
 * @param kind
 *            a feature changed, or an object added or removed
 * @param path
 *            the object's id, or its path from the nearest object with an id: the object changed, added or removed
 * @param object
 *            the object as messages name it
 * @param feature
 *            the changed feature's name in the model; for an added or removed object, the list holding it
 * @param item
 *            the feature as the Properties view names it, in the user's language
 */
public record Change(Kind kind, String path, String object, String feature, String item, String before, String after) {

	/** What happened to the object. */
	public enum Kind {
		CHANGED, ADDED, REMOVED
	}
}
