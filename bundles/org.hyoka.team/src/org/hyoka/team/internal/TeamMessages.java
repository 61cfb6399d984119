package org.hyoka.team.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The messages of team sharing, in the user's language (messages.properties, messages_ja.properties). */
public final class TeamMessages {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.hyoka.team.internal.messages"); //$NON-NLS-1$

	private TeamMessages() {
	}

	public static String format(String key, Object... arguments) {
		return MessageFormat.format(MESSAGES.getString(key), arguments);
	}
}
