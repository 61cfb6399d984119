package org.hyoka.core.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words of the 技術評価報告書 from a properties file. Reports are written in Japanese whatever the user's language, so
 * the file is read without a locale and has no translations. {@link ReportText} holds the shared vocabulary; a bundle
 * that adds a report section keeps its own words in its own file.
 */
public final class Vocabulary {

	private final ResourceBundle words;
	/** Each key's pattern, parsed once: a large report formats the same few thousands of times. */
	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	private Vocabulary(ResourceBundle words) {
		this.words = words;
	}

	/**
	 * The vocabulary in the properties file {@code baseName} (e.g. {@code org.example.section.report} for
	 * {@code org/example/section/report.properties}), found through the class loader of the bundle that holds it.
	 */
	public static Vocabulary of(String baseName, ClassLoader loader) {
		return new Vocabulary(ResourceBundle.getBundle(baseName, Locale.ROOT, loader));
	}

	public String get(String key) {
		return words.getString(key);
	}

	/** The text of the key with its {0}, {1}… replaced; numbers are formatted without a locale. */
	public String format(String key, Object... arguments) {
		MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), Locale.ROOT));
		// a MessageFormat is not for two threads at once
		synchronized (format) {
			return format.format(arguments);
		}
	}
}
