package org.hyoka.export.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.hyoka.edit.ui.WizardBanners;
import org.hyoka.export.ExporterRegistry;

/** File > Export… > Hyoka Workbench > Evaluation Report: one page, then the export runs as a Job. */
public class ExportReportWizard extends Wizard implements IExportWizard {

	private ExportReportPage page;
	private Path initialSource;

	public ExportReportWizard() {
		setWindowTitle(Messages.Wizard_title);
		setDefaultPageImageDescriptor(WizardBanners.exporting());
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		IFile file = selection == null ? null : Adapters.adapt(selection.getFirstElement(), IFile.class);
		if (file == null) {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
			file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		}
		IPath location = file == null ? null : file.getLocation();
		initialSource = location == null ? null : location.toPath();
	}

	@Override
	public void addPages() {
		ExporterRegistry registry = ExporterRegistry.read(RegistryFactory.getRegistry());
		registry.problems().forEach(ILog.of(ExportReportWizard.class)::log);
		page = new ExportReportPage(registry.exporters(), initialSource);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ExportRequest request = page.request();
		Path destination = request.destination();
		if (Files.exists(destination) && !MessageDialog.openQuestion(getShell(), Messages.Wizard_overwriteTitle,
				NLS.bind(Messages.Wizard_overwrite, destination))) {
			return false;
		}
		new ExportJob(request).schedule();
		return true;
	}
}
