package org.hyoka.team.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.hyoka.team.Sharing;

/** Team > Update: brings what others published into the folder of the selected evaluation. */
public class UpdateHandler extends FolderHandler {

	public UpdateHandler() {
		super(Messages.Update_title);
	}

	@Override
	void run(IWorkbenchWindow window, TeamFolder folder, String title) {
		TeamOperation.schedule(window, folder, title, NLS.bind(Messages.Update_job, folder.name()), (monitor, logins) -> {
			if (Sharing.changed(folder.path())) {
				return shown -> MessageDialog.openInformation(shown.getShell(), title, NLS.bind(Messages.Update_unpublished, folder.name()));
			}
			Sharing.Update update = Sharing.update(folder.path(), logins);
			return shown -> Outcomes.updated(shown, folder, update);
		});
	}
}
