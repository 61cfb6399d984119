package org.hyoka.edit.ui.widgets;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String browse;
	public static String dateFormat;
	public static String pickDate;
	public static String pick;

	static {
		NLS.initializeMessages("org.hyoka.edit.ui.widgets.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
