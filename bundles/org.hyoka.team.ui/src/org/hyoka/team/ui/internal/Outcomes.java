package org.hyoka.team.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.hyoka.team.Sharing;
import org.hyoka.team.Sharing.FileConflict;

/** Tells the user what an update or a publication did, in words of the secretariat rather than of Git. */
final class Outcomes {

	static final String CONFLICTS_VIEW = "org.hyoka.team.ui.conflicts"; //$NON-NLS-1$

	private Outcomes() {
	}

	static void updated(IWorkbenchWindow window, TeamFolder folder, Sharing.Update update) {
		if (!update.clean()) {
			conflicts(window, folder, Messages.Update_title, Messages.Update_conflicts, update);
			return;
		}
		OpenConflicts.set(folder, List.of());
		String text = switch (update.status()) {
		case UP_TO_DATE -> Messages.Update_upToDate;
		case FAST_FORWARD -> Messages.Update_fastForward;
		case MERGED -> Messages.Update_merged;
		};
		MessageDialog.openInformation(window.getShell(), Messages.Update_title, NLS.bind(text, folder.name(), files(update.merged())));
	}

	static void published(IWorkbenchWindow window, TeamFolder folder, Sharing.Publication publication) {
		if (publication.update() != null && !publication.update().clean()) {
			conflicts(window, folder, Messages.Publish_title, Messages.Publish_conflicts, publication.update());
			return;
		}
		if (publication.problem() != null) {
			MessageDialog.openWarning(window.getShell(), Messages.Publish_title, NLS.bind(Messages.Publish_offline, folder.name(), publication.problem()));
			return;
		}
		OpenConflicts.set(folder, List.of());
		String text = publication.commit() == null ? Messages.Publish_nothing
				: publication.update() == null ? Messages.Publish_done : Messages.Publish_doneMerged;
		MessageDialog.openInformation(window.getShell(), Messages.Publish_title, NLS.bind(text, folder.name()));
	}

	/** What sharing a folder did: published, or committed in the folder while the shared repository could not be reached. */
	static void shared(IWorkbenchWindow window, TeamFolder folder, String repository, Sharing.Publication publication) {
		if (publication.problem() != null) {
			MessageDialog.openWarning(window.getShell(), Messages.Share_title, NLS.bind(Messages.Share_offline,
					new Object[] { folder.name(), repository, publication.problem() }));
			return;
		}
		MessageDialog.openInformation(window.getShell(), Messages.Share_title, NLS.bind(Messages.Share_done, folder.name(), repository));
	}

	/**
	 * Shows an update's conflicts: the Conflicts view lists them, the evaluations open, and a dialog says what to do.
	 */
	private static void conflicts(IWorkbenchWindow window, TeamFolder folder, String title, String text, Sharing.Update update) {
		OpenConflicts.set(folder, update.conflicts());
		IWorkbenchPage page = window.getActivePage();
		try {
			for (FileConflict file : update.conflicts()) {
				folder.open(page, file.path());
			}
			if (!update.conflicts().isEmpty()) {
				page.showView(CONFLICTS_VIEW);
			}
		} catch (PartInitException e) {
			ILog.of(Outcomes.class).log(e.getStatus());
		}
		int count = update.conflicts().stream().mapToInt(file -> file.result().conflicts().size() + file.result().newErrors().size()).sum();
		StringBuilder message = new StringBuilder(NLS.bind(text, new Object[] { folder.name(), count,
				files(update.conflicts().stream().map(FileConflict::path).toList()) }));
		if (!update.otherConflicts().isEmpty()) {
			message.append("\n\n").append(NLS.bind(Messages.Update_otherFiles, files(update.otherConflicts()))); //$NON-NLS-1$
		}
		MessageDialog.openWarning(window.getShell(), title, message.toString());
	}

	private static String files(List<String> paths) {
		return paths.stream().collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
