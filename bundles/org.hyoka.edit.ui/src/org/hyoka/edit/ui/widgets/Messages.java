package org.hyoka.edit.ui.widgets;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String browse;

	static {
		NLS.initializeMessages("org.hyoka.edit.ui.widgets.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
