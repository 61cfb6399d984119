package org.hyoka.roadmap.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * The bundle as built carries its texts in English and Japanese (architecture.py --check compares the sources; this
 * sees that build.properties packs them), and MPXJ's licence.
 */
class BundleTest {

	@Test
	void carriesItsTextsInEnglishAndJapanese() {
		Bundle bundle = FrameworkUtil.getBundle(BundleTest.class);
		assertEquals("org.hyoka.roadmap.exchange", bundle.getSymbolicName()); //$NON-NLS-1$
		for (String locale : new String[] { "en", "ja" }) { //$NON-NLS-1$ //$NON-NLS-2$
			String file = "ja".equals(locale) ? "plugin_ja.properties" : "plugin.properties"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertNotNull(bundle.getEntry(file), "org.hyoka.roadmap.exchange is built without " + file); //$NON-NLS-1$
			String name = bundle.getHeaders(locale).get(Constants.BUNDLE_NAME);
			assertFalse(name.startsWith("%"), "org.hyoka.roadmap.exchange has no " + locale + " name: " + name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** MPXJ's licence asks for its text and its source to go with it: the bundle names the MPXJ it runs with. */
	@Test
	void carriesTheLicenceAndSourceOfTheMpxjItRunsWith() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(BundleTest.class);
		Bundle mpxj = FrameworkUtil.getBundle(ProjectFile.class);
		assertEquals("wrapped.net.sf.mpxj.mpxj", mpxj.getSymbolicName()); //$NON-NLS-1$
		String version = mpxj.getVersion().getMajor() + "." + mpxj.getVersion().getMinor() + "." + mpxj.getVersion().getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
		String about = read(bundle.getEntry("about.html")); //$NON-NLS-1$
		assertTrue(about.contains("MPXJ</b> " + version), version); //$NON-NLS-1$
		assertTrue(about.contains("mpxj-" + version + "-sources.jar"), version); //$NON-NLS-1$ //$NON-NLS-2$
		String licence = read(bundle.getEntry("about_files/LGPL-2.1.txt")); //$NON-NLS-1$
		assertTrue(licence.contains("GNU LESSER GENERAL PUBLIC LICENSE") && licence.contains("Version 2.1, February 1999")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String read(URL entry) throws IOException {
		assertNotNull(entry);
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
