package org.hyoka.app.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.ResourceUtil;
import org.osgi.service.prefs.BackingStoreException;

/**
 * File &gt; Recent Files: the last {@link #SIZE} files opened in an editor, newest first, kept in the instance scope
 * (with the workspace) so that the list survives a restart. The platform's list is neither kept nor translated here.
 */
final class RecentFiles extends CompoundContributionItem implements IPartListener2 {

	static final int SIZE = 8;
	private static final String PREFERENCE = "recentFiles"; //$NON-NLS-1$

	private final IWorkbenchWindow window;

	private RecentFiles(IWorkbenchWindow window) {
		super("org.hyoka.app.recentFiles.items"); //$NON-NLS-1$
		this.window = window;
	}

	/** The menu items of the window's list, which records the editors the window opens from now on. */
	static RecentFiles install(IWorkbenchWindow window) {
		RecentFiles recent = new RecentFiles(window);
		window.getPartService().addPartListener(recent);
		return recent;
	}

	/** The files, newest first. */
	static List<URI> list() {
		String stored = preferences().get(PREFERENCE, ""); //$NON-NLS-1$
		return Arrays.stream(stored.split("\n")).filter(line -> !line.isBlank()).map(UpdateSite::toUri) //$NON-NLS-1$
				.filter(uri -> uri != null).toList();
	}

	private static void store(List<URI> files) {
		IEclipsePreferences preferences = preferences();
		preferences.put(PREFERENCE, String.join("\n", files.stream().map(URI::toString).toList())); //$NON-NLS-1$
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(RecentFiles.class).warn(e.getMessage(), e);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(UpdateSite.NODE);
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		record(reference);
	}

	/** A file saved under another name (File > Save As…) is the one the user now works on. */
	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		record(reference);
	}

	private static void record(IWorkbenchPartReference reference) {
		IWorkbenchPart part = reference.getPart(false);
		URI file = part instanceof IEditorPart editor ? fileOf(editor.getEditorInput()) : null;
		if (file != null) {
			List<URI> files = new ArrayList<>(list());
			files.remove(file);
			files.add(0, file);
			store(files.subList(0, Math.min(SIZE, files.size())));
		}
	}

	private static URI fileOf(IEditorInput input) {
		IFile workspaceFile = ResourceUtil.getFile(input);
		if (workspaceFile != null && workspaceFile.getLocationURI() != null) {
			return workspaceFile.getLocationURI();
		}
		return input instanceof IURIEditorInput uriInput ? uriInput.getURI() : null;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		List<URI> files = list();
		for (int i = 0; i < files.size(); i++) {
			items.add(new ActionContributionItem(new Reopen(i + 1, files.get(i))));
		}
		if (!files.isEmpty()) {
			items.add(new Separator());
			items.add(new ActionContributionItem(new Action(Messages.Menu_clearRecentFiles) {
				@Override
				public void run() {
					store(List.of());
				}
			}));
		}
		return items.toArray(IContributionItem[]::new);
	}

	private final class Reopen extends Action {
		private final URI file;

		Reopen(int number, URI file) {
			// "&1 name": the number is the mnemonic, as in the platform's list; the tooltip gives the path
			super(number < 10 ? "&" + number + " " + label(file) : number + " " + label(file)); //$NON-NLS-1$ //$NON-NLS-2$
			this.file = file;
			setToolTipText(file.getScheme().equals("file") ? Path.of(file).toString() : file.toString()); //$NON-NLS-1$
		}

		@Override
		public void run() {
			try {
				IDE.openEditorOnFileStore(window.getActivePage(), EFS.getStore(file));
			} catch (CoreException e) {
				MessageDialog.openError(window.getShell(), Messages.OpenFile_title, NLS.bind(Messages.OpenFile_failed, getToolTipText(), e.getMessage()));
			}
		}
	}

	/** The file's name, its ampersands doubled so that none becomes a mnemonic. */
	private static String label(URI file) {
		String path = file.getPath() == null ? file.toString() : file.getPath();
		return path.substring(path.lastIndexOf('/') + 1).replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
