package org.hyoka.app.internal;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** File &gt; Open File: an evaluation (or any file) from the file system, in its editor. */
final class OpenFileAction extends Action {

	static final String ID = "org.hyoka.app.openFile"; //$NON-NLS-1$

	private final IWorkbenchWindow window;

	OpenFileAction(IWorkbenchWindow window) {
		super(Messages.Menu_openFile);
		setId(ID);
		this.window = window;
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.OpenFile_title);
		dialog.setFilterExtensions(new String[] { "*.hyoka", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterPath(startFolder());
		if (dialog.open() == null) {
			return;
		}
		for (String name : dialog.getFileNames()) {
			open(Path.of(dialog.getFilterPath(), name));
		}
	}

	/**
	 * The folder of the file in the active editor, else the user's home: not the product's installation, where the
	 * dialog starts by default (the folder the product was started from).
	 */
	private String startFolder() {
		IEditorPart active = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (active != null && active.getEditorInput() instanceof IURIEditorInput input && "file".equals(input.getURI().getScheme())) { //$NON-NLS-1$
			return Path.of(input.getURI()).getParent().toString();
		}
		return System.getProperty("user.home"); //$NON-NLS-1$
	}

	void open(Path file) {
		try {
			IDE.openEditorOnFileStore(window.getActivePage(), EFS.getLocalFileSystem().getStore(file.toUri()));
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), Messages.OpenFile_title, NLS.bind(Messages.OpenFile_failed, file, e.getMessage()));
		}
	}
}
