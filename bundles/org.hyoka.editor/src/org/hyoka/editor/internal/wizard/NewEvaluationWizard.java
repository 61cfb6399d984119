package org.hyoka.editor.internal.wizard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.hyoka.core.preferences.HyokaPreferences;
import org.hyoka.core.skeleton.CommitteeMembers;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.workspace.WorkbenchProjects;
import org.hyoka.edit.ui.WizardBanners;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaResourceFactory;

/**
 * File &gt; New &gt; Evaluation: where the file goes (a folder that does not exist yet is made), then the program,
 * type, projects and fiscal years, then (optionally) the committee's members. The file holds the skeleton {@link EvaluationSkeleton} builds, with the
 * evaluation items of the user's preferences and those members, and opens in the evaluation editor.
 */
public class NewEvaluationWizard extends Wizard implements INewWizard {

	public static final String ID = "org.hyoka.editor.newEvaluation"; //$NON-NLS-1$

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private EvaluationFilePage filePage;
	private EvaluationDetailsPage detailsPage;
	private CommitteeMembersPage membersPage;
	private byte[] content;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = theUsers(Adapters.adapt(selection.getFirstElement(), IResource.class)) ? selection : besideTheActiveEvaluation(workbench);
		setWindowTitle(Messages.wizardTitle);
		setDefaultPageImageDescriptor(WizardBanners.newFile());
		setNeedsProgressMonitor(true);
	}

	/**
	 * With no file or folder of the user's selected (Ctrl+N while an evaluation is edited), the folder of the evaluation
	 * in the active editor, as Word starts a new document beside the one open; none where that one is a sample or a
	 * file opened from outside the workspace (a link): the page then proposes a folder of its own.
	 */
	private static IStructuredSelection besideTheActiveEvaluation(IWorkbench workbench) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (!theUsers(file) || file.isLinked(IResource.CHECK_ANCESTORS) || !file.getParent().isAccessible()) {
			return StructuredSelection.EMPTY;
		}
		return new StructuredSelection(file.getParent());
	}

	/** A file or folder in none of the projects the workbench keeps itself ({@link WorkbenchProjects}). */
	private static boolean theUsers(IResource resource) {
		if (resource == null || resource.getProject() == null || !resource.getProject().isAccessible()) {
			return resource != null;
		}
		try {
			return resource.getProject().getPersistentProperty(WorkbenchProjects.KEPT_BY) == null;
		} catch (CoreException e) {
			return true; // as before the mark: Eclipse's page takes any folder selected
		}
	}

	@Override
	public void addPages() {
		filePage = new EvaluationFilePage(selection, () -> content);
		addPage(filePage);
		detailsPage = new EvaluationDetailsPage();
		addPage(detailsPage);
		membersPage = new CommitteeMembersPage();
		addPage(membersPage);
	}

	@Override
	public boolean performFinish() {
		IPath path = filePage.getContainerFullPath().append(filePage.getFileName());
		try {
			content = serialize(path);
		} catch (IOException e) {
			MessageDialog.openError(getShell(), Messages.wizardTitle, NLS.bind(Messages.createFailed, path, e.getMessage()));
			return false;
		}
		IFile file = filePage.createNewFile(); // reports its own failures
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (PartInitException e) {
			MessageDialog.openError(getShell(), Messages.wizardTitle, NLS.bind(Messages.createFailed, path, e.getMessage()));
		}
		return true;
	}

	/** The new file's bytes exactly as the editor saves them. */
	private byte[] serialize(IPath path) throws IOException {
		Resource resource = new HyokaResourceFactory().createResource(URI.createPlatformResourceURI(path.toString(), true));
		EvaluationReport report = EvaluationSkeleton.create(detailsPage.spec(), HyokaPreferences.defaultItems());
		// as hyoka new --members does: the committee starts with them
		if (!membersPage.members().isEmpty()) {
			CommitteeMembers.addTo(report, membersPage.members());
		}
		resource.getContents().add(report);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of());
		return bytes.toByteArray();
	}
}
