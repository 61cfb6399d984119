package org.hyoka.edit.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.osgi.util.NLS;

/**
 * Commands named as Undo and Redo show them ("Undo Set Name", 「名称の設定を元に戻す」): EMF's own commands are all
 * just "Set", "Add" or "Delete", which does not tell the user what an Undo would change.
 */
public final class NamedCommand {

	private NamedCommand() {
	}

	/** The command as one step on the command stack, under this name; mnemonics are dropped. */
	public static Command of(String label, Command command) {
		return new CompoundCommand(LegacyActionTools.removeMnemonics(label), new ArrayList<>(List.of(command)));
	}

	/** The command as setting what the label names, e.g. a field's or column's title: "Set Name". */
	public static Command set(String label, Command command) {
		return of(NLS.bind(Messages.setCommand, LegacyActionTools.removeMnemonics(label)), command);
	}
}
