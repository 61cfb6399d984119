package org.hyoka.team;

/**
 * A feature of one object that both sides changed, each its own way; the merge kept ours. Values are as a person reads
 * them: attribute values as written in the file, objects by their labels, "—" for nothing.
 *
 * @param path
 *            the object's id, or its path from the nearest object with an id
 * @param object
 *            the object as messages name it
 * @param feature
 *            the changed feature's name in the model; for the order of a list, the list's name
 */
public record Conflict(String path, String object, String feature, String base, String ours, String theirs) {
}
