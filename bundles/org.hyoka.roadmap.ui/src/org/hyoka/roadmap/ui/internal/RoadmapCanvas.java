package org.hyoka.roadmap.ui.internal;

import static org.hyoka.roadmap.layout.RoadmapLayout.HEADER_HEIGHT;
import static org.hyoka.roadmap.layout.RoadmapLayout.LABEL_WIDTH;
import static org.hyoka.roadmap.layout.RoadmapLayout.ROW_HEIGHT;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;
import org.hyoka.roadmap.ui.internal.MarkEdits.Handle;

/**
 * Draws the rows of a timeline that are in view, double-buffered: the label column stays on the left and the axis
 * header on top while the rows scroll under them, by scroll bars, the mouse wheel and the keyboard. The layout is
 * asked only for the rows in view ({@link RoadmapLayout#visible}), so painting costs the same for any number of rows.
 * The layout itself is made on a background thread whenever the rows, zoom, era or status date change: the canvas
 * paints the last one made until the new one is ready, and drops one made for settings changed since. The label
 * column shows the left part of the layout's, as wide as the user drags its right edge.
 * Clicking selects a row (or the mark under the pointer), dragging a bar's end or a milestone reports the fiscal
 * year it was dropped in, snapped to the zoom level's years, quarters or months, and at quarters and months the month.
 */
final class RoadmapCanvas extends Canvas {

	/**
	 * A mark dropped on a fiscal year and, at quarter and month zoom, a calendar month (1 to 12) in it: a start on
	 * the first month of its quarter, an end on the last, a milestone on the middle one (where it is drawn); null at
	 * year and decade zoom.
	 */
	interface MoveListener {
		void moved(Row row, Mark mark, Handle handle, int year, Integer month);
	}

	/** How close to a bar's end, in pixels, a press grabs the end. */
	private static final int GRIP = 4;
	private static final int TRIANGLE = 5;
	private static final Zoom[] ZOOMS = Zoom.values();
	/** The narrowest label column that still shows a few characters and the tree's triangles. */
	static final int MIN_LABELS = 120;

	/** A layout made for the rows shown at the time and the view's settings then. */
	private record Laid(int generation, Timeline shown, FiscalAxis axis, RoadmapLayout layout) {
	}

	private final RowTree tree = new RowTree();
	private final ShapePainter painter;
	private Era era = Era.WESTERN;
	private Zoom zoom = Zoom.YEAR;
	private Integer relativeStart;
	private LocalDate statusDate = LocalDate.now();
	/** The last layout made, which is painted; null before the first or when there is no timeline. */
	private Laid laid;
	/** Counts the layouts asked for: only the last one asked for is taken when it is ready. */
	private int generation;
	private final ExecutorService layoutThread = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Roadmap layout"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	/** The fiscal year to bring to the left edge when the layout asked for is ready (after a zoom), or null. */
	private Double leftYear;
	/** The label column's width in pixels as the user set it, or null for the default (a share of the width). */
	private Integer labelWidth;
	/** While the label column's edge is dragged. */
	private boolean resizingLabels;
	/** A row to scroll to once the layout asked for is ready: the scroll bars know the new rows only then. */
	private boolean revealPending;
	private Scene lastScene;
	private EObject selected;
	/** The selected object's row among the rows shown, or -1: found when either changes, not in every paint. */
	private int selectedRow = -1;
	private Consumer<EObject> selectionListener = object -> {
	};
	private Consumer<EObject> openListener = object -> {
	};
	private MoveListener moveListener = (row, mark, handle, year, month) -> {
	};
	private Runnable laidOutListener = () -> {
	};
	private Drag drag;
	/** The row under the last press, and the fiscal year under it on the grid; null where there is none. */
	private Row pointedRow;
	private Integer pointedYear;

	/** A press on a draggable part, and where the pointer is now. */
	private record Drag(Row row, Mark mark, Handle handle, int x) {
	}

	RoadmapCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL | SWT.H_SCROLL);
		painter = new ShapePainter(getDisplay());
		addListener(SWT.Paint, event -> paint(event.gc));
		addListener(SWT.Resize, event -> updateScrollBars());
		getVerticalBar().addListener(SWT.Selection, event -> redraw());
		getHorizontalBar().addListener(SWT.Selection, event -> redraw());
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseDoubleClick, event -> open());
		addListener(SWT.KeyDown, this::key);
		// Enter opens the selection here rather than pressing a default button
		addListener(SWT.Traverse, event -> event.doit = event.detail != SWT.TRAVERSE_RETURN);
		addListener(SWT.Dispose, event -> {
			layoutThread.shutdownNow();
			painter.dispose();
		});
	}

	void onSelection(Consumer<EObject> listener) {
		selectionListener = listener;
	}

	void onOpen(Consumer<EObject> listener) {
		openListener = listener;
	}

	void onMove(MoveListener listener) {
		moveListener = listener;
	}

	/** Told when a layout of the rows shown is painted, or there are none. */
	void onLaidOut(Runnable listener) {
		laidOutListener = listener;
	}

	/** Shows a timeline (null: none), keeping the scroll position, the collapsed rows and the selection. */
	void setTimeline(Timeline timeline) {
		tree.setTimeline(timeline);
		relayout();
	}

	void setFilter(String text) {
		tree.setFilter(text);
		relayout();
	}

	void setCollapsed(Row row, boolean collapse) {
		tree.setCollapsed(row, collapse);
		relayout();
	}

	void setHideEmpty(boolean hide) {
		tree.setHideEmpty(hide);
		relayout();
	}

	void setZoom(Zoom level) {
		// keep the fiscal year at the left edge in view, once the layout at the new zoom is there
		if (laid != null) {
			leftYear = getHorizontalBar().getSelection() / laid.axis().zoom().yearWidth();
		}
		zoom = level;
		relayout();
	}

	/** One step in (decades to years to quarters to months) or out; false at the end. */
	boolean zoomBy(int steps) {
		int index = zoom.ordinal() + steps;
		if (index < 0 || index >= ZOOMS.length) {
			return false;
		}
		setZoom(ZOOMS[index]);
		return true;
	}

	void setEra(Era labels) {
		era = labels;
		relayout();
	}

	/** Counts Year 1…N from a fiscal year; null for none. */
	void setRelativeStart(Integer year) {
		relativeStart = year;
		relayout();
	}

	void setStatusDate(LocalDate date) {
		statusDate = date;
		relayout();
	}

	Zoom zoom() {
		return zoom;
	}

	Era era() {
		return era;
	}

	Integer relativeStart() {
		return relativeStart;
	}

	LocalDate statusDate() {
		return statusDate;
	}

	RowTree tree() {
		return tree;
	}

	/** The layout painted, or null when there is no timeline (or its first layout is not ready yet). */
	RoadmapLayout roadmapLayout() {
		return laid == null ? null : laid.layout();
	}

	/** The rows of the layout painted, or null: the table beside them shows the same. */
	Timeline painted() {
		return laid == null ? null : laid.shown();
	}

	/** The axis of the layout painted. */
	FiscalAxis axis() {
		return laid == null ? null : laid.axis();
	}

	/** True when the layout painted is the one for the rows and settings now (none when there is no timeline). */
	boolean laidOut() {
		return laid == null ? tree.shown() == null : laid.generation() == generation;
	}

	/** The label column's width in pixels: the one set, else about a third of the canvas, within bounds. */
	int labelWidth() {
		int width = labelWidth != null ? labelWidth : getClientArea().width * 3 / 10;
		return Math.clamp(width, MIN_LABELS, (int) LABEL_WIDTH);
	}

	/** Sets the label column's width in pixels; null for the default. */
	void setLabelWidth(Integer width) {
		labelWidth = width;
		updateScrollBars();
		redraw();
	}

	/** The width set by the user, or null. */
	Integer labelWidthSet() {
		return labelWidth;
	}

	/** How far the time axis is moved left of where the layout has it: the label column is narrower than the layout's. */
	private int shift() {
		return (int) LABEL_WIDTH - labelWidth();
	}

	/** The position in the layout of a pixel right of the label column. */
	private double layoutX(int x) {
		return x + scrollX() + shift();
	}

	/** The pixel of a position in the layout right of its label column, as painted now. */
	int pixelX(double x) {
		return (int) Math.round(x) - scrollX() - shift();
	}

	/** What the last paint drew, for tooltips and tests. */
	Scene lastScene() {
		return lastScene;
	}

	/** The whole timeline, every row, at the view's zoom, era labels and status date. */
	Scene wholeScene() {
		Timeline whole = tree.whole();
		return new RoadmapLayout(whole, new FiscalAxis(whole.firstYear(), whole.lastYear(), era, zoom, relativeStart), statusDate)
				.figure(Locale.getDefault());
	}

	/** The rows the view shows (filtered, collapsed, empty ones hidden as asked) over all their years, to print. */
	RoadmapLayout shownLayout() {
		Timeline shown = laid.shown();
		return new RoadmapLayout(shown, new FiscalAxis(shown.firstYear(), shown.lastYear(), era, zoom, relativeStart), statusDate);
	}

	/** The rows and fiscal years in view, laid out on their own. */
	Scene visibleScene() {
		Rectangle area = getClientArea();
		Timeline shown = laid.shown();
		FiscalAxis axis = laid.axis();
		Scene scene = laid.layout().visible(scrollY() + HEADER_HEIGHT, Math.max(0, area.height - HEADER_HEIGHT));
		int first = Math.clamp(yearAt(layoutX(labelWidth())), axis.firstYear(), axis.lastYear());
		int last = Math.clamp(yearAt(layoutX(Math.max(labelWidth() + 1, area.width) - 1)), first, axis.lastYear());
		Timeline visible = new Timeline(shown.title(), shown.rows(scene.firstRow(), scene.firstRow() + scene.rowCount()), first, last, shown.statusYear());
		return new RoadmapLayout(visible, new FiscalAxis(first, last, era, zoom, relativeStart), statusDate).figure(Locale.getDefault());
	}

	EObject selection() {
		return selected;
	}

	/**
	 * Asks for a layout of the rows shown at the view's settings, made on the layout thread from values taken now,
	 * so that nothing there touches SWT or the settings; the display thread takes it if no later one was asked for.
	 */
	private void relayout() {
		Timeline shown = tree.shown();
		selectedRow = selected == null || shown == null ? -1 : rowOf(selected);
		int asked = ++generation;
		if (shown == null) {
			laid = null;
			leftYear = null;
			updateScrollBars();
			redraw();
			laidOutListener.run();
			return;
		}
		FiscalAxis axis = new FiscalAxis(shown.firstYear(), shown.lastYear(), era, zoom, relativeStart);
		LocalDate date = statusDate;
		Display display = getDisplay();
		layoutThread.execute(() -> {
			Laid made = new Laid(asked, shown, axis, new RoadmapLayout(shown, axis, date));
			if (display.isDisposed()) {
				return;
			}
			display.asyncExec(() -> {
				if (!isDisposed() && made.generation() == generation) {
					laidOut(made);
				}
			});
		});
	}

	private void laidOut(Laid made) {
		laid = made;
		updateScrollBars();
		boolean zoomed = leftYear != null;
		if (zoomed) {
			getHorizontalBar().setSelection((int) Math.round(leftYear * made.axis().zoom().yearWidth()));
			leftYear = null;
		}
		if (revealPending && selectedRow >= 0) {
			scrollToRow(selectedRow);
		}
		// a zoom keeps the left edge's year, unless that loses the selected mark the user is looking at
		if (zoomed || revealPending) {
			scrollToMark();
		}
		revealPending = false;
		redraw();
		laidOutListener.run();
	}

	private void updateScrollBars() {
		Rectangle area = getClientArea();
		ScrollBar vertical = getVerticalBar();
		ScrollBar horizontal = getHorizontalBar();
		int rowsHeight = laid == null ? 0 : (int) Math.ceil(laid.layout().height() - HEADER_HEIGHT);
		int axisWidth = laid == null ? 0 : (int) Math.ceil(laid.layout().width() - LABEL_WIDTH);
		Zoom shown = laid == null ? zoom : laid.axis().zoom();
		configure(vertical, rowsHeight, Math.max(1, area.height - (int) HEADER_HEIGHT), (int) ROW_HEIGHT);
		configure(horizontal, axisWidth, Math.max(1, area.width - labelWidth()), (int) (shown.yearWidth() / shown.divisions()));
	}

	private static void configure(ScrollBar bar, int total, int visible, int step) {
		int selection = Math.min(bar.getSelection(), Math.max(0, total - visible));
		bar.setValues(selection, 0, Math.max(total, 1), Math.min(visible, Math.max(total, 1)), Math.max(1, step), Math.max(1, visible - step));
	}

	private int scrollX() {
		return getHorizontalBar().getSelection();
	}

	/** How far the rows are scrolled up, in pixels: the table beside them follows it. */
	int scrollY() {
		return getVerticalBar().getSelection();
	}

	/** Paints what is in view; the view's paint events and the paint benchmark's off-screen image call it. */
	void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (laid == null) {
			lastScene = null;
			return;
		}
		int sx = scrollX();
		int sy = scrollY();
		int header = (int) HEADER_HEIGHT;
		int labels = labelWidth();
		// the time axis starts at the label column's edge: moved left by what the column is narrower than the layout's
		int ax = -sx - shift();
		Scene scene = laid.layout().visible(sy + HEADER_HEIGHT, Math.max(0, area.height - HEADER_HEIGHT));
		lastScene = scene;
		List<Shape> shapes = scene.shapes();
		painter.paint(gc, shapes, ax, -sy, new Rectangle(labels, header, area.width - labels, area.height - header));
		painter.paint(gc, shapes, 0, -sy, new Rectangle(0, header, labels, area.height - header));
		selectionBand(gc, scene, sy, area);
		triangles(gc, scene, sy, labels);
		painter.paint(gc, shapes, ax, 0, new Rectangle(labels, 0, area.width - labels, header));
		painter.paint(gc, shapes, 0, 0, new Rectangle(0, 0, labels, header));
		// the column's edge, which the user drags
		gc.setForeground(painter.colour(Style.GRID));
		gc.drawLine(labels - 1, 0, labels - 1, area.height);
		if (drag != null) {
			gc.setForeground(painter.colour(Style.STATUS_LINE));
			gc.setLineStyle(SWT.LINE_DASH);
			int x = pixelX(snap(layoutX(drag.x()), drag.handle()));
			gc.drawLine(x, header, x, area.height);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	private void selectionBand(GC gc, Scene scene, int sy, Rectangle area) {
		int row = selectedRow();
		if (row < scene.firstRow() || row >= scene.firstRow() + scene.rowCount()) {
			return;
		}
		gc.setClipping(new Rectangle(0, (int) HEADER_HEIGHT, area.width, area.height));
		gc.setAlpha(60);
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.fillRectangle(0, (int) RoadmapLayout.rowTop(row) - sy, area.width, (int) ROW_HEIGHT);
		gc.setAlpha(255);
		gc.setClipping((Rectangle) null);
	}

	/** A triangle at the right of the label column for rows with rows under them: ▾ expanded, ▸ collapsed. */
	private void triangles(GC gc, Scene scene, int sy, int labels) {
		List<Row> rows = laid.shown().rows();
		gc.setClipping(new Rectangle(0, (int) HEADER_HEIGHT, labels, getClientArea().height));
		gc.setBackground(painter.colour(Style.MINOR_TEXT));
		for (int i = scene.firstRow(); i < scene.firstRow() + scene.rowCount(); i++) {
			Row row = rows.get(i);
			if (tree.hasChildren(row)) {
				int x = labels - 3 * TRIANGLE;
				int y = (int) (RoadmapLayout.rowTop(i) + ROW_HEIGHT / 2) - sy;
				gc.fillPolygon(tree.isCollapsed(row) ? new int[] { x, y - TRIANGLE, x + TRIANGLE, y, x, y + TRIANGLE }
						: new int[] { x - TRIANGLE, y - TRIANGLE / 2, x + TRIANGLE, y - TRIANGLE / 2, x, y + TRIANGLE });
			}
		}
		gc.setClipping((Rectangle) null);
	}

	/** The index of the selected object's row among the rows shown, or -1. */
	int selectedRow() {
		return selectedRow;
	}

	/** The row showing the object: its own row, else the row of a mark from it, else its container's; or -1. */
	int rowOf(EObject object) {
		List<Row> rows = tree.shown().rows();
		for (EObject o = object; o != null; o = o.eContainer()) {
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).source() == o) {
					return i;
				}
			}
			for (int i = 0; i < rows.size(); i++) {
				for (Mark mark : rows.get(i).marks()) {
					if (mark.source() == o) {
						return i;
					}
				}
			}
		}
		return -1;
	}

	/** Selects the object's row and scrolls it into view, without telling the selection listener. */
	void reveal(EObject object) {
		if (tree.shown() == null) {
			return;
		}
		int row = rowOf(object);
		if (row < 0) {
			return;
		}
		selected = object;
		selectedRow = row;
		scrollToRow(row);
		revealPending = !laidOut();
		if (!revealPending) {
			scrollToMark();
		}
		redraw();
	}

	/**
	 * Scrolls sideways so that the years of the selected object's mark are in view (its start, when they are wider
	 * than the view); nothing when the selection is no mark's source or the mark is in view already.
	 */
	private void scrollToMark() {
		scrollToMark(false);
	}

	/** As {@link #scrollToMark()}, and with {@code orRow} to the row's first dated mark when the selection is a row's. */
	private void scrollToMark(boolean orRow) {
		if (laid == null || selectedRow < 0 || selectedRow >= laid.shown().rows().size()) {
			return;
		}
		Row row = laid.shown().rows().get(selectedRow);
		boolean rowSelected = orRow && row.source() == selected && row.marks().stream().noneMatch(mark -> mark.source() == selected);
		for (Mark mark : row.marks()) {
			if ((mark.source() == selected || rowSelected) && mark.firstYear() != null) {
				double from = laid.layout().x(Math.min(mark.firstYear(), mark.lastYear())) - LABEL_WIDTH;
				double to = laid.layout().x(Math.max(mark.firstYear(), mark.lastYear()) + 1) - LABEL_WIDTH;
				ScrollBar bar = getHorizontalBar();
				int visible = getClientArea().width - labelWidth();
				if (from < bar.getSelection() || to - from > visible) {
					bar.setSelection((int) Math.floor(from));
				} else if (to > bar.getSelection() + visible) {
					bar.setSelection((int) Math.ceil(to - visible));
				}
				return;
			}
		}
	}

	/**
	 * Scrolls to the selected object, its row and its mark (or its row's first dated mark), after the user scrolled
	 * away; false when nothing shown is selected.
	 */
	boolean goToSelection() {
		if (laid == null || selected == null || selectedRow < 0) {
			return false;
		}
		scrollToRow(selectedRow);
		scrollToMark(true);
		redraw();
		return true;
	}

	/**
	 * Scrolls sideways so that the day is a third of the way across the years in view; a day outside the axis' years
	 * brings its nearer end into view.
	 */
	void goToDate(LocalDate day) {
		if (laid == null) {
			return;
		}
		FiscalAxis axis = laid.axis();
		RoadmapLayout layout = laid.layout();
		int year = FiscalYears.of(day);
		double x = year < axis.firstYear() ? layout.x(axis.firstYear()) : year > axis.lastYear() ? layout.x(axis.lastYear() + 1) : layout.x(day);
		int visible = getClientArea().width - labelWidth();
		getHorizontalBar().setSelection(Math.max(0, (int) Math.round(x - LABEL_WIDTH - visible / 3.0)));
		redraw();
	}

	private void scrollToRow(int row) {
		int top = (int) (row * ROW_HEIGHT);
		int visible = getClientArea().height - (int) HEADER_HEIGHT;
		ScrollBar bar = getVerticalBar();
		if (top < bar.getSelection()) {
			bar.setSelection(top);
		} else if (top + ROW_HEIGHT > bar.getSelection() + visible) {
			bar.setSelection(top + (int) ROW_HEIGHT - visible);
		}
	}

	private void select(EObject object) {
		selected = object;
		selectedRow = object == null || tree.shown() == null ? -1 : rowOf(object);
		redraw();
		selectionListener.accept(object);
	}

	private void open() {
		if (selected != null) {
			openListener.accept(selected);
		}
	}

	private void wheel(Event event) {
		event.doit = false;
		if ((event.stateMask & SWT.MOD1) != 0) {
			zoomBy(event.count > 0 ? 1 : -1);
			return;
		}
		ScrollBar bar = getVerticalBar();
		bar.setSelection(bar.getSelection() - event.count * (int) ROW_HEIGHT);
		redraw();
	}

	private void key(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0 && (event.character == '=' || event.character == '+' || event.keyCode == SWT.KEYPAD_ADD)) {
			zoomBy(1);
			return;
		}
		if ((event.stateMask & SWT.MOD1) != 0 && (event.character == '-' || event.keyCode == SWT.KEYPAD_SUBTRACT)) {
			zoomBy(-1);
			return;
		}
		if (tree.shown() == null || tree.shown().rows().isEmpty()) {
			return;
		}
		List<Row> rows = tree.shown().rows();
		int row = selectedRow();
		switch (event.keyCode) {
		case SWT.ARROW_DOWN -> selectRow(Math.min(rows.size() - 1, row + 1));
		case SWT.ARROW_UP -> selectRow(Math.max(0, row - 1));
		case SWT.HOME -> selectRow(0);
		case SWT.END -> selectRow(rows.size() - 1);
		case SWT.ARROW_LEFT, SWT.ARROW_RIGHT -> {
			if (row >= 0 && tree.hasChildren(rows.get(row))) {
				setCollapsed(rows.get(row), event.keyCode == SWT.ARROW_LEFT);
			}
		}
		case SWT.CR, SWT.KEYPAD_CR -> open();
		default -> {
			// other keys do nothing here
		}
		}
	}

	/** A press on the row elsewhere (the table beside the bars): the menu adds to it, in no year pointed at. */
	void point(Row row) {
		pointedRow = row;
		pointedYear = null;
	}

	/** The row under the last press (the menu opened on a mark adds to it); null when none. */
	Row pointedRow() {
		return pointedRow;
	}

	/** The fiscal year under the last press on the grid (where the menu opened on it adds); null when none. */
	Integer pointedYear() {
		return pointedYear;
	}

	private void selectRow(int row) {
		select(tree.shown().rows().get(row).source());
		scrollToRow(row);
	}

	private void mouseDown(Event event) {
		setFocus();
		boolean menu = event.button == 3;
		if (laid == null || event.button != 1 && !menu) {
			return;
		}
		pointedYear = null;
		pointedRow = null;
		if (menu) {
			// the hover's tip would show over the menu
			setToolTipText(null);
		}
		if (!menu && onLabelEdge(event.x)) {
			resizingLabels = true;
			return;
		}
		if (event.y < HEADER_HEIGHT) {
			return;
		}
		int index = RoadmapLayout.rowAt(event.y + scrollY());
		List<Row> rows = laid.shown().rows();
		if (index < 0 || index >= rows.size()) {
			return;
		}
		Row row = rows.get(index);
		pointedRow = row;
		int labels = labelWidth();
		if (event.x < labels) {
			if (!menu && tree.hasChildren(row) && event.x >= labels - 4 * TRIANGLE) {
				tree.toggle(row);
				relayout();
			} else {
				select(row.source());
			}
			return;
		}
		double x = layoutX(event.x);
		// the menu selects what it is opened on, as a right-click in a sheet does, and adds in the year pointed at
		pointedYear = yearAt(x);
		drag = menu ? null : grab(index, row, x, event.y + scrollY());
		Mark hit = drag != null ? drag.mark() : markAt(row, x, event.y + scrollY() - RoadmapLayout.rowTop(index));
		select(hit != null ? hit.source() : row.source());
		if (drag != null) {
			drag = new Drag(drag.row(), drag.mark(), drag.handle(), event.x);
			// the hover's tip names the period before the drag, which GTK would show again where the drag ends
			setToolTipText(null);
		}
	}

	private boolean onLabelEdge(int x) {
		return Math.abs(x - labelWidth()) <= GRIP;
	}

	private void mouseMove(Event event) {
		if (resizingLabels) {
			setLabelWidth(Math.clamp(event.x, MIN_LABELS, (int) LABEL_WIDTH));
			return;
		}
		setCursor(onLabelEdge(event.x) ? getDisplay().getSystemCursor(SWT.CURSOR_SIZEWE) : null);
		if (drag != null) {
			drag = new Drag(drag.row(), drag.mark(), drag.handle(), event.x);
			redraw();
			return;
		}
		setToolTipText(tipAt(event.x, event.y));
	}

	private void mouseUp(Event event) {
		resizingLabels = false;
		Drag done = drag;
		drag = null;
		if (done == null) {
			return;
		}
		redraw();
		double x = snap(layoutX(event.x), done.handle());
		// the year (and quarter or month) an end was dropped at is the one it closes, a start the one it opens
		double at = done.handle() == Handle.END ? x - 0.5 : x + 0.5;
		FiscalAxis axis = laid.axis();
		int year = yearAt(at);
		Integer month = null;
		if (axis.zoom().divisions() > 1 && year >= axis.firstYear() && year <= axis.lastYear()) {
			int months = 12 / axis.zoom().divisions();
			double inYear = (at - laid.layout().x(year)) / axis.zoom().yearWidth();
			int first = (int) Math.floor(inYear * axis.zoom().divisions()) * months;
			int index = first + switch (done.handle()) {
			case START -> 0;
			case END -> months - 1;
			case POINT -> months / 2;
			};
			month = (index + 3) % 12 + 1;
		}
		moveListener.moved(done.row(), done.mark(), done.handle(), Math.clamp(year, axis.firstYear() - 1, axis.lastYear() + 1), month);
	}

	/** A press within reach of a bar's end or on a milestone of the row at the index, or null. */
	private Drag grab(int index, Row row, double x, double y) {
		for (Mark mark : row.marks()) {
			if (mark instanceof Mark.Bar bar && bar.firstYear() != null && !bar.flags().contains(org.hyoka.roadmap.Flag.END_BEFORE_START)) {
				RoadmapLayout layout = laid.layout();
				double end = bar.to() != null ? layout.x(bar.to().plusDays(1)) : layout.x(bar.lastYear() + 1);
				if (Math.abs(x - end) <= GRIP && MarkEdits.feature(bar, Handle.END) != null) {
					return new Drag(row, bar, Handle.END, 0);
				}
				double start = bar.from() != null ? layout.x(bar.from()) : layout.x(bar.firstYear());
				if (Math.abs(x - start) <= GRIP && MarkEdits.feature(bar, Handle.START) != null) {
					return new Drag(row, bar, Handle.START, 0);
				}
			}
		}
		// the row's shapes as laid out now: a press can come before the layout is first painted, which under load
		// left no scene to look in (the press then selected nothing)
		for (Shape shape : laid.layout().window(index, 1).shapes()) {
			if (shape instanceof Shape.Diamond d && d.style() == Style.MILESTONE && Math.abs(x - d.x()) <= d.radius() && Math.abs(y - d.y()) <= d.radius()) {
				int year = yearAt(d.x());
				for (Mark mark : row.marks()) {
					if (mark instanceof Mark.Milestone milestone && milestone.year() == year && MarkEdits.feature(milestone, Handle.POINT) != null) {
						return new Drag(row, milestone, Handle.POINT, 0);
					}
				}
			}
		}
		return null;
	}

	/**
	 * The mark of the row at a position in the layout, {@code y} from the row's top: a planned period at its height
	 * under the current one, else a bar over it, else a point mark in its year.
	 */
	private Mark markAt(Row row, double x, double y) {
		int year = yearAt(x);
		boolean plannedBand = y >= RoadmapLayout.PLANNED_TOP - 1 && y <= RoadmapLayout.PLANNED_TOP + RoadmapLayout.PLANNED_HEIGHT + 1;
		Mark found = null;
		for (Mark mark : row.marks()) {
			if (mark instanceof Mark.Budget || mark.firstYear() == null || mark instanceof Mark.PlannedPeriod && !plannedBand) {
				continue;
			}
			int first = Math.min(mark.firstYear(), mark.lastYear());
			int last = Math.max(mark.firstYear(), mark.lastYear());
			if (year >= first && year <= last && mark instanceof Mark.PlannedPeriod) {
				return mark;
			}
			if (year >= first && year <= last && (found == null || found instanceof Mark.Bar)) {
				found = mark;
			}
		}
		return found;
	}

	/** The fiscal year at a position in the layout. */
	private int yearAt(double x) {
		FiscalAxis axis = laid.axis();
		return axis.firstYear() + (int) Math.floor((x - LABEL_WIDTH) / axis.zoom().yearWidth());
	}

	/** A position snapped to the nearest boundary of a year, quarter or month by zoom level; points to the unit's middle. */
	private double snap(double x, Handle handle) {
		Zoom shown = laid.axis().zoom();
		double unit = shown.yearWidth() / shown.divisions();
		double offset = x - LABEL_WIDTH;
		return LABEL_WIDTH + (handle == Handle.POINT ? (Math.floor(offset / unit) + 0.5) * unit : Math.round(offset / unit) * unit);
	}

	private String tipAt(int x, int y) {
		if (lastScene == null) {
			return null;
		}
		double lx = x < labelWidth() ? x : layoutX(x);
		double ly = y < HEADER_HEIGHT ? y : y + scrollY();
		List<Shape> shapes = lastScene.shapes();
		for (int i = shapes.size() - 1; i >= 0; i--) {
			Shape shape = shapes.get(i);
			if (shape.style() != Style.BACKGROUND && shape.style() != Style.ROW_BAND && tip(shape) != null && contains(shape, lx, ly)) {
				return tip(shape);
			}
		}
		return null;
	}

	private static String tip(Shape shape) {
		return switch (shape) {
		case Shape.Rect r -> r.tip();
		case Shape.Diamond d -> d.tip();
		case Shape.Circle c -> c.tip();
		case Shape.Line l -> null;
		case Shape.Text t -> t.tip();
		};
	}

	private static boolean contains(Shape shape, double x, double y) {
		return switch (shape) {
		case Shape.Rect r -> x >= r.x() && x <= r.x() + r.width() && y >= r.y() && y <= r.y() + r.height();
		case Shape.Diamond d -> Math.abs(x - d.x()) + Math.abs(y - d.y()) <= d.radius();
		case Shape.Circle c -> Math.hypot(x - c.x(), y - c.y()) <= c.radius();
		case Shape.Line l -> false;
		case Shape.Text t -> y <= t.y() && y >= t.y() - t.size() && x >= (t.centred() ? t.x() - t.text().length() * t.size() / 2 : t.x())
				&& x <= t.x() + t.text().length() * t.size();
		};
	}
}
