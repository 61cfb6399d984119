package org.hyoka.app.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the application bundle ({@code messages*.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hyoka.app.internal.messages"; //$NON-NLS-1$

	public static String Application_noWorkspaceTitle;
	public static String Application_noWorkspaceMessage;
	public static String Application_workspaceInUseTitle;
	public static String Application_workspaceInUseMessage;
	public static String SystemApplication_title;
	public static String SystemApplication_none;
	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_newOther;
	public static String Menu_openFile;
	public static String Menu_recentFiles;
	public static String Menu_clearRecentFiles;
	public static String Menu_close;
	public static String Menu_closeAll;
	public static String Menu_save;
	public static String Menu_saveAs;
	public static String Menu_saveAll;
	public static String Menu_import;
	public static String Menu_export;
	public static String Menu_print;
	public static String Menu_exit;
	public static String Menu_edit;
	public static String Menu_undo;
	public static String Menu_redo;
	public static String Menu_cut;
	public static String Menu_copy;
	public static String Menu_paste;
	public static String Menu_delete;
	public static String Menu_selectAll;
	public static String Menu_find;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_resetPerspective;
	public static String Menu_preferences;
	public static String Menu_help;
	public static String Menu_checkForUpdates;
	public static String Menu_installNewSoftware;
	public static String Menu_installationDetails;
	public static String Menu_about;
	public static String View_projectExplorer;
	public static String View_problems;
	public static String View_properties;
	public static String View_outline;
	public static String OpenFile_title;
	public static String OpenFile_failed;
	public static String OpenFile_missing;
	public static String OpenFile_folder;
	public static String OpenFile_unreadable;
	public static String OpenFile_broken;
	public static String EmptyEditorArea_heading;
	public static String StartActions_kind;
	public static String NewProject_title;
	public static String About_title;
	public static String About_version;
	public static String About_features;
	public static String About_installationDetails;
	public static String About_close;
	public static String Preferences_authorName;
	public static String Preferences_authorNameNote;
	public static String Preferences_fiscalYears;
	public static String Preferences_western;
	public static String Preferences_era;
	public static String Preferences_defaultItems;
	public static String Preferences_subItem;
	public static String Preferences_item2_1;
	public static String Preferences_item2_2;
	public static String Preferences_item3_1;
	public static String Preferences_item3_2;
	public static String Preferences_noItems;
	public static String Preferences_updates;
	public static String Preferences_updateSite;
	public static String Preferences_updateSiteOverridden;
	public static String Preferences_invalidSite;
	public static String Preferences_automaticUpdates;
	public static String Preferences_saveFailed;
	public static String UpdateSite_invalid;
	public static String UpdateSite_releaseName;
	public static String UpdateSite_chosenName;
	public static String Preferences_noSite;
	public static String Updates_noSiteTitle;
	public static String Updates_noSite;
	public static String Updates_openPreferences;
	public static String FileDrops_kind;
	public static String FileDrops_noWizard;
	public static String FileDrop_title;
	public static String FileDrop_refused;
	public static String FileDrop_evaluations;
	public static String FileDrop_import;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
