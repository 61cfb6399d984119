package org.hyoka.team.ui.internal;

import java.io.IOException;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.hyoka.team.Sharing;

/**
 * Team > Publish…: commits every change of the folder of the selected evaluation with the message the user gives, and
 * publishes it; when others published first, their changes are merged in (docs/team.md).
 */
public class PublishHandler extends FolderHandler {

	public PublishHandler() {
		super(Messages.Publish_title);
	}

	@Override
	void run(IWorkbenchWindow window, TeamFolder folder, String title) {
		try {
			Sharing.requireShared(folder.path());
		} catch (IOException | GitAPIException e) {
			MessageDialog.openError(window.getShell(), title, NLS.bind(Messages.failed, folder.name(), e.getMessage()));
			return;
		}
		if (!AuthorDialog.stated(window.getShell(), folder.path(), title)) {
			return;
		}
		InputDialog ask = new InputDialog(window.getShell(), title, NLS.bind(Messages.Publish_message, folder.name()), "", //$NON-NLS-1$
				text -> text.isBlank() ? Messages.Publish_noMessage : null);
		if (ask.open() != Window.OK) {
			return;
		}
		String message = ask.getValue().strip();
		TeamOperation.schedule(window, folder, title, NLS.bind(Messages.Publish_job, folder.name()), (monitor, logins) -> {
			Sharing.Publication publication = Sharing.publish(folder.path(), message, logins);
			return shown -> Outcomes.published(shown, folder, publication);
		});
	}
}
