package org.hyoka.roadmap.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * The bundle as built carries its texts in English and Japanese (architecture.py --check compares the sources; this
 * sees that build.properties packs them).
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
}
