package org.hyoka.roadmap.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.hyoka.roadmap.layout.PageSetup;
import org.hyoka.roadmap.layout.PrintLayout;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Style;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanPreferences;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * File > Print… from the Roadmap view (#47), as far as a machine without a printer goes: the page setup is
 * remembered, and its preview shows the pages the printer would get, drawn by the view's painter. The preview's
 * sheets are saved under target/print as evidence.
 */
class RoadmapPrintTest {

	private static final Path OUT = Path.of("target/print"); //$NON-NLS-1$

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	@RegisterExtension
	final CleanPreferences preferences = new CleanPreferences("org.hyoka.roadmap.ui"); //$NON-NLS-1$
	private final WorkbenchBot bot = clean.bot();

	private RoadmapView view;

	@AfterEach
	void closeView() {
		if (view != null) {
			bot.syncRun(() -> bot.page().hideView(view));
		}
	}

	/** Opens the sample of 53 rows and the Roadmap view on it, active. */
	private void openSample() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null); //$NON-NLS-1$
		bot.openEditor(file);
		view = (RoadmapView) bot.showView(RoadmapView.ID);
		bot.waitUntil("the view has laid out the sample", () -> view.canvas().laidOut() && view.canvas().roadmapLayout() != null); //$NON-NLS-1$
		assertEquals(53, bot.syncCall(() -> view.canvas().shownLayout().rowCount()), "every row shown"); //$NON-NLS-1$
		bot.syncRun(() -> bot.page().activate(view));
	}

	@Test
	void printsToAPdfFileOnThePlatformsPrinter() throws Exception {
		openSample();
		Path pdf = OUT.toAbsolutePath().resolve("printed-a4-landscape.pdf"); //$NON-NLS-1$
		Files.createDirectories(OUT);
		Files.deleteIfExists(pdf);
		bot.syncRun(() -> {
			// GTK's file printer: what its print dialog offers as Print to File
			PrinterData data = Arrays.stream(Printer.getPrinterList()).filter(printer -> "Print to File".equals(printer.name)).findFirst() //$NON-NLS-1$
					.orElseThrow(() -> new AssertionError("no Print to File in " + Arrays.toString(Printer.getPrinterList()))); //$NON-NLS-1$
			data.printToFile = true;
			data.fileName = pdf.toString();
			data.orientation = PrinterData.LANDSCAPE;
			Printing.print(data, new PrintLayout(view.canvas().shownLayout(), PageSetup.DEFAULT, Locale.ENGLISH), PageSetup.DEFAULT);
		});
		bot.waitUntil("the printer has written " + pdf, () -> Files.isRegularFile(pdf) && pdf.toFile().length() > 0); //$NON-NLS-1$
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(2, document.getNumberOfPages());
			PDRectangle sheet = document.getPage(0).getMediaBox();
			assertTrue(sheet.getWidth() > sheet.getHeight(), "landscape: " + sheet); //$NON-NLS-1$
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String second = stripper.getText(document);
			assertTrue(second.contains("Page 2 of 2") && second.contains("Legend"), second); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(second.replaceAll("\\s", "").contains("図２０：アウトカム達成に向けたロードマップ"), "the last row on the second page: " + second); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String first = stripper.getText(document);
			assertTrue(first.contains("Page 1 of 2") && !first.contains("Legend"), first); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void thePageSetupIsRememberedAndThePreviewShowsTwoA4LandscapePages() throws Exception {
		openSample();

		ShellBot setup = openPrint();
		choose(setup, 1, 0, 2, 15); // A3, portrait, two pages wide, 15 mm
		setup.button("Preview").click(); //$NON-NLS-1$
		ShellBot first = bot.shell("Print Preview"); //$NON-NLS-1$
		first.button("Close").click(); //$NON-NLS-1$
		first.waitUntilClosed();
		setup.button("Cancel").click(); //$NON-NLS-1$
		setup.waitUntilClosed();
		assertEquals("A3", InstanceScope.INSTANCE.getNode("org.hyoka.roadmap.ui").get(Printing.PAPER, null)); //$NON-NLS-1$ //$NON-NLS-2$
		setup = openPrint();
		ShellBot again = setup;
		assertEquals(List.of("A3", "Portrait", "2", "15"), bot.syncCall(() -> List.of(combo(again, 0).getText(), combo(again, 1).getText(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Integer.toString(spinner(again, 0).getSelection()), Integer.toString(spinner(again, 1).getSelection()))), "remembered"); //$NON-NLS-1$

		choose(setup, 0, 1, 1, 10); // A4, landscape, one page wide, 10 mm
		assertEquals("2 pages", bot.syncCall(() -> pageCount(again).getText())); //$NON-NLS-1$
		setup.screenshot(OUT.resolve("page-setup.png")); //$NON-NLS-1$
		setup.button("Preview").click(); //$NON-NLS-1$
		ShellBot preview = bot.shell("Print Preview"); //$NON-NLS-1$
		maximize(preview);
		preview.screenshot(OUT.resolve("preview-a4-landscape.png")); //$NON-NLS-1$
		List<ImageData> sheets = bot.syncCall(() -> preview.findAll(Label.class, label -> label.getImage() != null).stream()
				.map(label -> label.getImage().getImageData()).toList());
		Point dpi = bot.syncCall(() -> bot.display().getDPI());
		assertEquals(2, sheets.size());
		Files.createDirectories(OUT);
		RoadmapLayout layout = bot.syncCall(() -> view.canvas().shownLayout());
		PrintLayout print = new PrintLayout(layout, Printing.setup(), Locale.getDefault());
		double pixels = print.scale() * dpi.x / 72;
		int margin = (int) Math.round(10 * 72 / 25.4 * dpi.x / 72);
		for (int i = 0; i < sheets.size(); i++) {
			ImageData sheet = sheets.get(i);
			ImageLoader saver = new ImageLoader();
			saver.data = new ImageData[] { sheet };
			saver.save(OUT.resolve("sheet-" + (i + 1) + ".png").toString(), SWT.IMAGE_PNG); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(Math.round(841.89 * dpi.x / 72), sheet.width, "A4 landscape wide"); //$NON-NLS-1$
			assertEquals(Math.round(595.28 * dpi.y / 72), sheet.height, "A4 landscape high"); //$NON-NLS-1$
			// the year scale at the top of each sheet, the margin white
			int axisY = margin + (int) (40 * pixels);
			assertTrue(count(sheet, axisY, Style.AXIS_BAND.fill()) > sheet.width / 3, "the year scale on sheet " + (i + 1)); //$NON-NLS-1$
			assertEquals(0, count(sheet, margin / 2, Style.AXIS_BAND.fill()), "the margin"); //$NON-NLS-1$
			// the page's number in the foot
			int footer = sheet.height - margin - (int) (PrintLayout.FOOTER * dpi.y / 72);
			assertTrue(dark(sheet, footer, sheet.height - margin) > 10, "the number of sheet " + (i + 1)); //$NON-NLS-1$
		}
		// the program's period in the first row of the first sheet; the legend's sample of it under the 23 rows of the second
		int firstRow = margin + (int) ((RoadmapLayout.HEADER_HEIGHT + 12) * pixels);
		assertTrue(count(sheets.get(0), firstRow, Style.PERIOD.fill()) > sheets.get(0).width / 3, "the program's period"); //$NON-NLS-1$
		int legend = margin + (int) ((RoadmapLayout.HEADER_HEIGHT + 23 * RoadmapLayout.ROW_HEIGHT + 9) * pixels);
		assertTrue(count(sheets.get(1), legend, Style.PERIOD.fill()) > 5, "the legend's period sample"); //$NON-NLS-1$
		preview.button("Close").click(); //$NON-NLS-1$
		preview.waitUntilClosed();
		setup.button("Cancel").click(); //$NON-NLS-1$
		setup.waitUntilClosed();
	}

	private ShellBot openPrint() {
		assertTrue(bot.windowShell().menu("File", "Print...").isEnabled(), "File > Print... with the Roadmap view active"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		bot.windowShell().menu("File", "Print...").click(); //$NON-NLS-1$ //$NON-NLS-2$
		return bot.shell("Page Setup"); //$NON-NLS-1$
	}

	/** Sets the page setup's fields as a user does. */
	private void choose(ShellBot setup, int paper, int orientation, int pagesWide, int margin) {
		bot.syncRun(() -> {
			for (int[] choice : new int[][] { { 0, paper }, { 1, orientation } }) {
				Combo combo = combo(setup, choice[0]);
				combo.select(choice[1]);
				combo.notifyListeners(SWT.Selection, null);
			}
			for (int[] choice : new int[][] { { 0, pagesWide }, { 1, margin } }) {
				Spinner spinner = spinner(setup, choice[0]);
				spinner.setSelection(choice[1]);
				spinner.notifyListeners(SWT.Modify, null);
			}
		});
	}

	private static Combo combo(ShellBot setup, int index) {
		return setup.findAll(Combo.class, combo -> true).get(index);
	}

	private static Spinner spinner(ShellBot setup, int index) {
		return setup.findAll(Spinner.class, spinner -> true).get(index);
	}

	/** The label that says how many pages the setup makes. */
	private static Label pageCount(ShellBot setup) {
		return setup.findAll(Label.class, label -> label.getText().endsWith(" pages")).get(0); //$NON-NLS-1$
	}

	private void maximize(ShellBot shell) {
		bot.syncRun(() -> shell.widget().setMaximized(true));
		bot.flush();
	}

	/** How many pixels of a line of the image are the colour {@code #rrggbb}, within 8 a channel. */
	private static int count(ImageData image, int y, String colour) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		int found = 0;
		for (int x = 0; x < image.width; x++) {
			RGB pixel = image.palette.getRGB(image.getPixel(x, y));
			if (Math.abs(pixel.red - (rgb >> 16 & 0xff)) <= 8 && Math.abs(pixel.green - (rgb >> 8 & 0xff)) <= 8 && Math.abs(pixel.blue - (rgb & 0xff)) <= 8) {
				found++;
			}
		}
		return found;
	}

	/** How many dark pixels the lines from {@code top} to {@code bottom} have. */
	private static int dark(ImageData image, int top, int bottom) {
		int found = 0;
		for (int y = top; y < bottom; y++) {
			for (int x = 0; x < image.width; x++) {
				RGB pixel = image.palette.getRGB(image.getPixel(x, y));
				found += pixel.red + pixel.green + pixel.blue < 3 * 160 ? 1 : 0;
			}
		}
		return found;
	}
}
