package org.hyoka.ip.register;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The register import's messages, in the user's language. */
final class RegisterMessages {

	private RegisterMessages() {
	}

	static String format(String key, Object... arguments) {
		ResourceBundle messages = ResourceBundle.getBundle("org.hyoka.ip.register.messages", Locale.getDefault(), //$NON-NLS-1$
				RegisterMessages.class.getClassLoader());
		return MessageFormat.format(messages.getString(key), arguments);
	}
}
