package org.hyoka.ip.rules;

import java.util.Locale;
import java.util.ResourceBundle;

import org.hyoka.ip.AgencyReportKind;

/** Words the IP rules' messages put into their arguments, in the user's language. */
final class Messages {

	private Messages() {
	}

	/** 国内, 外国, PCT as the printed outputs name the routes. */
	static String route(String route) {
		return get("route." + route, route); //$NON-NLS-1$
	}

	/** The approval a transfer or an exclusive licence needs. */
	static String approval(AgencyReportKind kind) {
		return get("approval." + kind.getName(), kind.getName()); //$NON-NLS-1$
	}

	/** The message of the key, or the fallback when there is none. */
	static String get(String key, String fallback) {
		ResourceBundle messages = ResourceBundle.getBundle("org.hyoka.ip.rules.messages", Locale.getDefault(), //$NON-NLS-1$
				Messages.class.getClassLoader());
		return messages.containsKey(key) ? messages.getString(key) : fallback;
	}
}
