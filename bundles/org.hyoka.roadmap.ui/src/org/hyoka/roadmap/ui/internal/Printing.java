package org.hyoka.roadmap.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.hyoka.roadmap.layout.PageSetup;
import org.hyoka.roadmap.layout.PageSetup.Paper;
import org.hyoka.roadmap.layout.PrintLayout;
import org.hyoka.roadmap.layout.Scene;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Prints the roadmap's pages as {@link PrintLayout} lays them out, drawn by the view's {@link ShapePainter} on the
 * printer, or into images for the preview; and keeps the page setup in the workspace's preferences.
 */
final class Printing {

	private static final String NODE = "org.hyoka.roadmap.ui"; //$NON-NLS-1$
	static final String PAPER = "print.paper"; //$NON-NLS-1$
	static final String LANDSCAPE = "print.landscape"; //$NON-NLS-1$
	static final String PAGES_WIDE = "print.pagesWide"; //$NON-NLS-1$
	static final String MARGIN = "print.margin"; //$NON-NLS-1$

	private Printing() {
	}

	/** The page setup last used, or the default where none was saved or what was saved no longer makes sense. */
	static PageSetup setup() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		PageSetup fallback = PageSetup.DEFAULT;
		try {
			return new PageSetup(Paper.valueOf(preferences.get(PAPER, fallback.paper().name())), preferences.getBoolean(LANDSCAPE, fallback.landscape()),
					preferences.getInt(PAGES_WIDE, fallback.pagesWide()), preferences.getDouble(MARGIN, fallback.marginMillimetres()));
		} catch (IllegalArgumentException e) {
			return fallback;
		}
	}

	static void save(PageSetup setup) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		preferences.put(PAPER, setup.paper().name());
		preferences.putBoolean(LANDSCAPE, setup.landscape());
		preferences.putInt(PAGES_WIDE, setup.pagesWide());
		preferences.putDouble(MARGIN, setup.marginMillimetres());
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// kept for this session; the next start offers the default
		}
	}

	/**
	 * Draws a page with its printable area's top left at (left, top) device pixels, at {@code dpi}: the layout's
	 * scale in points, made pixels, and lines as thick as a layout unit, so that a 600 dpi printer draws what a
	 * screen shows rather than hairlines.
	 */
	static void drawPage(GC gc, Device device, PrintLayout print, Scene page, Point dpi, int left, int top) {
		double pixels = print.scale() * dpi.x / 72;
		Scene scaled = page.scaled(pixels);
		ShapePainter painter = new ShapePainter(device);
		try {
			gc.setLineWidth(Math.max(1, (int) Math.round(pixels)));
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
			painter.paint(gc, scaled.shapes(), left, top, new Rectangle(left, top, (int) Math.ceil(scaled.width()), (int) Math.ceil(scaled.height())));
		} finally {
			painter.dispose();
		}
	}

	/** The pages as whole sheets on the display, margins white, as the preview shows them; the caller disposes them. */
	static List<Image> sheets(Display display, PrintLayout print, PageSetup setup) {
		Point dpi = display.getDPI();
		int width = (int) Math.round(setup.width() * dpi.x / 72);
		int height = (int) Math.round(setup.height() * dpi.y / 72);
		int margin = (int) Math.round(setup.margin() * dpi.x / 72);
		List<Image> sheets = new ArrayList<>();
		for (PrintLayout.Page page : print.pages()) {
			Image sheet = new Image(display, width, height);
			GC gc = new GC(sheet);
			try {
				gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.fillRectangle(0, 0, width, height);
				drawPage(gc, display, print, print.page(page), dpi, margin, margin);
			} finally {
				gc.dispose();
			}
			sheets.add(sheet);
		}
		return sheets;
	}

	/**
	 * Asks for a printer (the platform's print dialog, set to the setup's orientation and all pages) and prints the
	 * pages it asks for there.
	 *
	 * @return false when the user cancelled
	 * @throws org.eclipse.swt.SWTException
	 *             or {@link IllegalStateException} when the printer fails
	 */
	static boolean print(Shell shell, PrintLayout print, PageSetup setup) {
		PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
		PrinterData wanted = new PrinterData();
		wanted.orientation = setup.landscape() ? PrinterData.LANDSCAPE : PrinterData.PORTRAIT;
		wanted.scope = PrinterData.ALL_PAGES;
		wanted.startPage = 1;
		wanted.endPage = print.pages().size();
		dialog.setPrinterData(wanted);
		PrinterData data = dialog.open();
		if (data == null) {
			return false;
		}
		print(data, print, setup);
		return true;
	}

	/**
	 * Prints the pages the printer data asks for (all, or a range) on its printer.
	 *
	 * @throws org.eclipse.swt.SWTException
	 *             or {@link IllegalStateException} when the printer fails
	 */
	static void print(PrinterData data, PrintLayout print, PageSetup setup) {
		Printer printer = new Printer(data);
		try {
			if (!printer.startJob(Messages.printJob)) {
				throw new IllegalStateException(data.name);
			}
			Point dpi = printer.getDPI();
			// the sheet's origin is left and above the printable area by the trim
			Rectangle trim = printer.computeTrim(0, 0, 0, 0);
			int left = (int) Math.round(setup.margin() * dpi.x / 72) + trim.x;
			int top = (int) Math.round(setup.margin() * dpi.y / 72) + trim.y;
			for (PrintLayout.Page page : print.pages()) {
				if (data.scope == PrinterData.PAGE_RANGE && (page.number() < data.startPage || page.number() > data.endPage)) {
					continue;
				}
				if (printer.startPage()) {
					GC gc = new GC(printer);
					try {
						drawPage(gc, printer, print, print.page(page), dpi, left, top);
					} finally {
						gc.dispose();
					}
					printer.endPage();
				}
			}
			printer.endJob();
		} finally {
			printer.dispose();
		}
	}
}
