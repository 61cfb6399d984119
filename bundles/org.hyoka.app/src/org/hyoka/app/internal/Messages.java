package org.hyoka.app.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the application bundle ({@code messages*.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hyoka.app.internal.messages"; //$NON-NLS-1$

	public static String Application_noWorkspaceTitle;
	public static String Application_noWorkspaceMessage;
	public static String Application_workspaceInUseTitle;
	public static String Application_workspaceInUseMessage;
	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_help;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
