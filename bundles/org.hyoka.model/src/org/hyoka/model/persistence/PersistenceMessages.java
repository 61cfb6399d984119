package org.hyoka.model.persistence;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages about files, in the user's language (messages.properties / messages_ja.properties). */
final class PersistenceMessages {

	private PersistenceMessages() {
	}

	static String format(String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("org.hyoka.model.persistence.messages", Locale.getDefault(),
				PersistenceMessages.class.getClassLoader());
		return MessageFormat.format(bundle.getString(key), arguments);
	}
}
