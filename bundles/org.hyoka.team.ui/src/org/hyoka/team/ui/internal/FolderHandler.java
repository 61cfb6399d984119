package org.hyoka.team.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A command on the shared folder of the selected or active evaluation: says so when there is none, and offers to save
 * the folder's unsaved evaluations first (a save does not commit, and Git works on what is on disk).
 */
abstract class FolderHandler extends AbstractHandler {

	private final String title;

	FolderHandler(String title) {
		this.title = title;
	}

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		TeamFolder folder = TeamFolder.of(event);
		if (folder == null) {
			MessageDialog.openInformation(window.getShell(), title, Messages.noFolder);
		} else if (TeamOperation.saveEditors(window, folder)) {
			run(window, folder, title);
		}
		return null;
	}

	/** Runs the command on the folder, whose evaluations are saved. */
	abstract void run(IWorkbenchWindow window, TeamFolder folder, String title);
}
