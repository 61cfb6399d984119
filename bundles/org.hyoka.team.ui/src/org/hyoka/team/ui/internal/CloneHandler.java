package org.hyoka.team.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hyoka.team.Sharing;

/**
 * Team > Clone…: gets a folder of evaluations from a shared repository into the workspace, where it appears as a
 * project; Git's merge driver is set in its configuration, as {@code hyoka team clone} does.
 */
public class CloneHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		CloneDialog dialog = new CloneDialog(window.getShell());
		if (dialog.open() != Window.OK) {
			return null;
		}
		String url = dialog.url();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(dialog.folder());
		Path target = CloneDialog.location(dialog.folder());
		TeamOperation.schedule(window, null, Messages.Clone_title, NLS.bind(Messages.Clone_job, url), (monitor, logins) -> {
			boolean existed = Files.exists(target);
			try {
				Sharing.clone(url, target, Sharing.launcher(), logins);
			} catch (Exception e) {
				if (!existed && Files.exists(target)) { // nothing of a failed clone is left behind
					try (Stream<Path> files = Files.walk(target)) {
						for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
							Files.deleteIfExists(file);
						}
					}
				}
				throw e;
			}
			project.create(monitor);
			project.open(monitor);
			long evaluations;
			try (Stream<Path> files = Files.walk(target)) {
				evaluations = files.filter(file -> file.getFileName().toString().endsWith(".hyoka") && !file.startsWith(target.resolve(".git"))).count(); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return shown -> MessageDialog.openInformation(shown.getShell(), Messages.Clone_title,
					NLS.bind(Messages.Clone_done, new Object[] { url, project.getName(), evaluations }));
		});
		return null;
	}
}

