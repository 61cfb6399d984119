package org.hyoka.export.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the export wizard ({@code messages*.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hyoka.export.ui.internal.messages"; //$NON-NLS-1$

	public static String Wizard_title;
	public static String Wizard_overwriteTitle;
	public static String Wizard_overwrite;
	public static String Page_title;
	public static String Page_description;
	public static String Page_source;
	public static String Page_format;
	public static String Page_options;
	public static String Page_destination;
	public static String Page_browseDestination;
	public static String Page_sourceFilter;
	public static String Page_sourceMissing;
	public static String Page_sourceNotFound;
	public static String Page_sourceNotHyoka;
	public static String Page_noExporters;
	public static String Page_formatMissing;
	public static String Page_destinationMissing;
	public static String Page_destinationFolder;
	public static String Page_destinationParent;
	public static String Page_destinationIsSource;
	public static String Page_unsaved;
	public static String Page_open;
	public static String Job_noApplication;
	public static String Job_name;
	public static String Job_read;
	public static String Job_write;
	public static String Job_exporter;
	public static String Print_title;
	public static String Print_noPdf;
	public static String Print_job;
	public static String Print_failed;
	public static String Print_noPages;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
