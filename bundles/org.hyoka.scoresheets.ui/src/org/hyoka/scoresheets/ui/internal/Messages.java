package org.hyoka.scoresheets.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the score sheet wizards ({@code messages*.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hyoka.scoresheets.ui.internal.messages"; //$NON-NLS-1$

	public static String Import_title;
	public static String Import_pageTitle;
	public static String Import_pageDescription;
	public static String Source_label;
	public static String Source_filter;
	public static String Source_missing;
	public static String Source_notFound;
	public static String Source_unreadable;
	public static String Source_inEditor;
	public static String Source_inFile;
	public static String Import_sheets;
	public static String Import_add;
	public static String Import_addTitle;
	public static String Import_remove;
	public static String Import_sheetFilter;
	public static String Import_nothing;
	public static String Import_cancelled;
	public static String Import_summary;
	public static String Import_failed;
	public static String Preview_kind;
	public static String Preview_source;
	public static String Preview_project;
	public static String Preview_item;
	public static String Preview_evaluator;
	public static String Preview_detail;
	public static String Preview_score;
	public static String Preview_positive;
	public static String Preview_negative;
	public static String Preview_note;
	public static String Preview_conflict;
	public static String Preview_oldNew;
	public static String Preview_empty;
	public static String Blank_title;
	public static String Blank_pageTitle;
	public static String Blank_pageDescription;
	public static String Blank_folder;
	public static String Blank_browseFolder;
	public static String Blank_folderMissing;
	public static String Blank_folderNotFound;
	public static String Blank_replaces;
	public static String Blank_evaluators;
	public static String Blank_job;
	public static String Blank_failed;
	public static String Blank_openFolder;
	public static String Blank_noFileManager;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
