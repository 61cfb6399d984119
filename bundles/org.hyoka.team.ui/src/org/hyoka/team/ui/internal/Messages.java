package org.hyoka.team.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Team menu and the Conflicts view ({@code messages*.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hyoka.team.ui.internal.messages"; //$NON-NLS-1$

	public static String failed;
	public static String Login_title;
	public static String Login_heading;
	public static String Login_message;
	public static String Login_user;
	public static String Login_password;
	public static String Login_kept;
	public static String Login_keyHeading;
	public static String Login_keyMessage;
	public static String Login_passphrase;
	public static String Forget_title;
	public static String Forget_message;
	public static String Forget_none;
	public static String Next_title;
	public static String Next_description;
	public static String Next_source;
	public static String Next_browse;
	public static String Next_browseTitle;
	public static String Next_type;
	public static String Next_interim;
	public static String Next_final;
	public static String Next_followUp;
	public static String Next_year;
	public static String Next_file;
	public static String Next_noSource;
	public static String Next_badName;
	public static String Next_exists;
	public static String noFolder;
	public static String Update_title;
	public static String Update_job;
	public static String Update_unpublished;
	public static String Update_upToDate;
	public static String Update_fastForward;
	public static String Update_merged;
	public static String Update_conflicts;
	public static String Update_otherFiles;
	public static String Publish_title;
	public static String Publish_message;
	public static String Publish_noMessage;
	public static String Publish_job;
	public static String Publish_conflicts;
	public static String Publish_offline;
	public static String Publish_nothing;
	public static String Publish_done;
	public static String Publish_doneMerged;
	public static String Share_title;
	public static String Share_intro;
	public static String Share_repository;
	public static String Share_browse;
	public static String Share_browseTitle;
	public static String Share_message;
	public static String Share_defaultMessage;
	public static String Share_button;
	public static String Share_noFolder;
	public static String Share_already;
	public static String Share_job;
	public static String Share_done;
	public static String Share_offline;
	public static String Author_title;
	public static String Author_intro;
	public static String Author_name;
	public static String Author_email;
	public static String Author_failed;
	public static String Clone_title;
	public static String Clone_intro;
	public static String Clone_url;
	public static String Clone_folder;
	public static String Clone_button;
	public static String Clone_noUrl;
	public static String Clone_noFolder;
	public static String Clone_projectExists;
	public static String Clone_folderNotEmpty;
	public static String Clone_job;
	public static String Clone_done;
	public static String Conflicts_title;
	public static String Conflicts_none;
	public static String Conflicts_summary;
	public static String Conflicts_file;
	public static String Conflicts_object;
	public static String Conflicts_item;
	public static String Conflicts_base;
	public static String Conflicts_yours;
	public static String Conflicts_theirsColumn;
	public static String Conflicts_theirs;
	public static String Conflicts_choice;
	public static String Conflicts_byHand;
	public static String Conflicts_keepYours;
	public static String Conflicts_takeTheirs;
	public static String Conflicts_apply;
	public static String Conflicts_command;
	public static String Conflicts_unreadable;
	public static String Conflicts_notShown;
	public static String History_view;
	public static String History_title;
	public static String History_noFile;
	public static String History_notShared;
	public static String History_notCommitted;
	public static String History_date;
	public static String History_author;
	public static String History_message;
	public static String History_commit;
	public static String History_object;
	public static String History_item;
	public static String History_before;
	public static String History_after;
	public static String History_added;
	public static String History_removed;
	public static String History_moved;
	public static String History_first;
	public static String History_changes;
	public static String History_compared;
	public static String History_selectTwo;
	public static String History_restoreObject;
	public static String History_restoreFile;
	public static String History_restoreObjectCommand;
	public static String History_restoreFileCommand;
	public static String History_noSuchFile;
	public static String History_notRestorable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
