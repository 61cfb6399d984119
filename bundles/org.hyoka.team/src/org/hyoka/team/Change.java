package org.hyoka.team;

/**
 * What one version of an evaluation changed against another, per object and feature; values as a person reads them
 * (objects by their labels, "—" for nothing), as in a {@link Conflict}.
 *
 * @param kind
 *            a feature changed, an object added or removed, or an object without an id moved in its list
 * @param path
 *            the object's id, or its path from the nearest object with an id: the object changed, added or removed;
 *            for an object without an id that moved, was added or removed among entries that changed places, and
 *            what changed in such an entry, the object holding its list, since its path is its place
 * @param object
 *            the object as messages name it
 * @param feature
 *            the changed feature's name in the model; for an added, removed or moved object, the list holding it
 * @param item
 *            the feature as the Properties view names it, in the user's language
 * @param before
 *            the value before; for a moved object, its place in the list before (e.g. "position 3")
 * @param after
 *            the value after; for a moved object, its place in the list after
 */
public record Change(Kind kind, String path, String object, String feature, String item, String before, String after) {

	/** What happened to the object. */
	public enum Kind {
		CHANGED, ADDED, REMOVED, MOVED
	}
}
