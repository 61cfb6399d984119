package org.hyoka.app.internal;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.osgi.framework.FrameworkUtil;

/**
 * Shows File &gt; Import… and Export… with their categories open until the user opens or closes one: the platform
 * shows them closed, so on the first day every import or export took a click more to find its wizard. The dialogs
 * keep the user's own choice in the same settings once a wizard has finished, and this leaves it alone from then on.
 */
final class WizardCategoriesOpen {

	/** The section and keys the platform's import and export dialogs read (WizardHandler, ImportPage, ExportPage). */
	private static final String SECTION = "ImportExportAction"; //$NON-NLS-1$
	static final String IMPORT_KEY = "ImportExportPage.STORE_EXPANDED_IMPORT_CATEGORIES"; //$NON-NLS-1$
	static final String EXPORT_KEY = "ImportExportPage.STORE_EXPANDED_EXPORT_CATEGORIES"; //$NON-NLS-1$

	private WizardCategoriesOpen() {
	}

	static void install(IWorkbench workbench) {
		IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(PlatformUI.class)).getDialogSettings();
		IDialogSettings section = settings.getSection(SECTION);
		if (section == null) {
			section = settings.addNewSection(SECTION);
		}
		openAll(section, IMPORT_KEY, workbench.getImportWizardRegistry());
		openAll(section, EXPORT_KEY, workbench.getExportWizardRegistry());
	}

	private static void openAll(IDialogSettings section, String key, IWizardRegistry registry) {
		if (section.getArray(key) == null) {
			section.put(key, Arrays.stream(registry.getRootCategory().getCategories())
					.map(category -> category.getPath().toString()).toArray(String[]::new));
		}
	}
}
