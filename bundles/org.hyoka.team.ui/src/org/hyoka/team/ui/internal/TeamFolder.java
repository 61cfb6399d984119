package org.hyoka.team.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hyoka.editor.EvaluationEditor;
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
	 * resource, else of the active editor's; null when none is in a Git repository.
	 */
	static TeamFolder of(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IResource resource = part instanceof IEditorPart editor ? fileOf(editor) : null;
		if (resource == null && HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()) {
			resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
		}
		if (resource == null && HandlerUtil.getActiveEditor(event) != null) {
			resource = fileOf(HandlerUtil.getActiveEditor(event));
		}
		return resource == null || resource.getLocation() == null ? null : of(resource.getLocation().toPath());
	}

	static TeamFolder of(Path file) {
		Path top = Sharing.sharedFolder(file);
		if (top == null) {
			return null;
		}
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(top.toUri());
		return new TeamFolder(top, containers.length > 0 ? containers[0].getFullPath().makeRelative().toString() : top.toString());
	}

	private static IFile fileOf(IEditorPart editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
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

	/** The workspace's file for a path in the repository, or null when the workspace does not show it. */
	IFile file(String pathInRepository) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.resolve(pathInRepository).toUri());
		return files.length == 0 ? null : files[0];
	}

	/** Whether the file is in this folder. */
	boolean holds(IFile file) {
		return file.getLocation() != null && file.getLocation().toPath().startsWith(path);
	}

	/**
	 * Shows what Git wrote in the workspace, and reads the evaluation editors of the folder's changed files again.
	 * Runs on the UI thread before the editors hear of the change, so that none asks whether to read its file again:
	 * the commands saved them first.
	 */
	void refresh(IWorkbenchPage page, IProgressMonitor monitor) throws CoreException {
		Map<EvaluationEditor, Long> editors = new HashMap<>();
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof IFileEditorInput input && holds(input.getFile())
						&& reference.getEditor(false) instanceof EvaluationEditor editor && !editor.isDirty()) {
					editors.put(editor, input.getFile().getModificationStamp());
				}
			} catch (PartInitException e) {
				// an editor that cannot say its input shows no file of ours
			}
		}
		for (IContainer container : containers()) {
			container.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		}
		editors.forEach((editor, stamp) -> {
			if (((IFileEditorInput) editor.getEditorInput()).getFile().getModificationStamp() != stamp) {
				editor.revert();
			}
		});
	}
}
