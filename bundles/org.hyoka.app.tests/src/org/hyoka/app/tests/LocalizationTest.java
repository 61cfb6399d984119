package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.hyoka.app.internal.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every user-visible string of the application exists in English and in Japanese. */
class LocalizationTest {

	@ParameterizedTest
	@ValueSource(strings = { "plugin", "org/hyoka/app/internal/messages" })
	void japaneseTranslatesEveryKey(String baseName) throws IOException {
		Properties english = load(baseName + ".properties");
		Properties japanese = load(baseName + "_ja.properties");
		assertEquals(english.keySet(), japanese.keySet(), baseName);
		for (String key : japanese.stringPropertyNames()) {
			if (!key.equals("productName")) { // the brand name is the same in both languages
				assertTrue(japanese.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
						&& Character.UnicodeScript.of(c) != Character.UnicodeScript.COMMON),
						baseName + ": " + key + " is not translated: " + japanese.getProperty(key));
			}
		}
	}

	private static Properties load(String path) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(Messages.class);
		URL url = bundle.getEntry(path) != null ? bundle.getEntry(path) : bundle.getResource(path);
		assertNotNull(url, path + " is in the bundle");
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
