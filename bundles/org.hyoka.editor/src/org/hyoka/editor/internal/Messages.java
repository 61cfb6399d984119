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
	public static String columnAverage;
	public static String columnEvaluator;
	public static String columnFlag;
	public static String columnItem;
	public static String columnStated;
	public static String fieldDivision;
	public static String fieldName;
	public static String fieldPeriod;
	public static String fieldPurpose;
	public static String fiscalYear;
	public static String flagNeedsExplanation;
	public static String noProgram;
	public static String noReport;
	public static String noScores;
	public static String pageError;
	public static String pageErrorTitle;
	public static String pageOverview;
	public static String pageOverviewTitle;
	public static String pageScores;
	public static String pageScoresTitle;
	public static String pageTree;
	public static String pageTreeTitle;
	public static String reloadFailedTitle;
	public static String saveFailed;
	public static String saveFailedTitle;
	public static String scoreNotANumber;
	public static String scoreOutOfRange;
	public static String scoresDescription;
	public static String sectionBudget;
	public static String sectionBudgetDescription;
	public static String sectionProgram;
	public static String sectionProgramDescription;
	public static String unsupportedInput;

	static {
		NLS.initializeMessages("org.hyoka.editor.internal.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
