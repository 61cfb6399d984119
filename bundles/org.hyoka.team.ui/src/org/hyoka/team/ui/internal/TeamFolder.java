package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.persistence.HyokaResource;
import org.hyoka.team.Sharing;

/**
 * A folder of evaluations shared through Git, as the workspace shows it: the top folder of the repository holding the
 * selected or active evaluation.
 *
 * @param path
 *            the repository's top folder on disk
 * @param name
 *            the folder as the user knows it: its path in the workspace, else on disk
 */
record TeamFolder(Path path, String name) {

	/**
	 * The folder of the evaluation in the active editor when the editor is the active part, else of the selected
	 * resource, else of the active editor's; null when none is in a Git repository. An editor's file may lie outside
	 * the workspace (opened by a double-click or from the command line): its repository counts all the same.
	 */
	static TeamFolder of(ExecutionEvent event) {
		Path file = file(event);
		return file == null ? null : of(file);
	}

	/**
	 * The folder Team > Share Folder… shares for the selected or active evaluation: its project's folder where the
	 * workspace shows it, else the folder holding it on disk (a selected folder itself); null when there is none.
	 */
	static TeamFolder toShare(ExecutionEvent event) {
		Path file = file(event);
		if (file == null) {
			return null;
		}
		var root = ResourcesPlugin.getWorkspace().getRoot();
		List<IResource> shown = new ArrayList<>(List.of(root.findFilesForLocationURI(file.toUri())));
		shown.addAll(List.of(root.findContainersForLocationURI(file.toUri())));
		for (IResource resource : shown) {
			if (resource.getProject() != null && resource.getProject().getLocation() != null) {
				return new TeamFolder(resource.getProject().getLocation().toPath(), resource.getProject().getName());
			}
		}
		Path folder = Files.isDirectory(file) ? file : file.getParent();
		return new TeamFolder(folder, folder.toString());
	}

	/** The file of the active editor or the selection, as {@link #of(ExecutionEvent)} takes it; null when none. */
	private static Path file(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		Path file = part instanceof IEditorPart editor ? fileOf(editor.getEditorInput()) : null;
		if (file == null && HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()) {
			IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
			file = resource == null || resource.getLocation() == null ? null : resource.getLocation().toPath();
		}
		if (file == null && HandlerUtil.getActiveEditor(event) != null) {
			file = fileOf(HandlerUtil.getActiveEditor(event).getEditorInput());
		}
		return file;
	}

	static TeamFolder of(Path file) {
		Path top = Sharing.sharedFolder(file);
		if (top == null) {
			return null;
		}
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(top.toUri());
		return new TeamFolder(top, containers.length > 0 ? containers[0].getFullPath().makeRelative().toString() : top.toString());
	}

	/** The file on disk an editor shows, in the workspace or outside it; null when it is not a local file. */
	static Path fileOf(IEditorInput input) {
		if (input instanceof IFileEditorInput file) {
			return file.getFile().getLocation() == null ? null : file.getFile().getLocation().toPath();
		}
		return input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme()) ? Path.of(uri.getURI()) : null; //$NON-NLS-1$
	}

	/** The workspace's folders showing the folder, or some of its files (a project inside it). */
	List<IContainer> containers() {
		List<IContainer> containers = new ArrayList<>(List.of(ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(path.toUri())));
		for (var project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.getLocation() != null && project.getLocation().toPath().startsWith(path) && !containers.contains(project)) {
				containers.add(project);
			}
		}
		return containers;
	}

	/**
	 * Opens the editor of a file of the folder (a path in the repository): the workspace's file where the workspace
	 * shows it, else the file on disk.
	 */
	IEditorPart open(IWorkbenchPage page, String pathInRepository) throws PartInitException {
		return open(page, path.resolve(pathInRepository));
	}

	/** Opens the evaluation's editor, on the workspace's file where the workspace shows it, else on the file on disk. */
	static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		return files.length > 0 ? IDE.openEditor(page, files[0]) : IDE.openEditor(page, file.toUri(), EvaluationEditor.ID, true);
	}

	/** Whether the editor shows a file of this folder. */
	boolean holds(IEditorPart editor) {
		Path file = fileOf(editor.getEditorInput());
		return file != null && file.startsWith(path);
	}

	/**
	 * Shows what Git wrote in the workspace, and reads the unsaved-free evaluation editors of the folder's files again
	 * where Git changed their file, in the workspace or outside it. Runs on the UI thread before the editors get the
	 * focus again, so that none asks whether to read its file again: the commands saved them first.
	 */
	void refresh(IWorkbenchPage page, IProgressMonitor monitor) throws CoreException {
		for (IContainer container : containers()) {
			container.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof EvaluationEditor editor && !editor.isDirty() && holds(editor) && changedOnDisk(editor)) {
				editor.revert();
			}
		}
	}

	/** Whether the editor's file no longer holds what the editor read or saved. */
	private static boolean changedOnDisk(EvaluationEditor editor) {
		try {
			return editor.report() == null || !(editor.report().eResource() instanceof HyokaResource resource) || !resource.fileUnchanged();
		} catch (IOException e) {
			return true;
		}
	}
}
