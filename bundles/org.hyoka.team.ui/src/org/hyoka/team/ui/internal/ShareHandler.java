package org.hyoka.team.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hyoka.team.Sharing;

/**
 * Team > Share Folder…: starts sharing the folder of the selected or active evaluation (its folder in the workspace,
 * else on disk), which is in no Git repository yet: its evaluations are saved, it becomes a Git repository with a
 * shared one made on a file share (or an empty one on a server), and everything is published. Others then clone it
 * with Team > Clone… (docs/team.md).
 */
public class ShareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		TeamFolder folder = TeamFolder.toShare(event);
		if (folder == null) {
			MessageDialog.openInformation(window.getShell(), Messages.Share_title, Messages.Share_noFolder);
			return null;
		}
		TeamFolder shared = TeamFolder.of(folder.path());
		if (shared != null) {
			MessageDialog.openInformation(window.getShell(), Messages.Share_title, NLS.bind(Messages.Share_already, folder.name(), shared.name()));
			return null;
		}
		if (!AuthorDialog.stated(window.getShell(), folder.path(), Messages.Share_title)) {
			return null;
		}
		ShareDialog dialog = new ShareDialog(window.getShell(), folder.name());
		if (dialog.open() != Window.OK || !TeamOperation.saveEditors(window, folder)) {
			return null;
		}
		String repository = dialog.repository();
		String message = dialog.message();
		TeamOperation.schedule(window, folder, Messages.Share_title, NLS.bind(Messages.Share_job, folder.name()), (monitor, logins) -> {
			Sharing.Publication publication = Sharing.share(folder.path(), repository, message, Sharing.launcher(), logins);
			return shown -> Outcomes.shared(shown, folder, repository, publication);
		});
		return null;
	}
}
