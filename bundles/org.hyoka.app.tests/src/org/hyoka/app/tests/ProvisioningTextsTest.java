package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The language pack translates every text of the installation and update dialogs, the trust dialogs and the secure
 * storage's: a key the platform adds in a new version would show in English in the middle of a Japanese dialog, so a
 * newer p2 in the target fails here until it is translated.
 */
class ProvisioningTextsTest {

	@ParameterizedTest
	@CsvSource({
			"org.eclipse.equinox.p2.ui, org.hyoka.nl.ja.equinox.p2.ui, org/eclipse/equinox/internal/p2/ui/messages",
			"org.eclipse.equinox.p2.ui, org.hyoka.nl.ja.equinox.p2.ui, plugin",
			"org.eclipse.equinox.p2.ui.sdk, org.hyoka.nl.ja.equinox.p2.ui.sdk, org/eclipse/equinox/internal/p2/ui/sdk/messages",
			"org.eclipse.equinox.p2.ui.sdk, org.hyoka.nl.ja.equinox.p2.ui.sdk, plugin",
			"org.eclipse.equinox.p2.ui.sdk.scheduler, org.hyoka.nl.ja.equinox.p2.ui.sdk.scheduler, org/eclipse/equinox/internal/p2/ui/sdk/scheduler/messages",
			"org.eclipse.equinox.p2.operations, org.hyoka.nl.ja.equinox.p2.operations, org/eclipse/equinox/internal/p2/operations/messages",
			"org.eclipse.equinox.security.ui, org.hyoka.nl.ja.equinox.security.ui, org/eclipse/equinox/internal/security/ui/nls/messages" })
	void everyKeyInJapanese(String host, String fragment, String baseName) throws IOException {
		Set<String> english = keys(host, baseName + ".properties");
		Set<String> japanese = keys(fragment, baseName + "_ja.properties");
		Set<String> missing = new TreeSet<>(english);
		missing.removeAll(japanese);
		assertEquals(Set.of(), missing, fragment + " lacks keys of " + host + "'s " + baseName);
	}

	private static Set<String> keys(String symbolicName, String path) throws IOException {
		Bundle bundle = Arrays.stream(FrameworkUtil.getBundle(ProvisioningTextsTest.class).getBundleContext().getBundles())
				.filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst().orElse(null);
		assertNotNull(bundle, symbolicName + " is in the test runtime");
		URL url = bundle.getEntry(path);
		assertNotNull(url, path + " is in " + symbolicName);
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties.stringPropertyNames();
	}
}
