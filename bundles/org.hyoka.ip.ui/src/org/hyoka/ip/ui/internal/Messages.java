package org.hyoka.ip.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the IP page in the user's language (messages.properties / messages_ja.properties). */
public final class Messages extends NLS {

	public static String page;
	public static String pageTitle;
	public static String sectionDescription;
	public static String bayhDole;
	public static String applied;
	public static String notApplied;
	public static String notStated;
	public static String secretariat;
	public static String agreements;
	public static String declaredParties;
	public static String committees;
	public static String rules;
	public static String ruleCounts;
	public static String registerSection;
	public static String registerDescription;
	public static String registerKind;
	public static String registerId;
	public static String registerRecord;
	public static String noEditor;
	public static String noRegister;
	public static String noProgram;
	public static String filterProject;
	public static String filterParty;
	public static String filterKind;
	public static String filterText;
	public static String filterAll;
	public static String tabAgreements;
	public static String tabInventions;
	public static String tabApplications;
	public static String tabLicences;
	public static String tabMeetings;
	public static String tabDecisions;
	public static String tabReports;
	public static String dateColumn;
	public static String setCommand;
	public static String cellProblem;
	public static String unknownOrganization;
	public static String unknownRecord;
	public static String notAShare;
	public static String columnId;
	public static String columnTitle;
	public static String columnType;
	public static String columnParties;
	public static String columnConcluded;
	public static String columnExpiry;
	public static String columnRenewed;
	public static String columnInventors;
	public static String columnOrganizations;
	public static String columnProject;
	public static String columnDisclosed;
	public static String columnReported;
	public static String columnRoute;
	public static String columnNumber;
	public static String columnInvention;
	public static String columnFiled;
	public static String columnPriority;
	public static String columnBasedOn;
	public static String columnCountries;
	public static String columnStatus;
	public static String columnOwners;
	public static String columnLicensee;
	public static String columnRights;
	public static String columnExclusive;
	public static String columnTransfer;
	public static String columnField;
	public static String columnTerritory;
	public static String columnStart;
	public static String columnEnd;
	public static String columnDecision;
	public static String columnCommittee;
	public static String columnMeetingNumber;
	public static String columnDate;
	public static String columnDecisions;
	public static String columnMeeting;
	public static String columnSubject;
	public static String columnOutcome;
	public static String columnConcerns;
	public static String columnReportKind;
	public static String columnDue;
	public static String columnSent;
	public static String columnKind;
	public static String columnObject;
	public static String asOf;
	public static String statusDue;
	public static String statusOverdue;
	public static String statusDone;
	public static String markDone;
	public static String markDoneCommand;
	public static String markDoneTooltip;
	public static String markDoneUnavailable;
	public static String markDoneFailed;
	public static String setDueDate;
	public static String setDueDateCommand;
	public static String setDueDateTooltip;
	public static String setDueDateUnavailable;
	public static String setDueDateTitle;
	public static String setDueDateMessage;
	public static String addToCalendar;
	public static String addToCalendarTooltip;
	public static String addToCalendarTitle;
	public static String addToCalendarFailed;
	public static String calendarFileName;
	public static String notADate;
	public static String importAction;
	public static String importTooltip;
	public static String exportAction;
	public static String exportTooltip;
	public static String importTitle;
	public static String exportTitle;
	public static String importNotATable;
	public static String importRefused;
	public static String importFailed;
	public static String exportFailed;
	public static String importSummary;
	public static String importButton;
	public static String importAddition;
	public static String importCommand;
	public static String meetingLabel;
	public static String exportFileName;

	static {
		NLS.initializeMessages("org.hyoka.ip.ui.internal.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
