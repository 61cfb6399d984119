package org.hyoka.roadmap.exchange.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the plan wizards ({@code messages*.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hyoka.roadmap.exchange.ui.internal.messages"; //$NON-NLS-1$

	public static String Import_title;
	public static String Import_pageTitle;
	public static String Import_pageDescription;
	public static String Import_subject;
	public static String Import_program;
	public static String Import_project;
	public static String Import_summary;
	public static String Import_summaryUpdate;
	public static String Import_summaryReplace;
	public static String Import_into;
	public static String Import_new;
	public static String Import_update;
	public static String Import_replace;
	public static String Import_updateCommand;
	public static String Import_replaceCommand;
	public static String Export_title;
	public static String Export_pageTitle;
	public static String Export_pageDescription;
	public static String Export_roadmap;
	public static String Export_roadmapChoice;
	public static String Export_noRoadmaps;
	public static String Export_leftOut;
	public static String Export_leftOutTitle;
	public static String Export_more;
	public static String Export_failed;
	public static String Plan_label;
	public static String Plan_browse;
	public static String Plan_filter;
	public static String Plan_filterXml;
	public static String Plan_filterGan;
	public static String Plan_missing;
	public static String Plan_badFormat;
	public static String Plan_notFound;
	public static String Plan_replaces;
	public static String Editor_none;
	public static String Editor_readOnly;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
