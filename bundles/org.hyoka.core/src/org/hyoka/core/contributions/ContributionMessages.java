package org.hyoka.core.contributions;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages about contributions in the user's language (messages.properties / messages_ja.properties). */
final class ContributionMessages {

	private ContributionMessages() {
	}

	static String format(String key, Object... arguments) {
		return MessageFormat.format(ResourceBundle.getBundle("org.hyoka.core.contributions.messages", Locale.getDefault(), //$NON-NLS-1$
				ContributionMessages.class.getClassLoader()).getString(key), arguments);
	}
}
