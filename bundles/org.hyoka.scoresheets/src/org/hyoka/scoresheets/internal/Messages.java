package org.hyoka.scoresheets.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Import messages in the user's language (messages.properties / messages_ja.properties). */
public final class Messages {

	private Messages() {
	}

	public static String format(String key, Object... arguments) {
		return MessageFormat.format(ResourceBundle.getBundle("org.hyoka.scoresheets.internal.messages", Locale.getDefault(), //$NON-NLS-1$
				Messages.class.getClassLoader()).getString(key), arguments);
	}
}
