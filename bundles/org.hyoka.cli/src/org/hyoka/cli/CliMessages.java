package org.hyoka.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own messages in the user's language (messages.properties / messages_ja.properties). */
public final class CliMessages {

	private CliMessages() {
	}

	public static String get(String key) {
		return ResourceBundle.getBundle("org.hyoka.cli.messages", Locale.getDefault(), CliMessages.class.getClassLoader()).getString(key); //$NON-NLS-1$
	}

	public static String format(String key, Object... arguments) {
		return MessageFormat.format(get(key), arguments);
	}
}
