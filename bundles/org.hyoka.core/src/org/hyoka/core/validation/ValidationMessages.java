package org.hyoka.core.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;

/** Validation messages and object type names in the user's language (messages.properties / messages_ja.properties). */
final class ValidationMessages {

	private ValidationMessages() {
	}

	static String optional(String key, String fallback) {
		// asked, not caught: the labels of objects without a type name of their own ask for a missing key every time
		ResourceBundle bundle = bundle();
		return bundle.containsKey(key) ? bundle.getString(key) : fallback;
	}

	/**
	 * A literal of the model's enumerations in the user's words (evaluationType.FINAL: final, 終了時評価), else its
	 * code: a message reads as the user's language, not the file's.
	 */
	static String word(Enumerator literal) {
		String type = literal.getClass().getSimpleName();
		return optional(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + literal.getName(), literal.getName()); //$NON-NLS-1$
	}

	/** The message of this key with its arguments filled in. */
	static String format(String key, Object... arguments) {
		return MessageFormat.format(bundle().getString(key), arguments);
	}

	private static ResourceBundle bundle() {
		return ResourceBundle.getBundle("org.hyoka.core.validation.messages", Locale.getDefault(), //$NON-NLS-1$
				ValidationMessages.class.getClassLoader());
	}
}
