package org.hyoka.samples.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.hyoka.samples.internal.messages"; //$NON-NLS-1$

	public static String OpenSample_unknown;
	public static String OpenSample_failed;
	public static String samplesProject;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
