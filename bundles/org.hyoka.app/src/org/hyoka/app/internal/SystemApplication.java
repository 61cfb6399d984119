package org.hyoka.app.internal;

import java.util.function.Predicate;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the files the workbench writes and reads but does not edit (PDF, DOCX, XLSX, CSV: plugin.xml) in the
 * desktop's own application, as a double-click in the file manager does. Without it Eclipse falls back to a text
 * editor, where a keystroke and Ctrl+S corrupt a score sheet, or fails with a stack trace in the editor area.
 */
public final class SystemApplication implements IEditorLauncher {

	/** The desktop's launch: true when an application took the file. Tests record instead of launching. */
	static Predicate<String> launch = Program::launch;

	@Override
	public void open(IPath file) {
		if (!launch.test(file.toOSString())) {
			MessageDialog.openInformation(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
					Messages.SystemApplication_title, NLS.bind(Messages.SystemApplication_none, file.lastSegment()));
		}
	}
}
