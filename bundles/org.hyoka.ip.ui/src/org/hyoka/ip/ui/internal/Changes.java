package org.hyoka.ip.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyoka.ip.Change;

/** Register changes made by the headless code (Mark done, an import) as one named command, so that Undo reverts them. */
final class Changes {

	private Changes() {
	}

	/** Runs the changes as one command named so; false when there was nothing to do or the command cannot run. */
	static boolean run(EditingDomain domain, String label, List<Change> changes) {
		List<Command> commands = new ArrayList<>();
		for (Change change : changes) {
			commands.add(change.adds() ? AddCommand.create(domain, change.owner(), change.feature(), change.value())
					: SetCommand.create(domain, change.owner(), change.feature(), change.value()));
		}
		CompoundCommand command = new CompoundCommand(label, commands);
		if (commands.isEmpty() || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
