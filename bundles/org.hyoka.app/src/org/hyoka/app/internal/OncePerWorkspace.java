package org.hyoka.app.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** What the workbench does once in a workspace and then leaves to the user, remembered in the workspace's preferences. */
final class OncePerWorkspace {

	private OncePerWorkspace() {
	}

	static boolean done(String key) {
		return preferences().getBoolean(key, false);
	}

	static void remember(String key) {
		IEclipsePreferences preferences = preferences();
		preferences.putBoolean(key, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// kept in memory and written at shutdown; at worst it is done once more at the next start
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(UpdateSite.NODE);
	}
}
