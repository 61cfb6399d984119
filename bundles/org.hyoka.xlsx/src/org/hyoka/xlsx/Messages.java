package org.hyoka.xlsx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages in the user's language (messages.properties / messages_ja.properties). */
final class Messages {

	private Messages() {
	}

	static String format(String key, Object... arguments) {
		return MessageFormat.format(ResourceBundle.getBundle("org.hyoka.xlsx.messages", Locale.getDefault(), //$NON-NLS-1$
				Messages.class.getClassLoader()).getString(key), arguments);
	}
}
