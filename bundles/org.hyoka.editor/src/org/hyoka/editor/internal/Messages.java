package org.hyoka.editor.internal;

import org.eclipse.osgi.util.NLS;

/** The editor's texts, in messages.properties and messages_ja.properties. */
public final class Messages extends NLS {

	public static String budgetColumnSums;
	public static String budgetItem;
	public static String budgetRowSum;
	public static String budgetStatedTotals;
	public static String changedOnDisk;
	public static String changedOnDiskDirty;
	public static String changedOnDiskTitle;
	public static String chartAverage;
	public static String chartTitle;
	public static String columnActual;
	public static String columnAffiliation;
	public static String columnAgenda;
	public static String columnAverage;
	public static String columnCode;
	public static String columnComment;
	public static String columnDate;
	public static String columnDescription;
	public static String columnEvaluator;
	public static String columnFinding;
	public static String columnFindingResponse;
	public static String columnFiscalYear;
	public static String columnFlag;
	public static String columnFormat;
	public static String columnIndicator;
	public static String columnInvestigator;
	public static String columnItem;
	public static String columnItems;
	public static String columnLetter;
	public static String columnMark;
	public static String columnMeeting;
	public static String columnName;
	public static String columnOrganization;
	public static String columnPerformers;
	public static String columnPrinted;
	public static String columnProject;
	public static String columnPublic;
	public static String columnRateComputed;
	public static String columnReason;
	public static String columnRecommendation;
	public static String columnResponse;
	public static String columnRole;
	public static String columnRound;
	public static String columnStated;
	public static String columnStatusComputed;
	public static String columnTarget;
	public static String columnTargetKind;
	public static String columnTime;
	public static String columnTitle;
	public static String datePattern;
	public static String fieldDivision;
	public static String fieldName;
	public static String fieldPerformers;
	public static String fieldPeriod;
	public static String fieldPurpose;
	public static String fieldShortName;
	public static String fiscalYear;
	public static String flagNeedsExplanation;
	public static String meetingOrdinal;
	public static String noComments;
	public static String noCommittee;
	public static String noFindings;
	public static String noIndicators;
	public static String noMeetings;
	public static String noProgram;
	public static String noProjects;
	public static String noReport;
	public static String noScores;
	public static String outcomeIndicators;
	public static String outputIndicators;
	public static String pageComments;
	public static String pageCommentsTitle;
	public static String pageCommittee;
	public static String pageCommitteeTitle;
	public static String pageConditionFailed;
	public static String pageError;
	public static String pageErrorTitle;
	public static String pageFindings;
	public static String pageFindingsTitle;
	public static String pageKind;
	public static String pageNotCreated;
	public static String pageOutputs;
	public static String pageOutputsTitle;
	public static String pageOverview;
	public static String pageOverviewTitle;
	public static String pageProjects;
	public static String pageProjectsTitle;
	public static String pageScores;
	public static String pageScoresTitle;
	public static String pageTree;
	public static String pageTreeTitle;
	public static String pageWrongId;
	public static String publicNo;
	public static String publicYes;
	public static String reloadFailedTitle;
	public static String responseOfKind;
	public static String saveFailed;
	public static String saveFailedTitle;
	public static String scoreNotANumber;
	public static String scoreOutOfRange;
	public static String scoresDescription;
	public static String sectionBudget;
	public static String sectionBudgetDescription;
	public static String sectionCommentsDescription;
	public static String sectionCommittee;
	public static String sectionCommitteeDeadline;
	public static String sectionCommitteeDescription;
	public static String sectionFindingsDescription;
	public static String sectionIndicatorsDescription;
	public static String sectionLeaders;
	public static String sectionLeadersDescription;
	public static String sectionMeetings;
	public static String sectionMeetingsDescription;
	public static String sectionProgram;
	public static String sectionProgramDescription;
	public static String sectionProject;
	public static String sectionProjectDescription;
	public static String sectionResearchItems;
	public static String sectionResearchItemsDescription;
	public static String sectionReview;
	public static String sectionReviewDescription;
	public static String sectionReviewPending;
	public static String sectionTasks;
	public static String sectionTasksDescription;
	public static String unsupportedInput;

	static {
		NLS.initializeMessages("org.hyoka.editor.internal.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
