package org.hyoka.editor.internal.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.hyoka.model.persistence.FileFormat;

/**
 * Where the new evaluation goes. Unlike Eclipse's page, it takes a folder that does not exist yet, even at the top
 * level where Eclipse wants a project: {@link #createNewFile()} makes the missing project and folders. With no
 * folder given, the folder field starts with a name of its own, so that a first evaluation needs no set-up.
 */
final class EvaluationFilePage extends WizardNewFileCreationPage {

	private final Supplier<byte[]> content;

	EvaluationFilePage(IStructuredSelection selection, Supplier<byte[]> content) {
		super("file", selection); //$NON-NLS-1$
		this.content = content;
		setTitle(Messages.filePageTitle);
		setDescription(Messages.filePageDescription);
		setFileExtension(FileFormat.EXTENSION);
		setFileName(Messages.defaultFileName);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		// Eclipse's page starts only in an existing folder (setContainerFullPath): its first text is the folder's
		Text folder = firstText(getControl());
		if (folder != null && folder.getText().isEmpty()) {
			folder.setText(Messages.defaultFolder);
		}
		// as on Eclipse's page, a fresh page names no error; but it tells at once that its folder is to be made
		if (!validatePage()) {
			setErrorMessage(null);
			setMessage(null);
		}
	}

	/** The file, in a project made first where the folder names none yet (Eclipse's operation needs one). */
	@Override
	public IFile createNewFile() {
		IProject project = workspace().getRoot().getProject(getContainerFullPath().segment(0));
		try {
			if (!project.exists()) {
				project.create(null);
				project.open(null);
			}
		} catch (CoreException e) {
			MessageDialog.openError(getShell(), Messages.wizardTitle, NLS.bind(Messages.createFailed, project.getName(), e.getMessage()));
			return null;
		}
		return super.createNewFile();
	}

	@Override
	protected InputStream getInitialContents() {
		return new ByteArrayInputStream(content.get());
	}

	@Override
	protected boolean validatePage() {
		boolean valid = super.validatePage();
		IPath folder = getContainerFullPath();
		if (valid || folder == null || folder.isEmpty() || workspace().getRoot().getProject(folder.segment(0)).exists()) {
			return valid;
		}
		// Eclipse's page stopped at the missing project: check the rest of the path as it would have
		String error = getFileName().isEmpty() ? Messages.fileNameMissing : pathProblem(folder.append(getFileName()));
		setErrorMessage(error);
		setMessage(error == null ? NLS.bind(Messages.folderCreated, folder.makeRelative()) : null, IMessageProvider.INFORMATION);
		return error == null;
	}

	private static Text firstText(Control control) {
		if (control instanceof Text text) {
			return text;
		}
		Control[] children = control instanceof Composite composite ? composite.getChildren() : new Control[0];
		for (Control child : children) {
			Text text = firstText(child);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private static String pathProblem(IPath file) {
		IStatus status = workspace().validatePath(file.toString(), IResource.FILE);
		return status.isOK() ? null : status.getMessage();
	}

	private static IWorkspace workspace() {
		return ResourcesPlugin.getWorkspace();
	}
}
