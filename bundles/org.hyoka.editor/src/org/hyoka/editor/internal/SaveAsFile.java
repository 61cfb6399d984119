package org.hyoka.editor.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.hyoka.model.persistence.FileFormat;

/**
 * File &gt; Save As… of a file opened from disk (File &gt; Open File…, a double-click in the file manager): the desktop's
 * own file dialog in the file's folder, as in a word processor, not the workspace's folders the file is not in.
 */
public final class SaveAsFile {

	private static final String SUFFIX = "." + FileFormat.EXTENSION; //$NON-NLS-1$

	private SaveAsFile() {
	}

	/** The file the user chose, or null when the dialog was cancelled or replacing a file was declined. */
	public static Path ask(Shell shell, Path current) {
		String chosen = dialog(shell, current).open();
		if (chosen == null) {
			return null;
		}
		Path file = withSuffix(chosen);
		// the dialog asked about the name as typed; a file of the name with the suffix added was not asked about
		if (!file.toString().equals(chosen) && Files.exists(file)
				&& !MessageDialog.openQuestion(shell, Messages.saveAsReplaceTitle, NLS.bind(Messages.saveAsReplace, file))) {
			return null;
		}
		return file;
	}

	/** The dialog, not yet open: in the folder of the file, with its name, asking before it replaces a file. */
	public static FileDialog dialog(Shell shell, Path current) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.saveAsTitle);
		dialog.setFilterExtensions(new String[] { "*" + SUFFIX, "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.saveAsEvaluations, Messages.saveAsAllFiles });
		dialog.setFilterPath(current.getParent().toString());
		dialog.setFileName(current.getFileName().toString());
		dialog.setOverwrite(true);
		return dialog;
	}

	/**
	 * The chosen file with the evaluations' suffix added unless its name ends with it, as a word processor adds its own:
	 * the file manager and the workbench open only files with it as evaluations.
	 */
	public static Path withSuffix(String chosen) {
		Path file = Path.of(chosen);
		String name = file.getFileName().toString();
		return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX) ? file : file.resolveSibling(name + SUFFIX);
	}
}
