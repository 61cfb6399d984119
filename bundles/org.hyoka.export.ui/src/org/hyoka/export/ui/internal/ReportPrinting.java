package org.hyoka.export.ui.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.model.EvaluationReport;

/**
 * Prints a report as its PDF export lays it out, so that the printed pages are the pages a secretariat would
 * publish: each page of the PDF rendered at the printer's resolution (at most {@link #MAX_DPI}) and drawn on a
 * sheet, the page's top left at the sheet's, made smaller only where the sheet is smaller than the page.
 */
final class ReportPrinting {

	/** Enough for text to print sharp; a 600 dpi printer gets pixels twice as large instead of four times the memory. */
	static final int MAX_DPI = 300;

	private ReportPrinting() {
	}

	/** The report as the PDF exporter writes it. */
	static byte[] pdf(Exporter pdf, EvaluationReport report, IProgressMonitor monitor) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.export(report, ExportOptions.DEFAULTS, monitor, out);
		return out.toByteArray();
	}

	/**
	 * Prints the pages of the PDF that the printer data asks for (all, or a range) on its printer. Called from a job:
	 * the pages are rendered on the calling thread, and every call to the printer is made on the display's thread.
	 * SWT makes a printer with a GTK window whose style gives the printer's font, and GTK's styles may be touched by
	 * the user interface thread alone: a printer made in the job crashed the workbench while its window was laid out.
	 *
	 * @return the number of pages printed; 0, and no job started, when the range holds none of the PDF's pages
	 * @throws OperationCanceledException
	 *             when the monitor is cancelled; the printer's job is then cancelled too
	 * @throws IllegalStateException
	 *             when the printer refuses the job
	 */
	static int print(byte[] pdf, PrinterData data, String jobName, Display display, IProgressMonitor monitor) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int first = data.scope == PrinterData.PAGE_RANGE ? Math.max(1, data.startPage) : 1;
			int last = data.scope == PrinterData.PAGE_RANGE ? Math.min(document.getNumberOfPages(), data.endPage) : document.getNumberOfPages();
			if (first > last) {
				return 0;
			}
			SubMonitor progress = SubMonitor.convert(monitor, last - first + 1);
			PDFRenderer renderer = new PDFRenderer(document);
			Printer printer = display.syncCall(() -> new Printer(data));
			try {
				Sheets sheets = display.syncCall(() -> {
					if (!printer.startJob(jobName)) {
						throw new IllegalStateException(data.name);
					}
					// the sheet's top left lies left of and above the printable area by the trim
					return new Sheets(printer.getDPI(), printer.computeTrim(0, 0, 0, 0), printer.getBounds());
				});
				Point dpi = sheets.dpi();
				Rectangle trim = sheets.trim();
				Rectangle sheet = sheets.bounds();
				int renderDpi = Math.min(MAX_DPI, dpi.x);
				for (int page = first; page <= last; page++) {
					if (progress.isCanceled()) {
						display.syncExec(printer::cancelJob);
						throw new OperationCanceledException();
					}
					PDRectangle box = document.getPage(page - 1).getCropBox();
					double scale = Math.min(1, Math.min(sheet.width / (box.getWidth() * dpi.x / 72), sheet.height / (box.getHeight() * dpi.y / 72)));
					ImageData pixels = imageData(renderer.renderImageWithDPI(page - 1, renderDpi, ImageType.RGB));
					int width = (int) Math.round(box.getWidth() * dpi.x / 72 * scale);
					int height = (int) Math.round(box.getHeight() * dpi.y / 72 * scale);
					display.syncExec(() -> sheet(printer, pixels, trim, width, height));
					progress.worked(1);
				}
				display.syncExec(printer::endJob);
				return last - first + 1;
			} finally {
				display.syncExec(printer::dispose);
			}
		}
	}

	/** What a started job's printer tells of its sheets, asked in one trip to the UI thread. */
	private record Sheets(Point dpi, Rectangle trim, Rectangle bounds) {
	}

	/** One sheet of the printer's job: the page's pixels, its top left at the sheet's, in the size given. */
	private static void sheet(Printer printer, ImageData pixels, Rectangle trim, int width, int height) {
		if (printer.startPage()) {
			Image image = new Image(printer, pixels);
			GC gc = new GC(printer);
			try {
				gc.drawImage(image, 0, 0, pixels.width, pixels.height, trim.x, trim.y, width, height);
			} finally {
				gc.dispose();
				image.dispose();
			}
			printer.endPage();
		}
	}

	/** Java 2D's RGB pixels as SWT's. */
	static ImageData imageData(BufferedImage image) {
		int width = image.getWidth();
		ImageData data = new ImageData(width, image.getHeight(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		int[] row = new int[width];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}
}
