package org.hyoka.roadmap.layout;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Timeline;

/**
 * A roadmap laid out on printed pages by a {@link PageSetup}: the years spread over the pages wide asked for, as
 * many rows on a page as fit at that scale, the rows' label column and the year scale repeated on every page, the
 * legend under the last rows on each of their pages (on a page of its own when it does not fit there), then the list
 * of undated items ({@link UndatedList}) in as many of its lines as fit under the legend, page after page across, the
 * rest on pages of their own under its heading repeated, and the page's number at its foot. Pages go across before
 * down: the pages of one band of rows, left to right, then the next band.
 * <p>
 * Each page is a {@link Scene} in layout units whose origin is the top left of the printable area (inside the
 * margins); {@link #scale()} points make one unit, the same on every page, never more than one, so that a short
 * roadmap prints at its own size rather than blown up.
 */
public final class PrintLayout {

	/** The height kept at the foot of each page for its number, in points. */
	public static final double FOOTER = 16;
	private static final double FOOTER_TEXT = 9;

	/**
	 * A printed page: its number from 1, its rows and its fiscal years, whether the legend is on it, and which lines
	 * of the undated list (from {@code undatedFrom}, 0 the first, {@code undatedLines} of them; none when 0).
	 */
	public record Page(int number, int firstRow, int rowCount, int firstYear, int lastYear, boolean legend, int undatedFrom, int undatedLines) {
		/** A page without undated items. */
		public Page(int number, int firstRow, int rowCount, int firstYear, int lastYear, boolean legend) {
			this(number, firstRow, rowCount, firstYear, lastYear, legend, 0, 0);
		}
	}

	private final RoadmapLayout layout;
	private final Locale language;
	private final double scale;
	private final double width;
	private final double height;
	private final List<Page> pages = new ArrayList<>();
	private final UndatedList undated;

	/** The layout's rows on pages, with the undated items of those rows. */
	public PrintLayout(RoadmapLayout layout, PageSetup setup, Locale language) {
		this(layout, layout.timeline(), setup, language);
	}

	/** The layout's rows on pages, with the undated items of the rows of {@code listed} (a view lists more rows' than it shows). */
	public PrintLayout(RoadmapLayout layout, Timeline listed, PageSetup setup, Locale language) {
		this.layout = layout;
		this.language = language;
		FiscalAxis axis = layout.axis();
		int yearsPerPage = (int) Math.ceil(axis.years() / (double) setup.pagesWide());
		double printableWidth = setup.width() - 2 * setup.margin();
		double printableHeight = setup.height() - 2 * setup.margin();
		// the fiscal years of each page across, first and last
		List<int[]> spans = new ArrayList<>();
		for (int first = axis.firstYear(); first <= axis.lastYear(); first += yearsPerPage) {
			spans.add(new int[] { first, Math.min(first + yearsPerPage - 1, axis.lastYear()) });
		}
		double widest = spans.stream().mapToDouble(span -> axis.end(span[1]) - axis.start(span[0])).max().orElse(0);
		this.scale = Math.min(1, printableWidth / (RoadmapLayout.LABEL_WIDTH + widest + RoadmapLayout.PAD));
		this.width = printableWidth / scale;
		this.height = printableHeight / scale;
		double rowsHeight = height - FOOTER / scale - RoadmapLayout.HEADER_HEIGHT;
		this.undated = new UndatedList(listed, language, 0, width);
		paginate(rowsHeight, spans);
	}

	/**
	 * The pages: each band of rows, as many as fit a page, on a page for each span of years; the legend under the last
	 * band's rows on each of its pages, and the undated list's lines after it, going on across those pages in order,
	 * so that no line prints twice. What is left, and the legend when it does not fit under the rows, goes on pages of
	 * their own without years.
	 */
	private void paginate(double rowsHeight, List<int[]> spans) {
		int rows = layout.rowCount();
		int rowsPerPage = Math.max(1, (int) Math.floor(rowsHeight / RoadmapLayout.ROW_HEIGHT));
		double legendHeight = legend(0).height();
		int lines = undatedLineCount();
		int from = 0;
		boolean legendLeft = true;
		for (int first = 0; first < rows; first += rowsPerPage) {
			int count = Math.min(rowsPerPage, rows - first);
			double free = rowsHeight - count * RoadmapLayout.ROW_HEIGHT;
			boolean legend = first + count == rows && legendHeight <= free;
			legendLeft &= !legend;
			for (int[] span : spans) {
				int listed = legend ? fit(free - legendHeight, lines - from) : 0;
				pages.add(new Page(pages.size() + 1, first, count, span[0], span[1], legend, listed == 0 ? 0 : from, listed));
				from += listed;
			}
		}
		FiscalAxis axis = layout.axis();
		while (legendLeft || from < lines) {
			double free = rowsHeight - (legendLeft ? legendHeight : 0);
			// a page of its own holds at least one line, however tall
			int listed = legendLeft ? fit(free, lines - from) : Math.max(1, fit(free, lines - from));
			pages.add(new Page(pages.size() + 1, rows, 0, axis.firstYear(), axis.lastYear(), legendLeft, listed == 0 ? 0 : from, listed));
			from += listed;
			legendLeft = false;
		}
	}

	/** How many of the lines left fit the height, with the list's padding under its last line, as on the screen. */
	private static int fit(double free, int left) {
		return Math.clamp((int) Math.floor((free - Flow.PAD) / Flow.LINE_HEIGHT), 0, left);
	}

	/** The lines of the undated list; 0 when every item is dated. */
	private int undatedLineCount() {
		return undated.height() == 0 ? 0 : (int) Math.round((undated.height() - Flow.PAD) / Flow.LINE_HEIGHT);
	}

	private Legend legend(double top) {
		return new Legend(language, top, width);
	}

	/** Points per layout unit. */
	public double scale() {
		return scale;
	}

	/** The printable area's width in layout units. */
	public double width() {
		return width;
	}

	/** The printable area's height in layout units. */
	public double height() {
		return height;
	}

	public List<Page> pages() {
		return List.copyOf(pages);
	}

	/**
	 * The shapes of a page: the label column and the page's years of the header and of its rows, cut where they
	 * leave them, the legend if it is on the page, and the page's number centred at the foot.
	 */
	public Scene page(Page page) {
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Shape.Rect(0, 0, width, height, Style.BACKGROUND, 1, false, null));
		double yearsLeft = layout.x(page.firstYear());
		double yearsRight = layout.x(page.lastYear() + 1);
		double rowsTop = RoadmapLayout.rowTop(page.firstRow());
		double rowsBottom = RoadmapLayout.rowTop(page.firstRow() + page.rowCount());
		// the source cells (label column or years; header or rows) and where each goes on the page
		double[][] cells = {
				{ 0, RoadmapLayout.LABEL_WIDTH, 0, RoadmapLayout.HEADER_HEIGHT, 0, 0 },
				{ yearsLeft, yearsRight, 0, RoadmapLayout.HEADER_HEIGHT, RoadmapLayout.LABEL_WIDTH - yearsLeft, 0 },
				{ 0, RoadmapLayout.LABEL_WIDTH, rowsTop, rowsBottom, 0, RoadmapLayout.HEADER_HEIGHT - rowsTop },
				{ yearsLeft, yearsRight, rowsTop, rowsBottom, RoadmapLayout.LABEL_WIDTH - yearsLeft, RoadmapLayout.HEADER_HEIGHT - rowsTop } };
		List<Shape> source = layout.window(page.firstRow(), page.rowCount()).shapes();
		// a page without rows (the legend, the rest of the undated list) has the title but no years
		for (double[] cell : page.rowCount() == 0 ? new double[][] { cells[0] } : cells) {
			for (Shape shape : source) {
				Shape cut = cut(shape, cell[0], cell[1], cell[2], cell[3], cell[4], cell[5]);
				if (cut != null) {
					shapes.add(cut);
				}
			}
		}
		double below = RoadmapLayout.HEADER_HEIGHT + page.rowCount() * RoadmapLayout.ROW_HEIGHT;
		if (page.legend()) {
			Legend legend = legend(below);
			shapes.addAll(legend.shapes());
			below += legend.height();
		}
		// the page's lines of the undated list, its first under the legend or the rows
		double from = page.undatedFrom() * Flow.LINE_HEIGHT;
		double to = from + page.undatedLines() * Flow.LINE_HEIGHT;
		for (Shape shape : undated.shapes()) {
			Shape cut = cut(shape, 0, width, from, to, 0, below - from);
			if (cut != null) {
				shapes.add(cut);
			}
		}
		// a continued list repeats its heading, left of its first line there, where the heading stands on the first
		// page: the list's lines start right of it
		Shape.Text heading = undated.heading();
		if (page.undatedFrom() > 0 && page.undatedLines() > 0 && heading != null) {
			shapes.add(new Shape.Text(heading.x(), heading.y() + below, heading.text(), heading.size(), heading.centred(), heading.style(), heading.tip()));
		}
		String number = MessageFormat.format(words().getString("page"), page.number(), pages.size()); //$NON-NLS-1$
		shapes.add(new Shape.Text(width / 2, height - (FOOTER - FOOTER_TEXT) / 2 / scale, number, FOOTER_TEXT / scale, true, Style.MINOR_TEXT, null));
		return new Scene(width, height, page.firstRow(), page.rowCount(), shapes);
	}

	private ResourceBundle words() {
		return ResourceBundle.getBundle("org.hyoka.roadmap.layout.print", language, PrintLayout.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/**
	 * The part of a shape inside the cell [left, right) × [top, bottom), moved by (dx, dy); null when none of it is.
	 * Rectangles and straight lines are cut at the cell's edges; marks and texts belong to the cell of their anchor.
	 */
	private static Shape cut(Shape shape, double left, double right, double top, double bottom, double dx, double dy) {
		return switch (shape) {
		case Shape.Rect r -> {
			double x1 = Math.max(r.x(), left);
			double x2 = Math.min(r.x() + r.width(), right);
			double y1 = Math.max(r.y(), top);
			double y2 = Math.min(r.y() + r.height(), bottom);
			yield x2 > x1 && y2 > y1 ? new Shape.Rect(x1 + dx, y1 + dy, x2 - x1, y2 - y1, r.style(), r.opacity(), r.dashed(), r.tip()) : null;
		}
		case Shape.Line l when l.x1() == l.x2() -> {
			double y1 = Math.max(Math.min(l.y1(), l.y2()), top);
			double y2 = Math.min(Math.max(l.y1(), l.y2()), bottom);
			yield l.x1() >= left && l.x1() <= right && y2 > y1 ? new Shape.Line(l.x1() + dx, y1 + dy, l.x2() + dx, y2 + dy, l.style(), l.dashed(), l.tip()) : null;
		}
		case Shape.Line l when l.y1() == l.y2() -> {
			double x1 = Math.max(Math.min(l.x1(), l.x2()), left);
			double x2 = Math.min(Math.max(l.x1(), l.x2()), right);
			yield l.y1() >= top && l.y1() < bottom && x2 > x1 ? new Shape.Line(x1 + dx, l.y1() + dy, x2 + dx, l.y2() + dy, l.style(), l.dashed(), l.tip()) : null;
		}
		case Shape.Line l -> inside(l.x1(), l.y1(), left, right, top, bottom) && inside(l.x2(), l.y2(), left, right, top, bottom)
				? new Shape.Line(l.x1() + dx, l.y1() + dy, l.x2() + dx, l.y2() + dy, l.style(), l.dashed(), l.tip())
				: null;
		case Shape.Diamond d -> inside(d.x(), d.y(), left, right, top, bottom) ? new Shape.Diamond(d.x() + dx, d.y() + dy, d.radius(), d.style(), d.tip()) : null;
		case Shape.Circle c -> inside(c.x(), c.y(), left, right, top, bottom) ? new Shape.Circle(c.x() + dx, c.y() + dy, c.radius(), c.style(), c.tip()) : null;
		case Shape.Text t -> inside(t.x(), t.y() - t.size() / 2, left, right, top, bottom)
				? new Shape.Text(t.x() + dx, t.y() + dy, t.text(), t.size(), t.centred(), t.style(), t.tip())
				: null;
		};
	}

	private static boolean inside(double x, double y, double left, double right, double top, double bottom) {
		return x >= left && x < right && y >= top && y < bottom;
	}
}
