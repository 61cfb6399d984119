package org.hyoka.editor.internal.wizard;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.hyoka.editor.internal.wizard.messages"; //$NON-NLS-1$

	public static String wizardTitle;
	public static String filePageTitle;
	public static String filePageDescription;
	public static String defaultFileName;
	public static String defaultFolder;
	public static String fileNameMissing;
	public static String folderCreated;
	public static String createFailed;
	public static String detailsPageTitle;
	public static String detailsPageDescription;
	public static String programName;
	public static String evaluationType;
	public static String startFiscalYear;
	public static String endFiscalYear;
	public static String evaluationFiscalYear;
	public static String projects;
	public static String letterCode;
	public static String projectName;
	public static String addProject;
	public static String removeProject;
	public static String programNameMissing;
	public static String yearOutOfRange;
	public static String periodReversed;
	public static String letterCodeInvalid;
	public static String letterCodeDuplicate;
	public static String typeExAnte;
	public static String typeInterim;
	public static String typeFinal;
	public static String typeFollowUp;
	public static String membersPageTitle;
	public static String membersPageDescription;
	public static String members;
	public static String memberName;
	public static String memberRole;
	public static String memberAffiliation;
	public static String addMember;
	public static String removeMember;
	public static String membersSummary;
	public static String membersNameMissing;
	public static String membersControl;
	public static String membersNameDuplicate;
	public static String membersRoleUnknown;
	public static String membersNoChair;
	public static String membersSecondChair;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
