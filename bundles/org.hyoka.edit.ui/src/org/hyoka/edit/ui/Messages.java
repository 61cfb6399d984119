package org.hyoka.edit.ui;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String invalidValue;
	public static String valueRequired;
	public static String undo;
	public static String undoCommand;
	public static String redo;
	public static String redoCommand;

	static {
		NLS.initializeMessages("org.hyoka.edit.ui.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
