package org.hyoka.core.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages about rule sets in the user's language (messages.properties / messages_ja.properties). */
final class RuleMessages {

	private RuleMessages() {
	}

	static String get(String key) {
		return ResourceBundle.getBundle("org.hyoka.core.rules.messages", Locale.getDefault(), RuleMessages.class.getClassLoader()) //$NON-NLS-1$
				.getString(key);
	}

	static String format(String key, Object... arguments) {
		return MessageFormat.format(get(key), arguments);
	}
}
