package org.hyoka.export.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.commands.ICommandService;
import org.hyoka.export.Exporter;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * File > Print… in the evaluation editor prints the report as its PDF lays it out, with what the editor holds and
 * has not saved, on GTK's file printer (what its print dialog offers as Print to File; a machine without a printer
 * has no other). The printed file is kept under target/print as evidence.
 */
class PrintReportTest {

	private static final String PROJECT = "PrintSamples"; //$NON-NLS-1$
	private static final Path OUT = Path.of("target/print").toAbsolutePath(); //$NON-NLS-1$

	private final WorkbenchBot bot = new WorkbenchBot();
	private final BiFunction<Shell, PrinterData, PrinterData> platformDialog = PrintReportHandler.askPrinter;
	private IFile file;
	/** What File > Print proposed to the print dialog. */
	private PrinterData proposed;

	@BeforeEach
	void importSample() throws Exception {
		file = SampleProject.copy(PROJECT);
		Files.createDirectories(OUT);
	}

	@AfterEach
	void restore() throws Exception {
		PrintReportHandler.askPrinter = platformDialog;
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		SampleProject.delete(file);
	}

	@Test
	void printsTheEditorsReportWithItsUnsavedChangesAsThePdfLaysItOut() throws Exception {
		IEditorPart editor = bot.openEditor(file);
		EvaluationReport saved = HyokaFiles.load(file.getLocation().toPath());
		// a preface long enough to take pages of its own, typed and not saved
		String preface = "本評価は、研究開発課題の成果と今後の展開について、評価検討会の審議を経て取りまとめたものである。\n".repeat(120); //$NON-NLS-1$
		bot.syncRun(() -> {
			EvaluationReport shown = editor.getAdapter(EvaluationReport.class);
			EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(shown);
			domain.getCommandStack().execute(SetCommand.create(domain, shown, HyokaPackage.Literals.EVALUATION_REPORT__PREFACE, preface));
		});
		assertTrue(bot.syncCall(editor::isDirty), "the change is not saved"); //$NON-NLS-1$
		EvaluationReport shown = bot.syncCall(() -> editor.getAdapter(EvaluationReport.class));
		Exporter pdf = ExporterRegistry.read(RegistryFactory.getRegistry()).find(PrintReportHandler.PDF_EXPORTER).orElseThrow().create();
		int savedPages = pages(ReportPrinting.pdf(pdf, saved, null));
		byte[] shownPdf = ReportPrinting.pdf(pdf, shown, null);
		int shownPages = pages(shownPdf);
		assertTrue(shownPages > savedPages, "the preface adds pages: " + savedPages + " saved, " + shownPages + " shown"); //$NON-NLS-1$ //$NON-NLS-2$

		// the last page of the report as the editor holds it, which the saved file does not have
		Path last = print(fileData("last-page.pdf", PrinterData.PAGE_RANGE, shownPages, shownPages)); //$NON-NLS-1$
		// Print to File proposes the report's PDF next to the evaluation, leaving the usual printer chosen
		String evaluation = file.getLocation().toPath().toString();
		assertEquals(evaluation.substring(0, evaluation.length() - ".hyoka".length()) + ".pdf", proposed.fileName); //$NON-NLS-1$ //$NON-NLS-2$
		assertNull(proposed.name, "no printer is chosen for the user"); //$NON-NLS-1$
		try (PDDocument printed = Loader.loadPDF(last.toFile())) {
			assertEquals(1, printed.getNumberOfPages(), "page " + shownPages + " of " + shownPages); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path first = print(fileData("pages-1-2.pdf", PrinterData.PAGE_RANGE, 1, 2)); //$NON-NLS-1$
		try (PDDocument printed = Loader.loadPDF(first.toFile()); PDDocument report = Loader.loadPDF(shownPdf)) {
			assertEquals(2, printed.getNumberOfPages(), "the pages asked for"); //$NON-NLS-1$
			for (int page = 0; page < printed.getNumberOfPages(); page++) {
				// the printed sheet carries as much ink as the report's page: not blank, not another page
				double expected = ink(new PDFRenderer(report).renderImageWithDPI(page, 36, ImageType.GRAY));
				double actual = ink(new PDFRenderer(printed).renderImageWithDPI(page, 36, ImageType.GRAY));
				assertTrue(expected > 0.01 && Math.abs(actual / expected - 1) < 0.25, "page " + (page + 1) + ": " + actual + " of the sheet inked, " + expected + " of the report's page"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		PrinterData beyond = fileData("beyond.pdf", PrinterData.PAGE_RANGE, shownPages + 1, shownPages + 3); //$NON-NLS-1$
		assertEquals(0, ReportPrinting.print(shownPdf, beyond, SampleProject.SAMPLE, bot.display(), null), "no page in the range"); //$NON-NLS-1$
		assertFalse(Files.exists(Path.of(beyond.fileName)), "no job started for it"); //$NON-NLS-1$
		assertTrue(bot.syncCall(editor::isDirty), "printing saves nothing"); //$NON-NLS-1$
	}

	/**
	 * A print job prints on its own thread while the user works on (the test's thread stands for the job's). GTK's
	 * styles are the user interface thread's: a printer made on the job's thread while the window was laid out
	 * crashed the workbench (GTK aborted the process, unsaved work lost) within three prints.
	 */
	@Test
	void printsFromOutsideTheUserInterfaceThreadWhileTheWindowIsLaidOut() throws Exception {
		bot.openEditor(file);
		byte[] pdf = ReportPrinting.pdf(ExporterRegistry.read(RegistryFactory.getRegistry()).find(PrintReportHandler.PDF_EXPORTER).orElseThrow().create(),
				HyokaFiles.load(file.getLocation().toPath()), null);
		Shell shell = bot.windowShell().widget();
		AtomicBoolean working = new AtomicBoolean(true);
		Runnable layout = new Runnable() {
			@Override
			public void run() {
				if (working.get() && !shell.isDisposed()) {
					shell.layout(true, true);
					shell.redraw();
					shell.update();
					shell.getDisplay().asyncExec(this);
				}
			}
		};
		bot.display().asyncExec(layout);
		try {
			for (int i = 1; i <= 6; i++) {
				PrinterData data = fileData("from-a-job-" + i + ".pdf", PrinterData.PAGE_RANGE, 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
				assertEquals(1, ReportPrinting.print(pdf, data, SampleProject.SAMPLE, bot.display(), null));
				Path printed = Path.of(data.fileName);
				bot.waitUntil("the printer has written " + printed, () -> Files.isRegularFile(printed) && printed.toFile().length() > 0); //$NON-NLS-1$
			}
		} finally {
			working.set(false);
		}
	}

	@Test
	void printIsOfferedWhileTheEditorIsActiveAndNotFromTheProjectExplorer() throws Exception {
		// the editor's File > Print learns of no change of the command's handler: an editor restored at start, before
		// any part is active, must find it handled and enabled already
		bot.showView("org.eclipse.ui.navigator.ProjectExplorer"); //$NON-NLS-1$
		Command print = bot.syncCall(() -> bot.window().getService(ICommandService.class).getCommand("org.hyoka.editor.print")); //$NON-NLS-1$
		assertTrue(bot.syncCall(() -> print.isHandled() && print.isEnabled()), "the editor's print command is handled with no editor active"); //$NON-NLS-1$
		bot.openEditor(file);
		assertTrue(bot.windowShell().menu("File", "Print...").isEnabled(), "File > Print... with the editor active"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		bot.showView("org.eclipse.ui.navigator.ProjectExplorer"); //$NON-NLS-1$
		assertFalse(bot.windowShell().menu("File", "Print...").isEnabled(), "the Project Explorer prints nothing"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Prints through File > Print..., the printer dialog answered with the data, and waits for the printed file. */
	private Path print(PrinterData data) throws Exception {
		Path target = Path.of(data.fileName);
		Files.deleteIfExists(target);
		PrintReportHandler.askPrinter = (shell, proposal) -> {
			proposed = proposal;
			return data;
		};
		bot.windowShell().menu("File", "Print...").click(); //$NON-NLS-1$ //$NON-NLS-2$
		bot.waitUntil("the print job has started", () -> Job.getJobManager().find(PrintReportHandler.FAMILY).length > 0 || Files.isRegularFile(target)); //$NON-NLS-1$
		Job.getJobManager().join(PrintReportHandler.FAMILY, null);
		bot.waitUntil("the printer has written " + target, () -> Files.isRegularFile(target) && target.toFile().length() > 0); //$NON-NLS-1$
		return target;
	}

	/** GTK's file printer writing a PDF into target/print; GTK lists its printers on the user interface thread only. */
	private PrinterData fileData(String name, int scope, int start, int end) {
		PrinterData[] printers = bot.syncCall(Printer::getPrinterList);
		PrinterData data = Arrays.stream(printers).filter(printer -> "Print to File".equals(printer.name)).findFirst() //$NON-NLS-1$
				.orElseThrow(() -> new AssertionError("no Print to File in " + Arrays.toString(printers))); //$NON-NLS-1$
		data.printToFile = true;
		data.fileName = OUT.resolve(name).toString();
		data.scope = scope;
		data.startPage = start;
		data.endPage = end;
		return data;
	}

	private static int pages(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	/** The share of the page's pixels that are not white. */
	private static double ink(BufferedImage page) {
		int dark = 0;
		for (int y = 0; y < page.getHeight(); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				if ((page.getRGB(x, y) & 0xFF) < 200) {
					dark++;
				}
			}
		}
		return dark / (double) (page.getWidth() * page.getHeight());
	}
}
