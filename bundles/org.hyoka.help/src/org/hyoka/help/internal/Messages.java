package org.hyoka.help.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the guide's contents page ({@code messages*.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hyoka.help.internal.messages"; //$NON-NLS-1$

	public static String GuideSite_title;
	public static String GuideSite_intro;
	public static String GuideSite_noTopic;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
