package org.hyoka.model.persistence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.model.HyokaPackage;

/**
 * Versions of the .hyoka file format. The version is part of every namespace URI of the model
 * ({@code http://www.hyoka.org/model/1.0/program}), so a file says which format it was written in.
 */
public final class FileFormat {

	/** File extension of evaluation files. */
	public static final String EXTENSION = "hyoka";

	private static final Pattern NAMESPACE = Pattern.compile("http://www\\.hyoka\\.org/model/(\\d+)\\.(\\d+)(/.*)?");

	/** The format this version of the model reads and writes. */
	public static final Version CURRENT = versionOf(HyokaPackage.eNS_URI).orElseThrow();

	private FileFormat() {
	}

	/** The format version a Hyoka namespace URI belongs to; empty for other namespaces. */
	public static Optional<Version> versionOf(String namespaceUri) {
		Matcher matcher = namespaceUri == null ? null : NAMESPACE.matcher(namespaceUri);
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Version(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
	}

	/** The namespace URI of the same package in the current format. */
	public static String currentNamespace(String namespaceUri) {
		Matcher matcher = NAMESPACE.matcher(namespaceUri);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(namespaceUri);
		}
		String path = matcher.group(3);
		return HyokaPackage.eNS_URI + (path == null ? "" : path);
	}

	/** A format version, major.minor. */
	public record Version(int major, int minor) implements Comparable<Version> {

		@Override
		public int compareTo(Version other) {
			return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
		}

		@Override
		public String toString() {
			return major + "." + minor;
		}
	}
}
