package org.hyoka.export.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages and option labels in the user's language (messages.properties / messages_ja.properties). */
public final class ExportMessages {

	private ExportMessages() {
	}

	public static String get(String key) {
		return bundle().getString(key);
	}

	public static String format(String key, Object... arguments) {
		return MessageFormat.format(get(key), arguments);
	}

	private static ResourceBundle bundle() {
		return ResourceBundle.getBundle("org.hyoka.export.internal.messages", Locale.getDefault(), //$NON-NLS-1$
				ExportMessages.class.getClassLoader());
	}
}
