package org.hyoka.roadmap.exchange.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The messages of the exchange, in the user's language (messages.properties, messages_ja.properties). */
public final class ExchangeMessages {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.hyoka.roadmap.exchange.internal.messages"); //$NON-NLS-1$

	private ExchangeMessages() {
	}

	public static String format(String key, Object... arguments) {
		return MessageFormat.format(MESSAGES.getString(key), arguments);
	}
}
