package org.hyoka.testing.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osgi.service.prefs.BackingStoreException;

/**
 * A JUnit extension that empties a preference node of the instance scope (the workspace's) after each test, as the
 * workspace outlives the test: what one test chose, e.g. the author name, must not reach the next.
 */
public final class CleanPreferences implements AfterEachCallback {

	private final String node;

	/** @param node the node's name, e.g. {@code org.hyoka.core} */
	public CleanPreferences(String node) {
		this.node = node;
	}

	@Override
	public void afterEach(ExtensionContext context) throws BackingStoreException {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(node);
		preferences.clear();
		preferences.flush();
	}
}
