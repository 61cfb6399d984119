package org.hyoka.testing.editor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.hyoka.testing.ui.Labels;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The product's own words, read from its bundles' English and Japanese properties files: a run finds the labels it
 * clicks in the language the workbench was started in, and tells the product's English texts from the platform's.
 */
public final class Words {

	private static final boolean JAPANESE = "ja".equals(Locale.getDefault().getLanguage()); //$NON-NLS-1$
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?\\}"); //$NON-NLS-1$
	/** messages_de.properties, plugin_zh_CN.properties: translations, not the platform's own English. */
	private static final Pattern LOCALE_VARIANT = Pattern.compile("_[a-z]{2}(_[A-Z]{2})?\\.properties$"); //$NON-NLS-1$
	/** Paths, names of files and tokens with digits, hyphens or underscores: identifiers, not words. */
	private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|\u2026"); //$NON-NLS-1$
	private static final Pattern NOT_WORDS = Pattern.compile("\\S*[/\\\\0-9.\\-_]\\S*"); //$NON-NLS-1$
	/** A word of two or more Latin letters that is not all capitals; Japanese around it is no word boundary in Java. */
	private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z])(?![A-Z]+(?![A-Za-z]))[A-Za-z]{2,}(?![A-Za-z])"); //$NON-NLS-1$

	private Words() {
	}

	/**
	 * The text of a key as the workbench shows it, without its mnemonic: {@code base} is the properties file's path in
	 * the bundle without {@code .properties} ({@code plugin}, {@code org/hyoka/app/internal/messages}). A platform
	 * bundle's Japanese is in the language pack's fragment attached to it (org.hyoka.nl.ja.*).
	 */
	public static String text(String bundle, String base, String key) {
		Bundle found = Platform.getBundle(bundle);
		String text = JAPANESE ? load(entry(found, base + "_ja.properties")).getProperty(key) : null; //$NON-NLS-1$
		if (text == null) {
			text = load(entry(found, base + ".properties")).getProperty(key); //$NON-NLS-1$
		}
		if (text == null) {
			throw new AssertionError(bundle + "/" + base + " has no " + key); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Labels.plain(text);
	}

	/**
	 * Tests for the product's English texts that have a Japanese translation (so, shown in English under -nl ja, a
	 * translation is missing): each such text as a whole, a message with arguments as a pattern.
	 */
	public static List<Predicate<String>> englishOfTheProduct() {
		List<Predicate<String>> english = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(Words.class).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (!name.startsWith("org.hyoka.") || name.endsWith(".tests") || name.startsWith("org.hyoka.testing.")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				continue;
			}
			Enumeration<URL> files = bundle.findEntries("/", "*_ja.properties", true); //$NON-NLS-1$ //$NON-NLS-2$
			for (URL ja : files == null ? Collections.<URL>emptyList() : Collections.list(files)) {
				Properties japanese = load(ja);
				Properties englishTexts = load(bundle.getEntry(ja.getPath().replace("_ja.properties", ".properties"))); //$NON-NLS-1$ //$NON-NLS-2$
				for (String key : englishTexts.stringPropertyNames()) {
					String en = Labels.plain(englishTexts.getProperty(key));
					String translated = japanese.getProperty(key);
					if (translated != null && !en.equals(Labels.plain(translated)) && en.matches(".*[A-Za-z]{2,}.*")) { //$NON-NLS-1$
						english.add(matcher(en));
					}
				}
			}
		}
		return english;
	}

	/** The file at the path in the bundle or in a fragment attached to it. */
	private static URL entry(Bundle bundle, String path) {
		int slash = path.lastIndexOf('/');
		Enumeration<URL> found = bundle.findEntries(slash < 0 ? "/" : path.substring(0, slash), path.substring(slash + 1), false); //$NON-NLS-1$
		return found != null && found.hasMoreElements() ? found.nextElement() : null;
	}

	/**
	 * Tests for the platform's English texts that the Japanese language pack translates (the fragments
	 * org.hyoka.nl.ja.*, each holding _ja files beside its host's): shown in English under -nl ja, the pack is not
	 * attached or its file is not where the host looks.
	 */
	public static List<Predicate<String>> englishOfThePlatformTranslated() {
		List<Predicate<String>> english = new ArrayList<>();
		for (Bundle pack : FrameworkUtil.getBundle(Words.class).getBundleContext().getBundles()) {
			String host = pack.getHeaders("").get("Fragment-Host"); //$NON-NLS-1$ //$NON-NLS-2$
			if (!pack.getSymbolicName().startsWith("org.hyoka.nl.") || host == null) { //$NON-NLS-1$
				continue;
			}
			Bundle platform = Platform.getBundle(host.split(";")[0].trim()); //$NON-NLS-1$
			Enumeration<URL> files = pack.findEntries("/", "*_ja.properties", true); //$NON-NLS-1$ //$NON-NLS-2$
			for (URL ja : files == null ? Collections.<URL>emptyList() : Collections.list(files)) {
				Properties japanese = load(ja);
				Properties englishTexts = load(platform.getEntry(ja.getPath().replace("_ja.properties", ".properties"))); //$NON-NLS-1$ //$NON-NLS-2$
				if (englishTexts.isEmpty()) {
					throw new AssertionError(pack.getSymbolicName() + ": " + platform + " has no English for " + ja.getPath()); //$NON-NLS-1$ //$NON-NLS-2$
				}
				for (String key : japanese.stringPropertyNames()) {
					String en = Labels.plain(englishTexts.getProperty(key, "")); //$NON-NLS-1$
					if (!en.equals(Labels.plain(japanese.getProperty(key))) && en.matches(".*[A-Za-z]{2,}.*")) { //$NON-NLS-1$
						english.add(matcher(en));
					}
				}
			}
		}
		return english;
	}

	/**
	 * Tests for English that no properties file explains: under -nl ja a text with an English word (two or more
	 * letters, not all capitals) that is neither a text of the platform, whose rarer dialogs stay English (the
	 * language pack translates what the product's users see), nor a Japanese text of the product (which may name Hyoka
	 * Workbench or a format) was written in English in the product's code. Names of files and paths, identifiers with digits or hyphens (HY-BU-01,
	 * FY2022) and acronyms (PDF) are not words.
	 */
	public static Predicate<String> englishOfNoPropertiesFile() {
		Set<String> texts = new HashSet<>();
		List<Predicate<String>> messages = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(Words.class).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (name.endsWith(".tests") || name.startsWith("org.hyoka.testing.")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			// the platform's English; the product's Japanese, as its English is englishOfTheProduct's
			boolean product = name.startsWith("org.hyoka."); //$NON-NLS-1$
			Enumeration<URL> files = bundle.findEntries("/", product ? "*_ja.properties" : "*.properties", true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (URL file : files == null ? Collections.<URL>emptyList() : Collections.list(files)) {
				if (product || !LOCALE_VARIANT.matcher(file.getPath()).find()) {
					for (Object value : texts(file)) {
						String text = Labels.plain((String) value);
						if (!text.contains("{")) { //$NON-NLS-1$
							texts.add(text);
						} else if (PLACEHOLDER.matcher(text).replaceAll("").matches("(?s).*\\p{L}.*")) { //$NON-NLS-1$ //$NON-NLS-2$
							messages.add(matcher(text)); // not "{0} ({1})", which would explain any text
						}
					}
				}
			}
		}
		return text -> ENGLISH_WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" ")).find() && !texts.contains(text) //$NON-NLS-1$
				&& messages.stream().noneMatch(test -> test.test(text));
	}

	/**
	 * Words that stay in Latin letters in a Japanese label: the product's and its platform's names, the systems whose
	 * line ends Preferences &gt; General &gt; Workspace offers (Windows, Unix), and the modifier keys of an accelerator
	 * ("Ctrl+Shift+W"). Formats (PDF, DOCX, XLSX, CSV, HTML) are capitals and rule codes and file names carry digits,
	 * hyphens or dots, so none of them is a word at all.
	 */
	private static final Set<String> NAMES = Set.of("Hyoka", "Workbench", "Eclipse", "Windows", "Unix", "Ctrl", "Shift", "Alt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/**
	 * The English words of a label as a user reads it, without the names and codes that stay in Latin letters and
	 * without the words of what the user typed (an evaluation's own texts are data, not labels).
	 */
	public static List<String> englishWords(String label, Set<String> typed) {
		List<String> words = new ArrayList<>();
		// an ellipsis ends a label ("Export..."), it does not make a file name of its word
		var found = ENGLISH_WORD.matcher(NOT_WORDS.matcher(ELLIPSIS.matcher(label).replaceAll(" ")).replaceAll(" ")); //$NON-NLS-1$ //$NON-NLS-2$
		while (found.find()) {
			if (!NAMES.contains(found.group()) && !typed.contains(found.group())) {
				words.add(found.group());
			}
		}
		return words;
	}

	/** "Add {0}" matches "Add 研究開発課題"; a text without arguments matches itself. */
	private static Predicate<String> matcher(String english) {
		if (!english.contains("{")) { //$NON-NLS-1$
			return english::equals;
		}
		StringBuilder regex = new StringBuilder();
		for (String part : PLACEHOLDER.split(english.replace("''", "'"), -1)) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!regex.isEmpty()) {
				regex.append(".+"); //$NON-NLS-1$
			}
			regex.append(Pattern.quote(part));
		}
		Pattern pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
		return text -> pattern.matcher(text).matches();
	}

	/** The values of a properties file; none for a file of that name that is not one, as some bundles ship. */
	private static Collection<Object> texts(URL url) {
		try {
			return load(url).values();
		} catch (IllegalArgumentException e) {
			return List.of();
		}
	}

	private static Properties load(URL url) {
		Properties properties = new Properties();
		if (url == null) {
			return properties;
		}
		// both escaped and plain UTF-8 files read right as UTF-8
		try (Reader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
