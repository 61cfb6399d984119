package org.hyoka.roadmap.layout;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hyoka.core.time.FiscalYears;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;

/**
 * Lays a timeline out on an axis: a label column on the left, the axis header on top, one row of fixed height per
 * timeline row. Rows have a fixed height so that the rows in any window are found without looking at the others:
 * {@link #window} costs the same for 1,000 rows as for 100,000, which a view scrolling through a large file needs.
 * Marks outside the axis' years are left out, and so are undated bars: they have no place in time, and a figure lists
 * them apart under its rows ({@link UndatedList}). Bars known to the day and narrower than a {@link #PIXEL} at the axis' zoom (a day at decade
 * zoom) are merged with their neighbours within a pixel into one shape per run, at least a pixel wide, whose tip
 * counts them, as Trace Compass merges events: 10,000 one-day items cost a few shapes, not 10,000.
 */
public final class RoadmapLayout {

	public static final double ROW_HEIGHT = 28;
	public static final double LABEL_WIDTH = 380;
	public static final double HEADER_HEIGHT = 64;
	/**
	 * A pixel when the layout is drawn at scale 1, as the PNG writer and a view do: bars known to the day that are
	 * narrower than this are merged, per row, with those within a pixel of them into one shape.
	 */
	public static final double PIXEL = 1;
	/**
	 * Where in a row the planned period of a revision is drawn, a thin hollow bar between the bar of the current
	 * period and the budget strip, and how high: a view finds the mark clicked by it.
	 */
	public static final double PLANNED_TOP = 19;
	public static final double PLANNED_HEIGHT = 4;
	private static final double INDENT = 14;
	private static final double TEXT_SIZE = 11;
	private static final double SMALL_TEXT = 9;
	private static final double BAR_HEIGHT = 12;
	private static final double MARK_RADIUS = 6;
	private static final double BUDGET_HEIGHT = 4;
	static final double PAD = 4;

	private final Timeline timeline;
	private final FiscalAxis axis;
	private final LocalDate statusDate;
	/** The axis header and era changes depend on the axis alone: worked out once, not for every window. */
	private final List<Shape> header;
	private final List<Integer> eraChanges;
	private final List<String> eraLabels;
	private final String[] yearLabels;

	/** A layout with no status line. */
	public RoadmapLayout(Timeline timeline, FiscalAxis axis) {
		this(timeline, axis, null);
	}

	/** A layout with a line at {@code statusDate} (null: none), e.g. today. */
	public RoadmapLayout(Timeline timeline, FiscalAxis axis, LocalDate statusDate) {
		this.timeline = timeline;
		this.axis = axis;
		this.statusDate = statusDate;
		this.yearLabels = new String[axis.years()];
		Arrays.setAll(yearLabels, i -> axis.label(axis.firstYear() + i));
		this.header = header();
		this.eraChanges = axis.eraChanges();
		this.eraLabels = eraChanges.stream().map(axis::label).toList();
	}

	public double width() {
		return LABEL_WIDTH + axis.width() + PAD;
	}

	/** The rows laid out. */
	Timeline timeline() {
		return timeline;
	}

	/** The axis the rows are laid out on. */
	public FiscalAxis axis() {
		return axis;
	}

	/** How many rows the timeline has. */
	public int rowCount() {
		return timeline.rows().size();
	}

	public double height() {
		return rowTop(timeline.rows().size());
	}

	/** The top of a row. */
	public static double rowTop(int row) {
		return HEADER_HEIGHT + row * ROW_HEIGHT;
	}

	/** The row at a height, or -1 above the rows; may be past the last row. */
	public static int rowAt(double y) {
		return y < HEADER_HEIGHT ? -1 : (int) ((y - HEADER_HEIGHT) / ROW_HEIGHT);
	}

	/** Where the axis starts, right of the labels. */
	public double x(int fiscalYear) {
		return LABEL_WIDTH + axis.start(fiscalYear);
	}

	/** Where a date is on the axis (1 April is the start of its fiscal year). */
	public double x(LocalDate date) {
		int year = FiscalYears.of(date);
		double days = ChronoUnit.DAYS.between(FiscalYears.start(year), FiscalYears.end(year)) + 1;
		return x(year) + ChronoUnit.DAYS.between(FiscalYears.start(year), date) / days * (axis.end(year) - axis.start(year));
	}

	/** The whole timeline. */
	public Scene layout() {
		return window(0, timeline.rows().size());
	}

	/**
	 * The whole timeline as a figure to export: its rows and, under them, its {@link UndatedList undated items} and
	 * the {@link Legend} of its marks in the words of the locale, across the figure's width.
	 */
	public Scene figure(Locale language) {
		Scene rows = layout();
		UndatedList undated = new UndatedList(timeline, language, height(), width());
		Legend legend = new Legend(language, height() + undated.height(), width());
		double bottom = height() + undated.height() + legend.height();
		List<Shape> shapes = new ArrayList<>(rows.shapes());
		shapes.add(new Shape.Rect(0, height(), width(), bottom - height(), Style.BACKGROUND, 1, false, null));
		shapes.addAll(undated.shapes());
		shapes.addAll(legend.shapes());
		return new Scene(width(), bottom, rows.firstRow(), rows.rowCount(), shapes);
	}

	/** The rows whose tops are between {@code top} and {@code top + height}, the rows a view of that height shows. */
	public Scene visible(double top, double height) {
		int first = Math.max(0, rowAt(Math.max(top, HEADER_HEIGHT)));
		int last = rowAt(top + height);
		return window(first, last - first + 1);
	}

	/** The header and rows {@code first} to {@code first + count - 1} (clipped to the rows there are). */
	public Scene window(int first, int count) {
		List<Row> rows = timeline.rows(first, first + count);
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Shape.Rect(0, 0, width(), height(), Style.BACKGROUND, 1, false, null));
		for (int i = 0; i < rows.size(); i++) {
			row(first + i, rows.get(i), shapes);
		}
		grid(first, rows.size(), shapes);
		shapes.addAll(header);
		return new Scene(width(), height(), Math.min(first, timeline.rows().size()), rows.size(), shapes);
	}

	private List<Shape> header() {
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Shape.Rect(0, 0, width(), HEADER_HEIGHT, Style.BACKGROUND, 1, false, null));
		shapes.add(new Shape.Text(PAD, 18, timeline.title(), 14, false, Style.TITLE, timeline.title()));
		double top = 26;
		double bandHeight = axis.zoom().divisions() > 1 ? 19 : 38;
		for (FiscalAxis.Tick tick : axis.ticks()) {
			double x = LABEL_WIDTH + tick.x();
			double y = tick.major() ? top : top + 19;
			double height = tick.major() ? bandHeight : 19;
			shapes.add(new Shape.Rect(x, y, tick.width(), height, Style.AXIS_BAND, 1, false, tick.label()));
			String text = fit(tick.label(), tick.width() - 2, tick.major() ? TEXT_SIZE : SMALL_TEXT);
			if (!text.isEmpty()) {
				shapes.add(new Shape.Text(x + tick.width() / 2, y + (tick.major() ? 14 : 13), text, tick.major() ? TEXT_SIZE : SMALL_TEXT, true,
						tick.major() ? Style.AXIS_TEXT : Style.MINOR_TEXT, tick.label()));
			}
			if (tick.major() && axis.relativeStart() != null && axis.zoom().divisions() == 1) {
				int year = axis.firstYear() + (int) Math.round(tick.x() / axis.zoom().yearWidth());
				shapes.add(new Shape.Text(x + tick.width() / 2, y + 31, axis.relativeLabel(year), SMALL_TEXT, true, Style.MINOR_TEXT, null));
			}
		}
		return List.copyOf(shapes);
	}

	private void grid(int first, int count, List<Shape> shapes) {
		double top = rowTop(first);
		double bottom = rowTop(first + count);
		for (int year = axis.firstYear(); year <= axis.lastYear() + 1; year++) {
			shapes.add(new Shape.Line(x(year), top, x(year), bottom, Style.GRID, false, null));
		}
		for (int i = 0; i < eraChanges.size(); i++) {
			int year = eraChanges.get(i);
			shapes.add(new Shape.Line(x(year), 26, x(year), bottom, Style.ERA_CHANGE, true, eraLabels.get(i)));
		}
		if (statusDate != null && axis.shows(FiscalYears.of(statusDate))) {
			shapes.add(new Shape.Line(x(statusDate), 26, x(statusDate), bottom, Style.STATUS_LINE, false, statusDate.toString()));
		}
	}

	private void row(int index, Row row, List<Shape> shapes) {
		double top = rowTop(index);
		if (index % 2 == 1) {
			shapes.add(new Shape.Rect(0, top, width(), ROW_HEIGHT, Style.ROW_BAND, 1, false, null));
		}
		double indent = PAD + row.depth() * INDENT;
		shapes.add(new Shape.Text(indent, top + ROW_HEIGHT / 2 + 4, fit(row.label(), LABEL_WIDTH - indent - PAD, TEXT_SIZE), TEXT_SIZE, false,
				row.flagged() ? Style.FLAGGED_LABEL : Style.ROW_LABEL, row.label()));
		List<Thin> thin = new ArrayList<>();
		Map<Integer, Integer> pointsInYear = new HashMap<>();
		for (Mark mark : row.marks()) {
			switch (mark) {
			case Mark.Budget budget -> budget(top, budget, shapes);
			case Mark.Bar bar when bar.firstYear() == null -> {
				// listed apart (UndatedList)
			}
			case Mark.Bar bar -> bar(top, bar, shapes, thin);
			case Mark.EvaluationPoint point -> point(top, point.year(), 0.25, pointsInYear,
					new Shape.Diamond(0, 0, MARK_RADIUS, point.planned() ? Style.EVALUATION_PLANNED : Style.EVALUATION, tip(point.label(), point.year())), shapes);
			case Mark.Milestone milestone -> point(top, milestone.year(),
					milestone.month() == null ? 0.5 : (Timelines.fiscalMonthIndex(milestone.month()) + 0.5) / 12, pointsInYear,
					new Shape.Diamond(0, 0, MARK_RADIUS, Style.MILESTONE, tip(milestone)), shapes);
			case Mark.Target target -> target(top, target, pointsInYear, shapes);
			case Mark.PlannedPeriod planned -> planned(top, planned, shapes);
			case Mark.Revision revision -> point(top, revision.year(), 0.1, pointsInYear,
					new Shape.Diamond(0, 0, MARK_RADIUS - 2, Style.REVISION, tip(revision.label(), revision.year())), shapes);
			}
		}
		merge(thin, shapes);
	}

	private String tip(Mark.Milestone milestone) {
		return milestone.month() == null ? tip(milestone.label(), milestone.year())
				: milestone.label() + " (" + label(milestone.year()) + " " + Timelines.monthLabel(milestone.month()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private String tip(String label, int year) {
		return label + " (" + label(year) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The year's label, looked up once per layout: era labels cost a calendar conversion each. */
	private String label(int year) {
		return axis.shows(year) ? yearLabels[year - axis.firstYear()] : axis.label(year);
	}

	private void budget(double top, Mark.Budget budget, List<Shape> shapes) {
		if (axis.shows(budget.year())) {
			shapes.add(new Shape.Rect(x(budget.year()), top + ROW_HEIGHT - BUDGET_HEIGHT - 1, axis.zoom().yearWidth(), BUDGET_HEIGHT, Style.BUDGET,
					0.15 + 0.85 * budget.share(), false, Timelines.budgetLabel(budget)));
		}
	}

	private void bar(double top, Mark.Bar bar, List<Shape> shapes, List<Thin> thin) {
		int first = bar.firstYear();
		int last = bar.lastYear();
		boolean backwards = bar.flags().contains(Flag.END_BEFORE_START);
		int from = Math.max(Math.min(first, last), axis.firstYear());
		int to = Math.min(Math.max(first, last), axis.lastYear());
		if (from > to) {
			return;
		}
		Style style = backwards ? Style.FLAGGED : switch (bar.kind()) {
		case PERIOD -> Style.PERIOD;
		case ROADMAP_ITEM -> bar.flags().contains(Flag.YEARS_UNCERTAIN) ? Style.UNCERTAIN : Style.ROADMAP_ITEM;
		case TASK_START -> Style.TASK_START;
		};
		boolean open = bar.start() == null || bar.end() == null || backwards;
		double x = x(from);
		double end = x(to + 1);
		if (bar.from() != null && !backwards) {
			x = Math.max(x, x(bar.from()));
			end = Math.min(end, x(bar.to().plusDays(1)));
		}
		double y = top + (ROW_HEIGHT - BAR_HEIGHT) / 2 - 2;
		if (end - x < PIXEL) {
			thin.add(new Thin(x, end, y, style, bar));
			return;
		}
		String tip = bar.label() + " (" + range(bar) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		shapes.add(new Shape.Rect(x, y, end - x, BAR_HEIGHT, style, 1, open, tip));
		String text = fit(bar.label(), end - x - 2 * PAD, SMALL_TEXT);
		if (!text.isEmpty() && bar.kind() != Mark.BarKind.PERIOD) {
			shapes.add(new Shape.Text(x + PAD, y + BAR_HEIGHT - 3, text, SMALL_TEXT, false,
					style == Style.ROADMAP_ITEM ? Style.BAR_TEXT : Style.DARK_BAR_TEXT, tip));
		}
	}

	/**
	 * The period as planned, under the current one: over whole fiscal years, as periods are, and over its years in
	 * either order (HY-RM-04 reports an end before the start); a missing year makes it one year wide, dashed.
	 */
	private void planned(double top, Mark.PlannedPeriod planned, List<Shape> shapes) {
		int from = Math.max(Math.min(planned.firstYear(), planned.lastYear()), axis.firstYear());
		int to = Math.min(Math.max(planned.firstYear(), planned.lastYear()), axis.lastYear());
		if (from <= to) {
			shapes.add(new Shape.Rect(x(from), top + PLANNED_TOP, x(to + 1) - x(from), PLANNED_HEIGHT, Style.PLANNED_PERIOD, 1,
					planned.start() == null || planned.end() == null, Timelines.plannedLabel(planned, this::label)));
		}
	}

	/** A bar narrower than a pixel, waiting to be merged with its neighbours. */
	private record Thin(double x, double end, double y, Style style, Mark.Bar bar) {
	}

	/**
	 * Draws the row's thin bars, each run of them within a pixel of one another as one rectangle at least a pixel
	 * wide, in the style of the run's first bar (bars ending before they start are drawn over their years, never thin).
	 */
	private void merge(List<Thin> thin, List<Shape> shapes) {
		thin.sort(Comparator.comparingDouble(Thin::x));
		for (int i = 0; i < thin.size();) {
			Thin first = thin.get(i);
			double end = first.end();
			LocalDate last = first.bar().to();
			int j = i + 1;
			for (; j < thin.size() && thin.get(j).x() <= end + PIXEL; j++) {
				Thin next = thin.get(j);
				end = Math.max(end, next.end());
				last = next.bar().to().isAfter(last) ? next.bar().to() : last;
			}
			String tip = j == i + 1 ? first.bar().label() + " (" + range(first.bar()) + ")" //$NON-NLS-1$ //$NON-NLS-2$
					: Timelines.mergedLabel(j - i, first.bar().label(), first.bar().from(), last);
			shapes.add(new Shape.Rect(first.x(), first.y(), Math.max(PIXEL, end - first.x()), BAR_HEIGHT, first.style(), 1, false, tip));
			i = j;
		}
	}

	private String range(Mark.Bar bar) {
		if (bar.from() != null) {
			return bar.from() + "–" + bar.to(); //$NON-NLS-1$
		}
		String start = bar.start() == null ? "?" : label(bar.start()); //$NON-NLS-1$
		String end = bar.end() == null ? "?" : label(bar.end()); //$NON-NLS-1$
		return start + "–" + end; //$NON-NLS-1$
	}

	/** Points of a row in the same year are set side by side from a place in the year, so that none hides another. */
	private void point(double top, int year, double place, Map<Integer, Integer> pointsInYear, Shape.Diamond diamond, List<Shape> shapes) {
		if (!axis.shows(year)) {
			return;
		}
		double x = nextPlace(year, place, pointsInYear);
		shapes.add(new Shape.Diamond(x, top + ROW_HEIGHT / 2 - 2, diamond.radius(), diamond.style(), diamond.tip()));
	}

	private double nextPlace(int year, double place, Map<Integer, Integer> pointsInYear) {
		int taken = pointsInYear.merge(year, 1, Integer::sum) - 1;
		double yearWidth = axis.zoom().yearWidth();
		double offset = (place * yearWidth + taken * (MARK_RADIUS + 1)) % yearWidth;
		return x(year) + Math.max(MARK_RADIUS, Math.min(yearWidth - MARK_RADIUS, offset));
	}

	private void target(double top, Mark.Target target, Map<Integer, Integer> pointsInYear, List<Shape> shapes) {
		if (!axis.shows(target.year())) {
			return;
		}
		Style style = switch (target.status()) {
		case MET -> Style.TARGET_MET;
		case NOT_MET -> Style.TARGET_NOT_MET;
		case NOT_YET_DUE -> Style.TARGET_NOT_YET_DUE;
		case UNKNOWN -> Style.TARGET_UNKNOWN;
		};
		double x = nextPlace(target.year(), 0.6, pointsInYear);
		double y = top + ROW_HEIGHT / 2 - 2;
		String tip = Timelines.targetLabel(target) + " (" + label(target.year()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		shapes.add(new Shape.Circle(x, y, MARK_RADIUS - 1, style, tip));
		if (target.revisedFrom() != null) {
			shapes.add(new Shape.Circle(x, y, MARK_RADIUS + 1, Style.TARGET_REVISED, tip));
		}
	}

	/**
	 * The text shortened with … to fit a width, by an estimate: CJK characters are as wide as the text is high,
	 * others a little over half as wide. Empty when not even one character fits.
	 */
	static String fit(String text, double width, double size) {
		if (widthOf(text, size) <= width) {
			return text;
		}
		double used = size; // the ellipsis
		int end = 0;
		while (end < text.length()) {
			int c = text.codePointAt(end);
			used += widthOf(c, size);
			if (used > width) {
				break;
			}
			end += Character.charCount(c);
		}
		return end == 0 ? "" : text.substring(0, end) + "…"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static double widthOf(String text, double size) {
		return text.codePoints().mapToDouble(c -> widthOf(c, size)).sum();
	}

	private static double widthOf(int codePoint, double size) {
		return codePoint < 0x2E80 ? size * 0.6 : size;
	}
}
