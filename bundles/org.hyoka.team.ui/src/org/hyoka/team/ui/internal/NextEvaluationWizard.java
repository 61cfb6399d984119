package org.hyoka.team.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.hyoka.edit.ui.WizardBanners;
import org.hyoka.team.NextEvaluations;

/**
 * File &gt; New &gt; Next Year's Evaluation: the last evaluation's file, the new evaluation's type and year, and the
 * new file's name beside the last one ({@link NextEvaluations}, written atomically), then opens it in the editor.
 */
public class NextEvaluationWizard extends Wizard implements INewWizard {

	public static final String ID = "org.hyoka.team.ui.nextEvaluation"; //$NON-NLS-1$

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private NextEvaluationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		// from the evaluation open in front when no file is selected: the editor's selection is of model objects
		IEditorPart editor = workbench.getActiveWorkbenchWindow() == null ? null : workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		IFile edited = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
		boolean fileSelected = selection != null && selection.getFirstElement() instanceof IFile;
		this.selection = !fileSelected && edited != null ? new StructuredSelection(edited) : selection;
		setWindowTitle(Messages.Next_title);
		setDefaultPageImageDescriptor(WizardBanners.newFile());
	}

	@Override
	public void addPages() {
		page = new NextEvaluationPage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile source = page.source();
		IContainer folder = source.getParent();
		IFile target = folder.getFile(org.eclipse.core.runtime.Path.fromPortableString(page.fileName()));
		Path location = target.getLocation().toFile().toPath();
		try {
			NextEvaluations.write(source.getLocation().toFile().toPath(), location, page.type(), page.year());
			folder.refreshLocal(IResource.DEPTH_ONE, null);
		} catch (IOException | CoreException | RuntimeException e) {
			MessageDialog.openError(getShell(), Messages.Next_title, NLS.bind(Messages.failed, location, e.getMessage()));
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), target, true);
		} catch (PartInitException e) {
			MessageDialog.openError(getShell(), Messages.Next_title, NLS.bind(Messages.failed, location, e.getMessage()));
		}
		return true;
	}
}
