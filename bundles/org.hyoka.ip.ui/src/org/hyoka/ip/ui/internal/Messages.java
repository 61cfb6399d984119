package org.hyoka.ip.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the IP page in the user's language (messages.properties / messages_ja.properties). */
public final class Messages extends NLS {

	public static String page;
	public static String pageTitle;
	public static String sectionDescription;
	public static String bayhDole;
	public static String applied;
	public static String notApplied;
	public static String notStated;
	public static String secretariat;
	public static String agreements;
	public static String declaredParties;
	public static String committees;
	public static String rules;
	public static String ruleCounts;

	static {
		NLS.initializeMessages("org.hyoka.ip.ui.internal.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
