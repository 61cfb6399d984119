package org.hyoka.roadmap.cli.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The messages of the roadmap command, in the user's language (messages.properties, messages_ja.properties). */
final class RoadmapMessages {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.hyoka.roadmap.cli.internal.messages"); //$NON-NLS-1$

	private RoadmapMessages() {
	}

	static String format(String key, Object... arguments) {
		return MessageFormat.format(MESSAGES.getString(key), arguments);
	}
}
