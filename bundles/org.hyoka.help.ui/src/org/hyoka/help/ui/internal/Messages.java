package org.hyoka.help.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the help UI ({@code messages*.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hyoka.help.ui.internal.messages"; //$NON-NLS-1$

	public static String GuideBrowser_title;
	public static String GuideBrowser_failed;
	public static String GuideBrowser_noBrowser;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
