package org.hyoka.team;

import java.time.Instant;

/**
 * A version of an evaluation file: a commit that changed it.
 *
 * @param commit
 *            the commit's id (40 hexadecimal digits)
 * @param author
 *            the name of who made the change
 * @param time
 *            when the change was made (the author's time)
 * @param message
 *            what the commit says it changed, its first line
 * @param path
 *            the file's path in the repository in that commit (a renamed file is followed)
 */
public record Version(String commit, String author, Instant time, String message, String path) {

	/** The commit's id as Git abbreviates it. */
	public String shortId() {
		return commit.substring(0, 7);
	}
}
