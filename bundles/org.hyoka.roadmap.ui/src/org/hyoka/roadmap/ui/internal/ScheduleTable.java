package org.hyoka.roadmap.ui.internal;

import static org.hyoka.roadmap.layout.RoadmapLayout.HEADER_HEIGHT;
import static org.hyoka.roadmap.layout.RoadmapLayout.ROW_HEIGHT;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.layout.RoadmapLayout;

/**
 * The table beside the bars: a row for each row the canvas paints, at the same height and scrolled with it (it has
 * no scroll bar of its own, so the two cannot drift apart), repainted whenever the canvas is. A double click on a
 * name, start, finish or duration cell ({@link TableEdits#editable}) opens a text field on it; Enter hands the text
 * to the view, which edits the model as a drag does or refuses it with a message shown under the rows, Escape closes
 * it unchanged.
 */
final class ScheduleTable extends Canvas {

	/** The table's columns, left to right, with their widths in pixels. */
	enum Column {
		NAME(150), START(95), FINISH(95), DURATION(65), STATUS(95);

		final int width;

		Column(int width) {
			this.width = width;
		}
	}

	/** Edits the model for a value typed in a cell of a row: null when done, else why it was refused. */
	interface EditListener {
		String edited(TableRow row, Column column, String text);
	}

	private static final int PAD = 4;
	private static final int INDENT = 8;
	private final RoadmapCanvas rows;
	private Consumer<EObject> selectionListener = object -> {
	};
	private EditListener editListener = (row, handle, text) -> null;
	private Text field;
	/** The row and column of the cell the open field edits. */
	private TableRow editedRow;
	private Column editedColumn;
	/** Why the last value typed was refused, shown under the rows until the next edit; null when none was. */
	private String refusal;

	ScheduleTable(Composite parent, RoadmapCanvas rows) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.rows = rows;
		addListener(SWT.Paint, event -> paint(event.gc));
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseDoubleClick, this::doubleClick);
		// the canvas' scroll bar scrolls both
		addListener(SWT.MouseVerticalWheel, event -> rows.notifyListeners(SWT.MouseVerticalWheel, event));
		rows.addListener(SWT.Paint, event -> {
			if (!isDisposed()) {
				redraw();
			}
		});
	}

	void onSelection(Consumer<EObject> listener) {
		selectionListener = listener;
	}

	void onEdit(EditListener listener) {
		editListener = listener;
	}

	/** The rows the canvas painted last, or none. */
	private List<Row> shown() {
		Timeline painted = rows.painted();
		return painted == null ? List.of() : painted.rows();
	}

	private Integer statusYear() {
		Timeline painted = rows.painted();
		return painted == null ? null : painted.statusYear();
	}

	/** The texts of a row's cells, left to right, as the table shows them. */
	List<String> cells(Row row) {
		TableRow table = TableRow.of(row, statusYear());
		return List.of(row.label(), table.start(rows.era()), table.finish(rows.era()), table.duration(), table.status());
	}

	/** The cell's place in the table as painted now. */
	Rectangle cellBounds(int row, Column column) {
		int x = 0;
		for (Column before : Column.values()) {
			if (before == column) {
				break;
			}
			x += before.width;
		}
		return new Rectangle(x, (int) RoadmapLayout.rowTop(row) - rows.scrollY(), column.width, (int) ROW_HEIGHT);
	}

	/** Why the last value typed was refused, or null. */
	String refusal() {
		return refusal;
	}

	/** The field of the cell being edited, or null. */
	Text field() {
		return field;
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		List<Row> shown = shown();
		int first = Math.max(0, RoadmapLayout.rowAt(rows.scrollY() + HEADER_HEIGHT));
		for (int i = first; i < shown.size() && cellBounds(i, Column.NAME).y < area.height; i++) {
			paintRow(gc, i, shown.get(i));
		}
		paintHeader(gc, area);
		if (refusal != null) {
			paintRefusal(gc, area);
		}
	}

	/** The reason a value was refused, at the foot of the table, in as many lines as its width needs. */
	private void paintRefusal(GC gc, Rectangle area) {
		TextLayout words = new TextLayout(getDisplay());
		try {
			words.setFont(getFont());
			words.setText(refusal);
			words.setWidth(Math.max(1, area.width - 2 * PAD));
			int top = area.height - words.getBounds().height - 2 * PAD;
			// not the tooltip colours: some themes' are dark, and red on them is hard to read
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
			gc.fillRectangle(0, top, area.width, area.height - top);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			gc.drawLine(0, top, area.width, top);
			words.draw(gc, PAD, top + PAD);
		} finally {
			words.dispose();
		}
	}

	private void paintRow(GC gc, int index, Row row) {
		Rectangle band = cellBounds(index, Column.NAME);
		if (index == rows.selectedRow()) {
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.fillRectangle(0, band.y, getClientArea().width, band.height);
		}
		gc.setForeground(getDisplay().getSystemColor(index == rows.selectedRow() ? SWT.COLOR_LIST_SELECTION_TEXT : SWT.COLOR_LIST_FOREGROUND));
		List<String> texts = cells(row);
		for (Column column : Column.values()) {
			Rectangle cell = cellBounds(index, column);
			int indent = column == Column.NAME ? row.depth() * INDENT : 0;
			gc.setClipping(cell.x, cell.y, cell.width - PAD, cell.height);
			gc.drawText(texts.get(column.ordinal()), cell.x + PAD + indent, cell.y + (cell.height - gc.getFontMetrics().getHeight()) / 2, true);
		}
		gc.setClipping((Rectangle) null);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.drawLine(0, band.y + band.height - 1, getClientArea().width, band.y + band.height - 1);
	}

	private void paintHeader(GC gc, Rectangle area) {
		int header = (int) HEADER_HEIGHT;
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(0, 0, area.width, header);
		String[] titles = { Messages.tableName, Messages.tableStart, Messages.tableFinish, Messages.tableDuration, Messages.tableStatus };
		int x = 0;
		for (Column column : Column.values()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawText(titles[column.ordinal()], x + PAD, header - gc.getFontMetrics().getHeight() - PAD, true);
			x += column.width;
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.drawLine(x - 1, 0, x - 1, area.height);
		}
		gc.drawLine(0, header - 1, area.width, header - 1);
	}

	/** The row at a point of the table, or -1. */
	private int rowAt(int y) {
		int row = y < HEADER_HEIGHT ? -1 : RoadmapLayout.rowAt(y + rows.scrollY());
		return row < shown().size() ? row : -1;
	}

	/** The column at a point of the table, or null right of the last. */
	private static Column columnAt(int x) {
		int right = 0;
		for (Column column : Column.values()) {
			right += column.width;
			if (x < right) {
				return column;
			}
		}
		return null;
	}

	private void mouseDown(Event event) {
		int row = rowAt(event.y);
		if (row >= 0 && (event.button == 1 || event.button == 3)) {
			// the menu, the bars', opens on the row pressed, in no year of the grid
			rows.point(shown().get(row));
			selectionListener.accept(shown().get(row).source());
		}
	}

	private void doubleClick(Event event) {
		Column column = columnAt(event.x);
		int row = rowAt(event.y);
		if (row >= 0 && column != null) {
			edit(row, column);
		}
	}

	/** Opens a field on a cell of a row, if typing there can change the model. */
	boolean edit(int index, Column column) {
		TableRow table = TableRow.of(shown().get(index), statusYear());
		if (!TableEdits.editable(table, column)) {
			return false;
		}
		closeField();
		refusal = null;
		editedRow = table;
		editedColumn = column;
		field = new Text(this, SWT.SINGLE | SWT.BORDER);
		field.setBounds(cellBounds(index, column));
		field.setText(TableEdits.fieldText(table, column, rows.era()));
		field.selectAll();
		field.addListener(SWT.Traverse, this::returnOrEscape);
		// clicking elsewhere leaves the model as it is, as Escape does; a later field is not this one's to close
		Text opened = field;
		field.addListener(SWT.FocusOut, event -> getDisplay().asyncExec(() -> {
			if (field == opened) {
				closeField();
			}
		}));
		field.setFocus();
		return true;
	}

	private void returnOrEscape(Event event) {
		if (event.detail == SWT.TRAVERSE_RETURN) {
			event.doit = false;
			commit();
		} else if (event.detail == SWT.TRAVERSE_ESCAPE) {
			event.doit = false;
			closeField();
		}
	}

	/** Hands the text typed to the view: the field closes when it edited the model, else stays open with the reason. */
	void commit() {
		if (field == null || field.isDisposed()) {
			return;
		}
		refusal = editListener.edited(editedRow, editedColumn, field.getText());
		field.setToolTipText(refusal);
		if (refusal == null) {
			closeField();
		}
		redraw();
	}

	private void closeField() {
		if (field != null && !field.isDisposed()) {
			field.dispose();
		}
		field = null;
	}
}
