package org.hyoka.export.ui.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.function.BiFunction;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hyoka.export.ExporterDescriptor;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.model.EvaluationReport;

/**
 * File > Print (Ctrl+P) in the evaluation editor: the report as the PDF export lays it out, unsaved changes
 * included, as a word processor prints the document on the screen. The platform's print dialog chooses the
 * printer and the pages; the PDF is made and printed in a user job, which can be cancelled.
 */
public final class PrintReportHandler extends AbstractHandler {

	/** The family of print jobs, for tests and for waiting on them. */
	static final Object FAMILY = PrintReportHandler.class;
	static final String PDF_EXPORTER = "org.hyoka.export.pdf"; //$NON-NLS-1$

	/** GTK's driver of its Print to File printer. */
	private static final String GTK_FILE_PRINTER = "GtkPrintBackendFile"; //$NON-NLS-1$

	/**
	 * Asks for the printer, the dialog starting from the data proposed; tests answer for the platform's dialog, which
	 * is not made of SWT widgets.
	 */
	static BiFunction<Shell, PrinterData, PrinterData> askPrinter = (shell, proposed) -> {
		PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
		// GTK's dialog has no title of its own
		dialog.setText(Messages.Print_title);
		dialog.setPrinterData(proposed);
		return dialog.open();
	};

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPart part = HandlerUtil.getActivePartChecked(event);
		EvaluationReport report = Adapters.adapt(part, EvaluationReport.class);
		if (report == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Optional<ExporterDescriptor> pdf = ExporterRegistry.read(RegistryFactory.getRegistry()).find(PDF_EXPORTER);
		if (pdf.isEmpty()) {
			MessageDialog.openError(shell, Messages.Print_title, Messages.Print_noPdf);
			return null;
		}
		// a copy taken now: the job prints what the editor shows at this moment while the user goes on editing
		EvaluationReport copy = EcoreUtil.copy(report);
		PrinterData printer = askPrinter.apply(shell, proposal(part, pdf.get()));
		if (printer != null) {
			new PrintJob(part.getTitle(), copy, pdf.get(), printer, shell.getDisplay()).schedule();
		}
		return null;
	}

	/**
	 * What the print dialog starts from: the usual printer, and for Print to File the report's PDF next to the
	 * evaluation, named as it, where GTK's dialog proposed 出力.pdf in the folder the workbench was started from. GTK's
	 * dialog takes the file from the file printer's driver and a file name without choosing that printer.
	 */
	static PrinterData proposal(IWorkbenchPart part, ExporterDescriptor pdf) {
		PrinterData proposed = new PrinterData();
		IFile file = part instanceof IEditorPart editor ? Adapters.adapt(editor.getEditorInput(), IFile.class) : null;
		IPath location = file == null ? null : file.getLocation();
		if (location != null && "gtk".equals(SWT.getPlatform())) { //$NON-NLS-1$
			proposed.driver = GTK_FILE_PRINTER;
			proposed.fileName = ExportReportPage.besideEvaluation(location.toPath(), pdf).toString();
		}
		return proposed;
	}

	private static final class PrintJob extends Job {

		private final String document;
		private final EvaluationReport report;
		private final ExporterDescriptor pdf;
		private final PrinterData printer;
		private final Display display;

		PrintJob(String document, EvaluationReport report, ExporterDescriptor pdf, PrinterData printer, Display display) {
			super(NLS.bind(Messages.Print_job, document));
			this.document = document;
			this.report = report;
			this.pdf = pdf;
			this.printer = printer;
			this.display = display;
			setUser(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
			try {
				byte[] pages = ReportPrinting.pdf(pdf.create(), report, progress.split(4));
				if (ReportPrinting.print(pages, printer, document, display, progress.split(6)) == 0) {
					return Status.warning(NLS.bind(Messages.Print_noPages, document, printer.startPage + "–" + printer.endPage)); //$NON-NLS-1$
				}
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (CoreException | IOException | RuntimeException e) {
				return Status.error(NLS.bind(Messages.Print_failed, new Object[] { document, printer.name, e.getMessage() }), e);
			}
		}
	}
}
