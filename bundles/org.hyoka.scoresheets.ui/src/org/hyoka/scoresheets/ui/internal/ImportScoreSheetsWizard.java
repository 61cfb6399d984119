package org.hyoka.scoresheets.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.hyoka.scoresheets.ImportPlan;

/**
 * File > Import… > Hyoka Workbench > Score Sheets: one page with the preview; Finish runs the plan as one command on
 * the editor's command stack, or saves it into the file when no editor has it open. Sheets selected in the Project
 * Explorer, or dropped on the window, are listed from the start.
 */
public class ImportScoreSheetsWizard extends EvaluationWizard implements IImportWizard {

	private static final Set<String> SHEET_EXTENSIONS = Set.of("xlsx", "csv"); //$NON-NLS-1$ //$NON-NLS-2$

	private ImportScoreSheetsPage page;
	private List<Path> selectedSheets = List.of();

	public ImportScoreSheetsWizard() {
		super(Messages.Import_title);
		// the preview reads the sheets on the wizard's own progress bar, with Cancel
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		selectedSheets = selection == null ? List.of() : selection.stream().map(ImportScoreSheetsWizard::location).filter(Objects::nonNull)
				.filter(ImportScoreSheetsWizard::isSheet).toList();
	}

	/** A file of the Project Explorer's selection, or one dropped on the window (a path). */
	private static Path location(Object element) {
		if (element instanceof Path path) {
			return path;
		}
		IFile file = Adapters.adapt(element, IFile.class);
		return file == null || file.getLocation() == null ? null : file.getLocation().toPath();
	}

	private static boolean isSheet(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString(); //$NON-NLS-1$
		int dot = name.lastIndexOf('.');
		return dot >= 0 && SHEET_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	@Override
	public void addPages() {
		page = new ImportScoreSheetsPage(workbenchPage, initialSource, selectedSheets);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		EvaluationTarget target = page.target();
		ImportPlan plan = page.plan();
		try {
			target.apply(plan);
			return true;
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getShell(), Messages.Import_title, NLS.bind(Messages.Import_failed, e.getMessage()));
			return false;
		}
	}
}
