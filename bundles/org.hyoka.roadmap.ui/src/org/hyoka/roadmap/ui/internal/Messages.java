package org.hyoka.roadmap.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the Roadmap view in the user's language (messages.properties / messages_ja.properties). */
public final class Messages extends NLS {

	public static String noEditor;
	public static String filter;
	public static String zoomIn;
	public static String zoomOut;
	public static String zoomDecade;
	public static String zoomYear;
	public static String zoomQuarter;
	public static String zoomMonth;
	public static String eraWareki;
	public static String relativeYears;
	public static String showLegend;
	public static String goToToday;
	public static String goToSelection;
	public static String hideEmpty;
	public static String statusDate;
	public static String statusDateTitle;
	public static String statusDateMessage;
	public static String statusDateInvalid;
	public static String exportWhole;
	public static String exportVisible;
	public static String exportFailedTitle;
	public static String exportFailed;
	public static String exportFormat;
	public static String exportFilter;
	public static String moveStart;
	public static String moveEnd;
	public static String moveMilestone;
	public static String print;
	public static String pageSetupTitle;
	public static String paper;
	public static String paperA4;
	public static String paperA3;
	public static String paperLetter;
	public static String orientation;
	public static String portrait;
	public static String landscape;
	public static String pagesWide;
	public static String margin;
	public static String pageSetupNote;
	public static String pageCount;
	public static String preview;
	public static String printButton;
	public static String previewTitle;
	public static String printJob;
	public static String printFailedTitle;
	public static String printFailed;
	public static String showTable;
	public static String tableName;
	public static String tableStart;
	public static String tableFinish;
	public static String tableDuration;
	public static String tableStatus;
	public static String tableYearMonth;
	public static String tableYears;
	public static String tableMonths;
	public static String tableNotAYear;
	public static String tableFinishBeforeStart;
	public static String tableStartAfterFinish;
	public static String tableYearOutOfRange;
	public static String tableNotADuration;
	public static String tableWholeYears;
	public static String tableNameEmpty;
	public static String rename;
	public static String statusPlanned;
	public static String statusUnderWay;
	public static String statusFinished;
	public static String statusEndBeforeStart;
	public static String statusUndated;
	public static String statusYearsUncertain;
	public static String statusMet;
	public static String statusNotMet;
	public static String statusNotYetDue;
	public static String addRoadmap;
	public static String addLane;
	public static String addItem;
	public static String addMilestone;
	public static String delete;
	public static String roadmapDialog;
	public static String roadmapPrompt;
	public static String roadmapTitle;
	public static String laneDialog;
	public static String lanePrompt;
	public static String itemDialog;
	public static String itemPrompt;
	public static String milestoneDialog;
	public static String milestonePrompt;
	public static String addCommand;
	public static String deleteCommand;
	public static String statusUnknown;

	static {
		NLS.initializeMessages("org.hyoka.roadmap.ui.internal.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
