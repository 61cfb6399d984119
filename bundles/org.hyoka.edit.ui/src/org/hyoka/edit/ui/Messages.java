package org.hyoka.edit.ui;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String invalidValue;
	public static String valueRequired;
	public static String kindNumber;
	public static String kindWholeNumber;
	public static String kindDate;
	public static String fieldProblem;
	public static String rowFieldProblem;
	public static String yes;
	public static String no;
	public static String undo;
	public static String undoCommand;
	public static String redo;
	public static String redoCommand;
	public static String add;
	public static String addCommand;
	public static String remove;
	public static String removeTip;
	public static String removeCommand;
	public static String up;
	public static String upCommand;
	public static String down;
	public static String downCommand;
	public static String setCommand;
	public static String nowhereToAdd;
	public static String newChild;
	public static String newSibling;
	public static String cut;
	public static String copy;
	public static String paste;
	public static String delete;
	public static String move;
	public static String pasteCommand;
	public static String pasteRefused;
	public static String typedRefused;
	public static String pasteReadOnly;
	public static String pasteTooLarge;
	public static String pasteNoRows;
	public static String pasteNoColumn;
	public static String pasteNowhere;
	public static String clearCommand;
	public static String cutCommand;
	public static String clearRefused;
	public static String notAChoice;

	static {
		NLS.initializeMessages("org.hyoka.edit.ui.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
