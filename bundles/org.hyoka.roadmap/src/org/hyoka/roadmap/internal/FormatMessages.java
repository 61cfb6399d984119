package org.hyoka.roadmap.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages of the figure formats' registry in the user's language (formats.properties, formats_ja.properties). */
public final class FormatMessages {

	private FormatMessages() {
	}

	public static String get(String key) {
		return ResourceBundle.getBundle("org.hyoka.roadmap.internal.formats", Locale.getDefault(), //$NON-NLS-1$
				FormatMessages.class.getClassLoader()).getString(key);
	}

	public static String format(String key, Object... arguments) {
		return MessageFormat.format(get(key), arguments);
	}
}
