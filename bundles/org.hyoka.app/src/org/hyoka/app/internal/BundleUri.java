package org.hyoka.app.internal;

import java.util.Optional;

/** The bundle a {@code platform:/plugin/} or {@code bundleclass://} URI of the application model names, and the path after it. */
record BundleUri(String bundle, String path) {

	static final String PLUGIN = "platform:/plugin/"; //$NON-NLS-1$
	static final String BUNDLE_CLASS = "bundleclass://"; //$NON-NLS-1$

	/** The URI's bundle and path, if it has the scheme. */
	static Optional<BundleUri> parse(String uri, String scheme) {
		if (uri == null || !uri.startsWith(scheme)) {
			return Optional.empty();
		}
		String rest = uri.substring(scheme.length());
		int slash = rest.indexOf('/');
		return Optional.of(slash < 0 ? new BundleUri(rest, "") : new BundleUri(rest.substring(0, slash), rest.substring(slash + 1))); //$NON-NLS-1$
	}
}
