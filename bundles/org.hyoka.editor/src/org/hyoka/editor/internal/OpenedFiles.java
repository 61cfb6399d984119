package org.hyoka.editor.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.hyoka.core.workspace.WorkbenchProjects;

/**
 * A file opened from outside the workspace (File > Open File…, Recent Files, a double-click in the file manager, {@code
 * hyoka FILE}) as a file of the workspace, since only those can hold the markers of the Problems view and its quick
 * fixes: the workspace's own file for its location if there is one, else a link to it in the project Opened Files
 * (開いたファイル), in a numbered folder so that the link keeps the file's name. Once linked, the platform opens the
 * file as that workspace file again ({@code IDE.openEditorOnFileStore} looks the location up), in the same editor.
 */
public final class OpenedFiles {

	/**
	 * The project's name in English, which it had under every language before it was named in the workbench's
	 * ({@link #project}): a project of that name made then still holds the links.
	 */
	private static final String PROJECT = "Opened Files"; //$NON-NLS-1$

	private OpenedFiles() {
	}

	/**
	 * The input as a workspace file's when it is a local file outside the workspace; the input itself otherwise, or
	 * when the link cannot be made (the editor then works on the file without markers, as before, and the log says why).
	 */
	public static IEditorInput inWorkspace(IEditorInput input) {
		if (!(input instanceof IURIEditorInput uriInput) || input instanceof FileEditorInput || !"file".equals(uriInput.getURI().getScheme())) { //$NON-NLS-1$
			return input;
		}
		try {
			return new FileEditorInput(linked(uriInput.getURI()));
		} catch (CoreException | RuntimeException e) {
			ILog.of(OpenedFiles.class).log(Status.warning(String.valueOf(e.getMessage()), e));
			return input;
		}
	}

	/** The workspace file of a local file: the workspace's own, a link made before, or a new link. */
	static IFile linked(URI location) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		for (IFile known : root.findFilesForLocationURI(location)) {
			if (known.exists()) {
				// another program may have changed it since the workspace last looked
				known.refreshLocal(IResource.DEPTH_ZERO, null);
				return known;
			}
		}
		IProject project = project(root);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		// also on a project made before the mark was
		project.setPersistentProperty(WorkbenchProjects.KEPT_BY, "org.hyoka.editor"); //$NON-NLS-1$
		String name = Path.of(location).getFileName().toString();
		IFile link = free(project, name);
		if (!link.getParent().exists()) {
			((IFolder) link.getParent()).create(false, true, null);
		}
		link.createLink(location, 0, null);
		// after the link is made: the job holds the project while it looks at the others
		forgetGoneLater(project);
		return link;
	}

	/**
	 * The project of the links, named in the workbench's language (開いたファイル under {@code -nl ja}) as the Project
	 * Explorer shows it; the English one when made so before and none of this language is there.
	 */
	static IProject project(IWorkspaceRoot root) {
		return root.getProject(WorkbenchProjects.name(Messages.openedFilesProject, PROJECT, name -> root.getProject(name).exists()));
	}

	/**
	 * Removes, in the background, the links whose file is no longer on disk (moved, deleted), so that the project lists
	 * the files still there: removing a link never touches a file. A file on a share not mounted now is linked again
	 * when opened. Not on the thread opening the editor: looking at a file on a share that does not answer may wait.
	 */
	private static void forgetGoneLater(IProject project) {
		WorkspaceJob job = new WorkspaceJob(Messages.forgetGoneLinks) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				forgetGone(project);
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.setRule(project);
		job.schedule();
	}

	private static void forgetGone(IProject project) throws CoreException {
		for (IResource folder : project.members()) {
			if (folder instanceof IFolder numbered) {
				for (IResource member : numbered.members()) {
					if (member.isLinked() && (member.getLocation() == null || !Files.exists(member.getLocation().toPath()))) {
						member.delete(false, null);
					}
				}
			}
		}
	}

	/** In the first of the project's folders 1, 2, … that holds no file of this name. */
	private static IFile free(IProject project, String name) {
		for (int n = 1;; n++) {
			IFile file = project.getFolder(Integer.toString(n)).getFile(name);
			if (!file.exists() && !Files.exists(file.getLocation().toPath())) {
				return file;
			}
		}
	}
}
