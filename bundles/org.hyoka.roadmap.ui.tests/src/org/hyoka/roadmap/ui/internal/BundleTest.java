package org.hyoka.roadmap.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What every bundle of the house must do: resolve in the runtime, and name everything in English and Japanese. */
class BundleTest {

	private static final Pattern KEY = Pattern.compile("%([A-Za-z0-9_.\\-]+)"); //$NON-NLS-1$

	private final Bundle bundle = FrameworkUtil.getBundle(BundleTest.class);

	@Test
	void resolvesInTheRuntime() {
		assertNotNull(bundle, "not loaded by OSGi"); //$NON-NLS-1$
		assertEquals("org.hyoka.roadmap.ui", bundle.getSymbolicName()); //$NON-NLS-1$
		assertNotEquals(Bundle.INSTALLED, bundle.getState(), "org.hyoka.roadmap.ui does not resolve"); //$NON-NLS-1$
	}

	@Test
	void everyTranslatableTextHasEnglishAndJapanese() throws IOException {
		Set<String> used = new TreeSet<>();
		for (String file : new String[] { "META-INF/MANIFEST.MF", "plugin.xml" }) { //$NON-NLS-1$ //$NON-NLS-2$
			Matcher matcher = KEY.matcher(text(file));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		Set<String> english = properties("plugin.properties").stringPropertyNames(); //$NON-NLS-1$
		Set<String> japanese = properties("plugin_ja.properties").stringPropertyNames(); //$NON-NLS-1$
		assertEquals(english, japanese, "plugin.properties and plugin_ja.properties define different keys"); //$NON-NLS-1$
		Set<String> undefined = new TreeSet<>(used);
		undefined.removeAll(english);
		assertEquals(Set.of(), undefined, "used as %key but not defined in plugin.properties"); //$NON-NLS-1$
	}

	private String text(String file) throws IOException {
		URL entry = bundle.getEntry(file);
		if (entry == null) {
			return ""; //$NON-NLS-1$
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private Properties properties(String file) throws IOException {
		URL entry = bundle.getEntry(file);
		assertNotNull(entry, "org.hyoka.roadmap.ui has no " + file); //$NON-NLS-1$
		Properties properties = new Properties();
		try (InputStream in = entry.openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
