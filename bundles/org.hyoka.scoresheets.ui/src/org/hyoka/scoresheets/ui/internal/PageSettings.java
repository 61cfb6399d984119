package org.hyoka.scoresheets.ui.internal;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/** What a wizard page of this bundle remembers between uses (the workspace's dialog settings), by the page's name. */
final class PageSettings {

	private PageSettings() {
	}

	static IDialogSettings of(String pageName) {
		return DialogSettings.getOrCreateSection(PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(PageSettings.class)).getDialogSettings(),
				pageName);
	}
}
