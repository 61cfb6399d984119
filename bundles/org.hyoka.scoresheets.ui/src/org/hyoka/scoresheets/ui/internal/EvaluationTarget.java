package org.hyoka.scoresheets.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.FileFormat;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.scoresheets.ImportPlan;

/**
 * The evaluation an import goes into: the model of the editor that has the file open (changed through its command
 * stack, so Undo reverts the import), else the file itself (loaded, changed and saved atomically).
 */
final class EvaluationTarget {

	private final Path file;
	private final EvaluationReport report;
	private final EditingDomain domain;
	/** The editor that has the file open, or null. */
	private final IEditorPart editor;

	private EvaluationTarget(Path file, EvaluationReport report, IEditorPart editor) {
		this.file = file;
		this.report = report;
		this.editor = editor;
		this.domain = editor == null ? null : ((IEditingDomainProvider) editor).getEditingDomain();
	}

	static EvaluationTarget open(IWorkbenchPage page, Path path) throws IOException {
		Path file = path.toAbsolutePath().normalize();
		IEditorPart editor = page == null ? null : editor(page, file);
		EvaluationReport report = editor == null ? null : report(((IEditingDomainProvider) editor).getEditingDomain());
		return report != null ? new EvaluationTarget(file, report, editor) : new EvaluationTarget(file, HyokaFiles.load(file), null);
	}

	static IWorkbenchPage activePage(IWorkbench workbench) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		return window == null ? null : window.getActivePage();
	}

	/** The evaluation a wizard proposes: the selected .hyoka file, else the active editor's file, else null. */
	static Path proposed(IWorkbenchPage page, IStructuredSelection selection) {
		IFile file = selection == null ? null : Adapters.adapt(selection.getFirstElement(), IFile.class);
		if (file != null && FileFormat.EXTENSION.equals(file.getFileExtension())) {
			return location(file);
		}
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		return editor == null ? null : location(Adapters.adapt(editor.getEditorInput(), IFile.class));
	}

	EvaluationReport report() {
		return report;
	}

	boolean inEditor() {
		return domain != null;
	}

	Path file() {
		return file;
	}

	/**
	 * Runs the plan as one command on the editor's stack and shows what it imported there (the first score table, else
	 * the evaluation of the first comment), or applies it to the file and saves it.
	 */
	void apply(ImportPlan plan) throws IOException {
		if (domain != null) {
			domain.getCommandStack().execute(plan.command(domain));
			Stream.concat(plan.changes().stream().map(change -> (EObject) change.evaluation().getScoreTable()),
					plan.comments().stream().map(ImportPlan.CommentChange::evaluation)).filter(Objects::nonNull).findFirst().ifPresent(shown -> {
						editor.getSite().getPage().activate(editor);
						ISetSelectionTarget target = Adapters.adapt(editor, ISetSelectionTarget.class);
						if (target != null) {
							target.selectReveal(new StructuredSelection(shown));
						}
					});
			return;
		}
		plan.apply();
		HyokaFiles.save(report, file);
		for (IFile workspaceFile : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
			try {
				workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// The file is saved; the workspace notices the change on its next refresh.
			}
		}
	}

	private static IEditorPart editor(IWorkbenchPage page, Path file) {
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor instanceof IEditingDomainProvider && editor.getEditorInput() != null
					&& file.equals(location(Adapters.adapt(editor.getEditorInput(), IFile.class)))) {
				return editor;
			}
		}
		return null;
	}

	private static EvaluationReport report(EditingDomain domain) {
		for (Resource resource : domain.getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof EvaluationReport report) {
				return report;
			}
		}
		return null;
	}

	private static Path location(IFile file) {
		IPath location = file == null ? null : file.getLocation();
		return location == null ? null : location.toPath().toAbsolutePath().normalize();
	}
}
