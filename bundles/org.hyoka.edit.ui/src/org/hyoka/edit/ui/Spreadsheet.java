package org.hyoka.edit.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A table viewer's cells driven as a spreadsheet's, for users who come from Excel. One cell has the keyboard (framed);
 * the arrows move it, with Shift they select a block from where it was, as a click with Shift does. Tab and Shift+Tab go
 * from editable cell to editable cell, on to the next row at a row's end, and leave the table only after its last
 * editable cell or before its first: never for the buttons beside it. Typing starts editing with what is typed, F2 and a
 * double-click edit the value as it is, Alt+Down opens a list cell's choices, Enter commits and goes down a row (after
 * a run of Tabs, to the column the run started from, as in Excel), Tab commits and goes on, Escape cancels.
 * <p>
 * Ctrl+C copies the selected cells as tab-separated text; Ctrl+V pastes such a block, from Excel or LibreOffice, from
 * the selected cell on (also into an open cell editor), as one command, adding the rows it needs where the table can
 * grow: each text is read as if typed into its cell, and a text a cell refuses refuses the whole paste with a message
 * naming the cell. The sheet's header row copied with its cells sends each column of the block to the one it names.
 */
public final class Spreadsheet {

	/** The cells of an editable column: how a text typed or pasted into one becomes a command. */
	public interface Cells {

		/** Whether the row's cell can be edited; every row's by default. */
		default boolean canEdit(Object row) {
			return true;
		}

		/**
		 * The command giving the row's cell the value the text stands for, read as the cell's editor reads it; null when
		 * the cell has that value already.
		 *
		 * @throws IllegalArgumentException
		 *             whose message says why the cell cannot take the text
		 */
		Command change(Object row, String text);

		/**
		 * Why the row's cell cannot take the text, as {@link #change} refuses it; null when it can.
		 *
		 * @since 1.1
		 */
		default String refusal(Object row, String text) {
			try {
				change(row, text);
				return null;
			} catch (IllegalArgumentException refused) {
				return refused.getMessage() != null ? refused.getMessage() : text;
			}
		}
	}

	/** A cell: its row's index and its column's. */
	public record Position(int row, int column) {
	}

	/**
	 * A column a pasted header names that the table does not have yet (a year a budget lacks): its title, the command
	 * adding it, and its cells once it is added.
	 */
	public record NewColumn(String title, Supplier<Command> add, Cells cells) {
	}

	/** Where a block's columns go: the table's columns, and past its last those the paste adds, in order. */
	private record Layout(IntUnaryOperator columnOf, List<NewColumn> added) {
	}

	/** A pasted header row: the column each of its texts names, and the columns it adds. */
	private record Header(List<Integer> columns, List<NewColumn> added) {
	}

	/** A text a cell refused as its editor closed, and the cell, which opens again with it for mending. */
	private record Refusal(Position cell, String text) {
	}

	private static final String KEY = Spreadsheet.class.getName();
	private static final int FRAME = 2;

	private final TableViewer viewer;
	private final Table table;
	private final CommandStack commands;
	private final Map<Integer, Cells> editable = new HashMap<>();
	private Consumer<String> problems = message -> {
	};
	/** How a refusal of a typed text names the row; null names it by its number. */
	private Function<Object, String> rowNames;
	/** Whether a pasted header's text names a column besides its title. */
	private BiPredicate<Integer, String> names = (column, text) -> false;
	/** The cells a paste fills in a column not edited in the table (a long text typed below it); null for none. */
	private IntFunction<Cells> pastedInto = column -> null;
	/** Where a pasted block goes, from the selected cell (null when none) and the block. */
	private BiFunction<Position, List<List<String>>, Position> pasteStart = (selected, block) -> selected;
	/** The column a pasted header's text asks for that the table lacks; null for none. */
	private Function<String, NewColumn> newColumns = text -> null;
	/** The commands adding a row for a paste, one for each kind of row; none for a table whose rows a paste does not add. */
	private final List<Supplier<Command>> newRows = new ArrayList<>();
	private int row = -1;
	private int column;
	/** Where the selected block starts; the cell with the keyboard ends it. */
	private Position anchor = new Position(-1, 0);
	/** Set while a move extends the block rather than starting a new one. */
	private boolean extending;
	/** Set by typing and F2: the cell editor opens with the caret at the end, after what was typed if anything. */
	private boolean atEnd;
	private String typed;
	/** Set by Enter in a cell editor, which then goes down a row. */
	private boolean enter;
	/** The open cell editor's text field; null while none is open, or for a list. */
	private Text editorText;
	/** The text the cell just closed refused, until the cell opens again with it; null for none. */
	private Refusal refused;
	/**
	 * Set when the keyboard leaves the open cell's field (a click elsewhere): a text it refuses is let go then. Noted
	 * by a filter of the display's, which hears it before the cell editor's own listener closes the cell.
	 */
	private boolean leaving;
	private final Listener leave = event -> leaving |= event.widget == editorText;
	/** The text a cell opens again with, in place of its value. */
	private String mending;
	/** The column a run of Tabs along a row started from, where Enter goes down to as in Excel; -1 when none. */
	private int tabStart = -1;
	/** What was typed into a list of choices since it opened (a list cannot show typing): it chooses the item. */
	private String lookingFor = ""; //$NON-NLS-1$
	/** The character whose key opened the list, until its release reaches the list. */
	private char opener;
	/** Set by Alt+Down: a list of choices opens with its items shown. */
	private boolean dropDown;

	private Spreadsheet(TableViewer viewer, CommandStack commands) {
		this.viewer = viewer;
		this.table = viewer.getTable();
		this.commands = commands;
		table.setData(KEY, this);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				// a click selects a cell, as in a spreadsheet; typing and F2 edit through editElement
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION;
			}
		}, ColumnViewerEditor.DEFAULT);
		viewer.getColumnViewerEditor().addEditorActivationListener(new Editing());
		table.addListener(SWT.KeyDown, this::key);
		table.addListener(SWT.Traverse, this::traverse);
		table.addListener(SWT.MouseDown, this::click);
		table.addListener(SWT.EraseItem, this::paint);
		table.addListener(SWT.PaintItem, this::frame);
		// the selection's colours differ with the focus
		table.addListener(SWT.FocusIn, event -> table.redraw());
		table.addListener(SWT.FocusOut, event -> table.redraw());
		viewer.addSelectionChangedListener(event -> selected());
	}

	/** Makes the viewer's table a spreadsheet whose edits run on the domain's command stack. */
	public static Spreadsheet of(TableViewer viewer, EditingDomain domain) {
		return of(viewer, domain.getCommandStack());
	}

	/**
	 * Makes the viewer's table a spreadsheet whose edits run on the command stack, e.g. a dialog's own for rows that are
	 * not in a model yet.
	 *
	 * @since 1.1
	 */
	public static Spreadsheet of(TableViewer viewer, CommandStack commands) {
		return new Spreadsheet(viewer, commands);
	}

	/** The spreadsheet of a table, e.g. the control with the keyboard; null for any other control. */
	public static Spreadsheet on(Control control) {
		return control instanceof Table && control.getData(KEY) instanceof Spreadsheet sheet ? sheet : null;
	}

	/**
	 * Lets a paste reaching past the last row add the rows it needs, each by the command the supplier gives (null
	 * when no row can be added now); the new row must be the first of the command's affected objects. Called again
	 * for another kind of row (an outcome indicator besides an output one): a pasted row goes in as the first kind
	 * that shows its texts in the columns not edited here (its 区分), else as the first kind.
	 */
	public Spreadsheet growing(Supplier<Command> newRow) {
		newRows.add(newRow);
		return this;
	}

	/**
	 * How a refusal of a text typed into a {@link #textColumn} names the row (a record's id, where rows look alike),
	 * rather than by its number.
	 *
	 * @since 1.1
	 */
	public Spreadsheet rowNames(Function<Object, String> names) {
		rowNames = names;
		return this;
	}

	/** The row's name given by {@link #rowNames}, or null where rows are named by their number. */
	String rowName(Object row) {
		return rowNames == null ? null : rowNames.apply(row);
	}

	/** Where a paste that is refused says why; null says the last problem is gone. */
	public Spreadsheet problems(Consumer<String> sink) {
		problems = sink;
		return this;
	}

	/**
	 * Lets a paste fill the cells of columns not edited in the table, e.g. a long text typed in a field below it: the
	 * function gives a column's cells, or null where a paste must not go.
	 */
	public Spreadsheet pastedInto(IntFunction<Cells> cells) {
		this.pastedInto = cells;
		return this;
	}

	/**
	 * Lets the table choose the cell a pasted block starts from: the function gets the selected cell (null when none is,
	 * or in a table with no rows the first editable cell when rows can be added) and the block, and gives the cell; a
	 * row just past the last is one a paste adds. By default the selected cell.
	 *
	 * @since 1.1
	 */
	public Spreadsheet pasteStart(BiFunction<Position, List<List<String>>, Position> start) {
		this.pasteStart = start;
		return this;
	}

	/** Makes the column's cells editable by Tab, typing and paste; its viewer column edits them with the same rules. */
	public Spreadsheet column(int index, Cells cells) {
		editable.put(index, cells);
		return this;
	}

	/**
	 * Makes a viewer column's cells text the user edits as in a sheet (typing, a double-click, F2, Tab and paste): the
	 * cell editor starts from the shown text, and what it commits runs as the cells' command on the sheet's command
	 * stack; a text the cells refuse is told to {@link #problems(Consumer)}, naming the row ({@link #rowNames}) and column.
	 *
	 * @since 1.1
	 */
	public Spreadsheet textColumn(TableViewerColumn column, Function<Object, String> shown, Cells cells) {
		TextCellEditor editor = new TextCellEditor(table);
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected boolean canEdit(Object row) {
				return cells.canEdit(row);
			}

			@Override
			protected CellEditor getCellEditor(Object row) {
				return editor;
			}

			@Override
			protected Object getValue(Object row) {
				return shown.apply(row);
			}

			@Override
			protected void setValue(Object row, Object value) {
				try {
					Command change = cells.change(row, (String) value);
					problems.accept(null);
					if (change != null) {
						commands.execute(change);
					}
				} catch (IllegalArgumentException refused) {
					String title = column.getColumn().getText();
					String name = rowName(row);
					problems.accept(name != null ? NLS.bind(Messages.rowFieldProblem, new Object[] { title, name, refused.getMessage() })
							: NLS.bind(Messages.typedRefused, new Object[] { rowIndex(row) + 1, title, refused.getMessage() }));
				}
			}
		});
		return column(table.indexOf(column.getColumn()), cells);
	}

	private int rowIndex(Object row) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getData() == row) {
				return i;
			}
		}
		return -1;
	}

	/** A column was inserted at the index: the editable columns and the selected cells from there on move right. */
	void inserted(int index) {
		shift(index, 1);
	}

	/** The column at the index was removed: the editable columns and the selected cells after it move left. */
	void removed(int index) {
		editable.remove(index);
		shift(index + 1, -1);
	}

	private void shift(int from, int by) {
		Map<Integer, Cells> moved = new HashMap<>();
		editable.forEach((index, cells) -> moved.put(index >= from ? index + by : index, cells));
		editable.clear();
		editable.putAll(moved);
		// the cell with the keyboard stays on the table, on its column or the one that took its place
		int last = Math.max(0, table.getColumnCount() - 1);
		column = Math.min(column >= from ? column + by : column, last);
		anchor = new Position(anchor.row(), Math.min(anchor.column() >= from ? anchor.column() + by : anchor.column(), last));
	}

	/**
	 * Runs a reading of the rows again: the keyboard's cell and the block's anchor stay on their rows wherever these now
	 * show (a year typed moves to its place in year order), as the viewer's selection does; on their places where the
	 * rows have gone.
	 */
	void refreshing(Runnable refresh) {
		Object keyed = data(row);
		Object anchored = data(anchor.row());
		refresh.run();
		row = placeOf(keyed, row);
		anchor = new Position(placeOf(anchored, anchor.row()), anchor.column());
	}

	private Object data(int index) {
		return index >= 0 && index < table.getItemCount() ? table.getItem(index).getData() : null;
	}

	private int placeOf(Object data, int before) {
		int now = data == null ? -1 : rowIndex(data);
		return now < 0 ? before : now;
	}

	/** The cell with the keyboard; null when no row is selected. */
	public Position focus() {
		return row < 0 ? null : new Position(row, column);
	}

	/** Gives the cell the keyboard, selecting it alone. */
	public void focus(int row, int column) {
		moveTo(row, column, false);
	}

	/** The selected cells, from the top left to the bottom right one; null when no row is selected. */
	public Position[] selection() {
		if (row < 0 || row >= table.getItemCount()) {
			return null;
		}
		// rows removed since may have taken the block's start away
		int from = anchor.row() < 0 || anchor.row() >= table.getItemCount() ? row : anchor.row();
		int top = Math.min(from, row);
		int bottom = Math.max(from, row);
		return new Position[] { new Position(top, Math.min(anchor.column(), column)), new Position(bottom, Math.max(anchor.column(), column)) };
	}

	/** Selects every cell, the keyboard at the first: the table shows its start, not its last column. */
	public void selectAll() {
		if (table.getItemCount() > 0) {
			selectBlock(new Position(0, 0), new Position(table.getItemCount() - 1, table.getColumnCount() - 1));
		}
	}

	/**
	 * Selects the block with the keyboard at its first cell, as Excel leaves a paste: the table scrolls only as far as
	 * that cell needs, not past the block's first columns to show its last.
	 */
	private void selectBlock(Position first, Position last) {
		moveTo(first.row(), first.column(), false);
		anchor = last;
		table.redraw();
	}

	/**
	 * Chooses among values by their labels, as a pasted text names its choice: the value labelled so (width, case and
	 * blanks aside), else the one value whose label the text holds or holds the text (「7．総合評価」 and 「総合」 name
	 * 総合評価 when no other label does), or, for none, an empty text.
	 *
	 * @throws IllegalArgumentException
	 *             naming the labels when the text is none of them or names several
	 */
	public static Object choice(List<?> choices, Function<Object, String> label, String text) {
		String wanted = folded(text);
		List<?> named = choices.stream().filter(choice -> choice == null ? wanted.isEmpty() : wanted.equals(folded(label.apply(choice)))).toList();
		if (named.isEmpty() && !wanted.isEmpty()) {
			named = choices.stream().filter(Objects::nonNull).filter(choice -> {
				String labelled = folded(label.apply(choice));
				return !labelled.isEmpty() && (wanted.contains(labelled) || labelled.contains(wanted));
			}).toList();
		}
		if (named.size() == 1) {
			return named.getFirst();
		}
		// 「研究開発内容及び事業アウトプットの妥当性」 holds 内容 and アウトプット too: the label holding the others names it
		Object longest = named.stream().filter(Objects::nonNull).max(Comparator.comparingInt(choice -> folded(label.apply(choice)).length()))
				.orElse(null);
		if (longest != null && named.stream().allMatch(choice -> choice != null && folded(label.apply(longest)).contains(folded(label.apply(choice))))) {
			return longest;
		}
		List<String> labels = choices.stream().filter(Objects::nonNull).map(label).toList();
		throw new IllegalArgumentException(NLS.bind(Messages.notAChoice, text.strip(), String.join(", ", labels))); //$NON-NLS-1$
	}

	/** Puts the selected cells' texts on the clipboard, tab-separated. */
	public void copy() {
		Position[] block = selection();
		if (block == null) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (int at = block[0].row(); at <= block[1].row(); at++) {
			TableItem item = table.getItem(at);
			List<String> cells = new ArrayList<>();
			for (int index = block[0].column(); index <= block[1].column(); index++) {
				cells.add(item.getText(index));
			}
			rows.add(cells);
		}
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			clipboard.setContents(new Object[] { TabSeparated.write(rows) }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** Pastes the clipboard's tab-separated text from the selected cell on. */
	public void paste() {
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			if (clipboard.getContents(TextTransfer.getInstance()) instanceof String text) {
				paste(TabSeparated.parse(text));
			}
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * Pastes the block from the selected cell on, as one command, or nothing when a cell refuses its text. Into a
	 * table with no rows yet, that rows can be added to, it goes from the first editable cell, as a spreadsheet
	 * pastes into A1. A first row naming the table's columns is the sheet's header copied with its cells: the cells
	 * below go into the columns it names ({@link #header}).
	 */
	public void paste(List<List<String>> block) {
		// a cell being edited (a list of choices, which takes no pasted text) closes: the block goes into the cells
		if (viewer.isCellEditorActive()) {
			viewer.cancelEditing();
			table.setFocus();
		}
		Position[] selected = selection();
		Position from = pasteStart.apply(selected != null ? selected[0]
				: table.getItemCount() == 0 && !newRows.isEmpty() && !editable.isEmpty() ? new Position(0, Collections.min(editable.keySet())) : null,
				block);
		Header header = from == null || block.size() < 2 ? null : header(block.get(0), from.column());
		List<List<String>> cells = header == null ? block : block.subList(1, block.size());
		int width = cells.stream().mapToInt(List::size).max().orElse(0);
		if (from == null || width == 0) {
			problems.accept(Messages.pasteNowhere);
			return;
		}
		List<Integer> named = header == null ? List.of() : header.columns();
		Layout layout = new Layout(across -> header == null ? from.column() + across
				: across < named.size() ? named.get(across) : named.getLast() + across - named.size() + 1,
				header == null ? List.of() : header.added());
		IntSummaryStatistics columns = IntStream.range(0, width).map(layout.columnOf()).summaryStatistics();
		int missing = from.row() + cells.size() - table.getItemCount();
		if (missing > 0 && newRows.isEmpty() || columns.getMax() >= table.getColumnCount() + layout.added().size()) {
			problems.accept(NLS.bind(Messages.pasteTooLarge, new Object[] { cells.size(), width, from.row() + 1,
					table.getColumn(from.column()).getText(), table.getColumnCount() - from.column() }));
			return;
		}
		String label = NLS.bind(Messages.pasteCommand, cells.size() * width);
		Command paste;
		try {
			paste = missing > 0 || !layout.added().isEmpty() ? prepared(label, from, cells, layout, missing)
					: commands(label, from, cells, layout, List.of());
		} catch (IllegalArgumentException refused) {
			problems.accept(refused.getMessage());
			return;
		}
		problems.accept(null);
		if (paste.canExecute()) {
			commands.execute(paste);
		}
		// rows the paste added are in the table once the page has caught up, in an asyncExec of its own
		table.getDisplay().asyncExec(() -> {
			if (!table.isDisposed()) {
				selectBlock(new Position(from.row(), columns.getMin()),
						new Position(from.row() + cells.size() - 1, Math.min(columns.getMax(), table.getColumnCount() - 1)));
			}
		});
	}

	/**
	 * Copies the selected cells and empties them ({@link #clear}), as LibreOffice's Cut does; the copy stays on the
	 * clipboard when a cell cannot be emptied.
	 *
	 * @since 1.1
	 */
	public void cut() {
		copy();
		clear(Messages.cutCommand);
	}

	/**
	 * Empties the selected cells, as Excel's Delete does, as one command: those edited in the table or in a field below
	 * it; the others (a 区分, a sum) stay as they are. Nothing is emptied when a cell cannot be (a budget's year): the
	 * message names it. A row is removed by its list's Remove, never by this.
	 *
	 * @since 1.1
	 */
	public void clear() {
		clear(Messages.clearCommand);
	}

	/** Empties the selected cells by a command named by the pattern, which binds the number of cells. */
	private void clear(String label) {
		Position[] block = selection();
		if (block == null || viewer.isCellEditorActive()) {
			return;
		}
		CompoundCommand clear = new CompoundCommand();
		for (int at = block[0].row(); at <= block[1].row(); at++) {
			TableItem item = table.getItem(at);
			for (int index = block[0].column(); index <= block[1].column(); index++) {
				Cells cells = cellsOf(index);
				if (cells == null || !cells.canEdit(item.getData()) || item.getText(index).isEmpty()) {
					continue;
				}
				try {
					Command change = cells.change(item.getData(), ""); //$NON-NLS-1$
					if (change != null) {
						clear.append(change);
					}
				} catch (IllegalArgumentException refused) {
					problems.accept(NLS.bind(Messages.clearRefused, new Object[] { at + 1, table.getColumn(index).getText(), refused.getMessage() }));
					return;
				}
			}
		}
		problems.accept(null);
		clear.setLabel(NLS.bind(label, clear.getCommandList().size()));
		if (!clear.isEmpty() && clear.canExecute()) {
			commands.execute(clear);
		}
	}

	/**
	 * Lets the header row of a pasted block name columns in words other than their titles, e.g. a fiscal year
	 * printed as 2021年度 over a column titled 令和3年度.
	 */
	public Spreadsheet headerNames(BiPredicate<Integer, String> names) {
		this.names = names;
		return this;
	}

	/**
	 * Lets the header row of a pasted block add the columns it names that the table lacks, in the paste's one command:
	 * the function gives the column a text asks for, or null when it asks for none.
	 */
	public Spreadsheet newColumns(Function<String, NewColumn> columns) {
		this.newColumns = columns;
		return this;
	}

	/**
	 * The columns the row names when it is the table's header, copied from a sheet with the cells below it: each text
	 * names a column by its title ({@link #folded}), as {@link #headerNames} reads it, or one
	 * {@link #newColumns} adds; a blank one names the column after the one before, and the first may be any title of
	 * the rows' labels (区分, 費目). No column twice, and at least one named. Null when the row is cells.
	 */
	private Header header(List<String> row, int start) {
		List<Integer> columns = new ArrayList<>();
		List<NewColumn> added = new ArrayList<>();
		boolean anyNamed = false;
		int next = start;
		for (String text : row) {
			int named = text.isBlank() ? next : named(text.strip());
			if (named < 0 && !columns.isEmpty() && newColumns.apply(text.strip()) instanceof NewColumn column) {
				named = table.getColumnCount() + added.size();
				added.add(column);
			}
			anyNamed |= !text.isBlank() && named >= 0;
			if (named < 0 && columns.isEmpty()) {
				named = start;
			}
			if (named < 0 || columns.contains(named)) {
				return null;
			}
			columns.add(named);
			next = named + 1;
		}
		return anyNamed ? new Header(columns, added) : null;
	}

	private int named(String text) {
		String title = folded(text);
		return IntStream.range(0, table.getColumnCount())
				.filter(index -> folded(table.getColumn(index).getText()).equals(title) || names.test(index, text)).findFirst().orElse(-1);
	}

	/** The text as titles and labels are compared: width, case and blanks aside (山田太郎 is 山田 太郎). */
	private static String folded(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The paste of a block that adds the columns its header names and the rows it needs past the last, as one command.
	 * Its cells' texts are checked first with those added and taken away again, so that a refused paste leaves the
	 * model as it was.
	 */
	private Command prepared(String label, Position from, List<List<String>> block, Layout layout, int missing) {
		List<Command> tried = new ArrayList<>();
		List<Integer> kinds = new ArrayList<>();
		Map<Integer, Map<Integer, String>> shownByKind = missing == 0 ? Map.of() : shownByKind(layout, block.stream().mapToInt(List::size).max().orElse(0));
		try {
			commands(label, from, block, layout, additions(layout, missing, add -> {
				add.execute();
				tried.add(add);
			}, at -> {
				int kind = kind(from.row() + block.size() - missing + at, block.get(block.size() - missing + at), layout, shownByKind);
				kinds.add(kind);
				return kind;
			}));
		} finally {
			tried.reversed().forEach(Command::undo);
		}
		return new CompoundCommand(label) {
			@Override
			public boolean canExecute() {
				return true;
			}

			@Override
			public void execute() {
				List<Object> added = additions(layout, missing, this::appendAndExecute, kinds::get);
				commands(label, from, block, layout, added).getCommandList().forEach(this::appendAndExecute);
			}
		};
	}

	/**
	 * Adds the columns of the layout, then the rows, each by a command given to the runner, which executes it, of the
	 * kind the function gives for the row's index among those added; the rows, in order.
	 */
	private List<Object> additions(Layout layout, int rows, Consumer<Command> runner, IntUnaryOperator kinds) {
		for (NewColumn column : layout.added()) {
			Command add = column.add().get();
			if (add == null || !add.canExecute()) {
				throw new IllegalArgumentException(NLS.bind(Messages.pasteNoColumn, column.title()));
			}
			runner.accept(add);
		}
		List<Object> added = new ArrayList<>();
		for (int at = 0; at < rows; at++) {
			Command add = newRows.get(kinds.applyAsInt(at)).get();
			if (add == null || !add.canExecute()) {
				throw new IllegalArgumentException(Messages.pasteNoRows);
			}
			runner.accept(add);
			added.add(add.getAffectedObjects().iterator().next());
		}
		return added;
	}

	/**
	 * What a new row of each kind shows in the table's columns the layout pastes into and that are not edited here (its
	 * 区分), by kind: each kind's row is added and taken back to see. Empty when the layout pastes into no such column.
	 */
	private Map<Integer, Map<Integer, String>> shownByKind(Layout layout, int width) {
		List<Integer> notEdited = IntStream.range(0, width).map(layout.columnOf()).filter(this::notEdited).boxed().toList();
		Map<Integer, Map<Integer, String>> kinds = new LinkedHashMap<>();
		for (int kind = 0; kind < newRows.size() && !notEdited.isEmpty(); kind++) {
			Command add = newRows.get(kind).get();
			if (add != null && add.canExecute()) {
				add.execute();
				try {
					Object row = add.getAffectedObjects().iterator().next();
					Map<Integer, String> shown = new HashMap<>();
					notEdited.forEach(index -> shown.put(index, shown(index, row)));
					kinds.put(kind, shown);
				} finally {
					add.undo();
				}
			}
		}
		return kinds;
	}

	/**
	 * The kind of row a pasted row past the last is added as: the one whose new row shows the row's texts in the
	 * table's columns not edited here (its 区分), each text read as a list cell reads its choice (アウトカム names
	 * アウトカム指標); the first kind when the row has no such texts. Refused, naming the cell and the kinds, when the
	 * texts name none or several.
	 */
	private int kind(int at, List<String> pasted, Layout layout, Map<Integer, Map<Integer, String>> shownByKind) {
		Map<Integer, String> texts = new TreeMap<>();
		for (int across = 0; across < pasted.size(); across++) {
			int index = layout.columnOf().applyAsInt(across);
			if (notEdited(index) && !pasted.get(across).isBlank()) {
				texts.put(index, pasted.get(across));
			}
		}
		Integer chosen = null;
		for (Map.Entry<Integer, String> cell : texts.entrySet()) {
			try {
				Integer named = (Integer) choice(List.copyOf(shownByKind.keySet()), kind -> shownByKind.get(kind).get(cell.getKey()), cell.getValue());
				if (chosen != null && !chosen.equals(named)) {
					throw new IllegalArgumentException(NLS.bind(Messages.pasteReadOnly, cell.getValue()));
				}
				chosen = named;
			} catch (IllegalArgumentException refused) {
				throw new IllegalArgumentException(NLS.bind(Messages.pasteRefused, new Object[] { at + 1, table.getColumn(cell.getKey()).getText(),
						refused.getMessage() }), refused);
			}
		}
		return chosen == null ? 0 : chosen;
	}

	/** A column of the table whose cells neither the table nor a field below it edits (its 区分, a computed sum). */
	private boolean notEdited(int index) {
		return index < table.getColumnCount() && cellsOf(index) == null;
	}

	/** How the column's cells take a text: edited in the table, else in a field below it; null for neither. */
	private Cells cellsOf(int index) {
		return editable.containsKey(index) ? editable.get(index) : pastedInto.apply(index);
	}

	/** The text the table's column shows for a row, also for one not in the table yet. */
	private String shown(int column, Object row) {
		return viewer.getLabelProvider(column) instanceof ColumnLabelProvider labels ? Objects.toString(labels.getText(row), "") : ""; //$NON-NLS-1$
	}

	/**
	 * The commands pasting the block from the cell's row on, each of its columns into the column the layout gives, as
	 * one; refused with a message naming the first bad cell. Rows past the table's last are the added ones.
	 */
	private CompoundCommand commands(String label, Position from, List<List<String>> block, Layout layout, List<Object> added) {
		CompoundCommand paste = new CompoundCommand(label);
		for (int down = 0; down < block.size(); down++) {
			for (int across = 0; across < block.get(down).size(); across++) {
				Command change = change(new Position(from.row() + down, layout.columnOf().applyAsInt(across)), block.get(down).get(across), layout, added);
				if (change != null) {
					paste.append(change);
				}
			}
		}
		return paste;
	}

	/** The command a text pasted into the cell makes; null where the cell shows that text already. */
	private Command change(Position cell, String text, Layout layout, List<Object> added) {
		boolean existing = cell.row() < table.getItemCount();
		Object row = existing ? table.getItem(cell.row()).getData() : added.get(cell.row() - table.getItemCount());
		int columns = table.getColumnCount();
		// a column the paste adds shows nothing yet; in a row it adds, a column not edited here named the row's kind
		if (text.equals(existing ? table.getItem(cell.row()).getText(cell.column()) : "") || !existing && notEdited(cell.column())) { //$NON-NLS-1$
			return null;
		}
		Cells cells = cell.column() >= columns ? layout.added().get(cell.column() - columns).cells() : cellsOf(cell.column());
		String title = cell.column() < columns ? table.getColumn(cell.column()).getText() : layout.added().get(cell.column() - columns).title();
		try {
			if (cells == null || !cells.canEdit(row)) {
				throw new IllegalArgumentException(NLS.bind(Messages.pasteReadOnly, text));
			}
			return cells.change(row, text);
		} catch (IllegalArgumentException refused) {
			throw new IllegalArgumentException(NLS.bind(Messages.pasteRefused,
					new Object[] { cell.row() + 1, title, refused.getMessage() }), refused);
		}
	}

	private void key(Event event) {
		boolean shift = (event.stateMask & SWT.SHIFT) != 0;
		switch (event.keyCode) {
		case SWT.ARROW_UP -> moveTo(row - 1, column, shift);
		// Alt+Down opens a list cell's choices, as in Excel; on any other cell it edits, as F2 does
		case SWT.ARROW_DOWN -> {
			if ((event.stateMask & SWT.ALT) != 0) {
				dropDown = true;
				edit(null);
			} else {
				moveTo(row + 1, column, shift);
			}
		}
		case SWT.ARROW_LEFT -> moveTo(row, column - 1, shift);
		case SWT.ARROW_RIGHT -> moveTo(row, column + 1, shift);
		// the row's first or last cell; with Ctrl, the table's, as in Excel
		case SWT.HOME -> moveTo((event.stateMask & SWT.MOD1) != 0 ? 0 : row, 0, shift);
		case SWT.END -> moveTo((event.stateMask & SWT.MOD1) != 0 ? table.getItemCount() - 1 : row, table.getColumnCount() - 1, shift);
		case SWT.CR, SWT.KEYPAD_CR -> down();
		case SWT.F2 -> edit(null);
		case SWT.DEL -> clear();
		// BackSpace empties the cell and edits it, as in Excel
		case SWT.BS -> edit(""); //$NON-NLS-1$
		// the Traverse event has moved already
		case '\t' -> {
		}
		default -> {
			if (!shortcut(event)) {
				return;
			}
		}
		}
		event.doit = false;
	}

	/** Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+A, and a character typed into the cell; false for any other key. */
	private boolean shortcut(Event event) {
		boolean command = (event.stateMask & SWT.MOD1) != 0;
		if (command && event.keyCode == 'c') {
			copy();
		} else if (command && event.keyCode == 'x') {
			cut();
		} else if (command && event.keyCode == 'v') {
			paste();
		} else if (command && event.keyCode == 'a') {
			selectAll();
		} else if (typesACharacter(event)) {
			edit(String.valueOf(event.character));
		} else {
			return false;
		}
		return true;
	}

	private static boolean typesACharacter(Event event) {
		return event.character >= ' ' && event.character != SWT.DEL && (event.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) == 0;
	}

	/**
	 * A character typed into a list of choices, as into a list cell in a spreadsheet: the item chosen is the first
	 * that begins with all typed since the list opened, else the first that holds it (a project's number, a word of a
	 * title); the keys a list knows (arrows, Enter) keep their meaning.
	 */
	private void typeAhead(Event event) {
		boolean release = event.character == opener;
		opener = 0;
		if (event.widget instanceof CCombo choices && !choices.getEditable() && typesACharacter(event) && !release) {
			lookingFor += event.character;
			choose(choices);
			event.doit = false;
		}
	}

	private void choose(CCombo choices) {
		String wanted = lookingFor.toLowerCase(Locale.ROOT);
		List<String> items = Arrays.stream(choices.getItems()).map(item -> item.toLowerCase(Locale.ROOT)).toList();
		int found = IntStream.range(0, items.size()).filter(at -> items.get(at).startsWith(wanted)).findFirst()
				.orElseGet(() -> IntStream.range(0, items.size()).filter(at -> items.get(at).contains(wanted)).findFirst().orElse(-1));
		if (!wanted.isEmpty() && found >= 0) {
			choices.select(found);
		}
	}

	/** Tab and Shift+Tab in a cell editor commit its value and go on as from the cell, staying in the table. */
	private void tabFromEditor(Event event) {
		if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
			Event move = new Event();
			move.detail = event.detail;
			move.doit = true;
			event.doit = false;
			event.detail = SWT.TRAVERSE_NONE;
			viewer.applyEditorValue();
			table.setFocus();
			if (refused != null) { // the cell opens again: the keyboard stays in it
				return;
			}
			traverse(move);
			if (move.doit) { // the last editable cell: on out of the table, as Tab from the cell goes
				table.traverse(move.detail);
			}
		}
	}

	/**
	 * A block of cells pasted into a cell editor (a row just added opens one) is pasted into the cells from this one
	 * on, as with the editor closed, not typed into the one cell with its tabs and line breaks.
	 */
	private void blockIntoEditor(Event event) {
		if (event.text != null && event.text.length() > 1 && event.text.matches("(?s).*[\\t\\n\\r].*")) { //$NON-NLS-1$
			String block = event.text;
			event.doit = false;
			table.getDisplay().asyncExec(() -> {
				if (!table.isDisposed()) {
					viewer.cancelEditing();
					table.setFocus();
					paste(TabSeparated.parse(block));
				}
			});
		}
	}

	/**
	 * Tab and Shift+Tab: the next or previous editable cell, else out of the table. Enter is the table's (down a row),
	 * not a dialog's default button's.
	 */
	private void traverse(Event event) {
		if (event.detail == SWT.TRAVERSE_RETURN) {
			event.doit = false;
			return;
		}
		boolean forward = event.detail == SWT.TRAVERSE_TAB_NEXT;
		if (!forward && event.detail != SWT.TRAVERSE_TAB_PREVIOUS) {
			return;
		}
		Position next = nextEditable(forward);
		if (next != null) {
			event.doit = false;
			event.detail = SWT.TRAVERSE_NONE;
			int from = row;
			int start = tabStart < 0 ? column : tabStart;
			moveTo(next.row(), next.column(), false);
			// a run that went on to the next row starts again there
			tabStart = next.row() == from ? start : -1;
		}
	}

	/** Enter: down a row, to the column where a run of Tabs along this row started, else in the same column. */
	private void down() {
		moveTo(row + 1, tabStart < 0 ? column : tabStart, false);
	}

	/**
	 * The editable cell after (or before) the one with the keyboard, row by row, or the first one when no row is
	 * selected; null after the last.
	 */
	private Position nextEditable(boolean forward) {
		int columns = table.getColumnCount();
		int step = forward ? 1 : -1;
		int from = row < 0 ? -1 : row * columns + column;
		for (int at = from + step; at >= 0 && at < table.getItemCount() * columns; at += step) {
			Cells cells = editable.get(at % columns);
			if (cells != null && cells.canEdit(table.getItem(at / columns).getData())) {
				return new Position(at / columns, at % columns);
			}
		}
		return null;
	}

	private void click(Event event) {
		if (event.button != 1) {
			return;
		}
		Point point = new Point(event.x, event.y);
		TableItem item = table.getItem(point);
		if (item == null) {
			return;
		}
		for (int index = 0; index < table.getColumnCount(); index++) {
			if (item.getBounds(index).contains(point)) {
				moveTo(table.indexOf(item), index, (event.stateMask & SWT.SHIFT) != 0);
			}
		}
	}

	/** Moves the keyboard to the cell, selecting its row; a cell outside the table leaves it where it is. */
	private void moveTo(int newRow, int newColumn, boolean extend) {
		if (newRow < 0 || newRow >= table.getItemCount() || newColumn < 0 || newColumn >= table.getColumnCount()) {
			return;
		}
		if (newRow != row || newColumn != column) {
			tabStart = -1;
		}
		extending = extend;
		column = newColumn;
		if (newRow != row || table.getSelectionIndex() != newRow) {
			viewer.setSelection(new StructuredSelection(table.getItem(newRow).getData()), true);
		}
		extending = false;
		row = newRow;
		if (!extend) {
			anchor = new Position(newRow, newColumn);
		}
		reveal(newColumn);
		table.redraw();
	}

	/**
	 * Scrolls the table sideways as far as needed for the start of a column to show, not at all while it does: GTK's
	 * {@link Table#showColumn} scrolls a column wider than the table (a long name) to show its middle.
	 */
	private void reveal(int index) {
		ScrollBar sideways = table.getHorizontalBar();
		if (sideways == null) {
			return;
		}
		int x = 0;
		for (int shown : table.getColumnOrder()) {
			if (shown == index) {
				break;
			}
			x += table.getColumn(shown).getWidth();
		}
		int visible = table.getClientArea().width;
		int end = x + Math.min(table.getColumn(index).getWidth(), visible);
		int at = sideways.getSelection();
		if (x < at) {
			sideways.setSelection(x);
		} else if (end > at + visible) {
			sideways.setSelection(end - visible);
		}
	}

	/** The selected row changed, by a click, a key or the program: the keyboard goes to its cell in the same column. */
	private void selected() {
		int selected = table.getSelectionIndex();
		if (selected != row) {
			row = selected;
			if (!extending) {
				anchor = new Position(selected, column);
			}
			table.redraw();
		}
	}

	private void edit(String text) {
		if (row < 0 || editable.get(column) == null) {
			return;
		}
		atEnd = true;
		typed = text;
		viewer.editElement(table.getItem(row).getData(), column);
	}

	/**
	 * Opens the cell that refused its text again with the text, unless the keyboard has left the table since (the
	 * page closed, a dialog opened).
	 */
	private void mend() {
		Refusal refusal = refused;
		refused = null;
		if (refusal == null || table.isDisposed() || !table.isFocusControl() || refusal.cell().row() >= table.getItemCount()) {
			return;
		}
		moveTo(refusal.cell().row(), refusal.cell().column(), false);
		mending = refusal.text();
		edit(null);
		mending = null;
	}

	private boolean isSelected(int at, int index) {
		Position[] block = selection();
		return block != null && at >= block[0].row() && at <= block[1].row() && index >= block[0].column() && index <= block[1].column();
	}

	/**
	 * With the keyboard, the selected cells in the selection's colours and the rest of the selected row as any other
	 * row; without, the selected cells and row greyed, which says what a master list shows the details of.
	 */
	private void paint(Event event) {
		TableItem item = (TableItem) event.item;
		boolean focused = table.isFocusControl();
		boolean selected = isSelected(table.indexOf(item), event.index) || !focused && (event.detail & SWT.SELECTED) != 0;
		if (!selected && (event.detail & SWT.SELECTED) == 0) {
			return;
		}
		GC gc = event.gc;
		gc.setBackground(selected ? table.getDisplay().getSystemColor(focused ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_NORMAL_SHADOW)
				: item.getBackground(event.index));
		gc.setForeground(selected && focused ? table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT) : item.getForeground(event.index));
		gc.fillRectangle(cell(event));
		event.detail &= ~(SWT.SELECTED | SWT.HOT | SWT.BACKGROUND);
	}

	/** A frame round the cell with the keyboard. */
	private void frame(Event event) {
		if (event.index != column || table.indexOf((TableItem) event.item) != row) {
			return;
		}
		Rectangle bounds = cell(event);
		event.gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		event.gc.setLineWidth(FRAME);
		event.gc.drawRectangle(bounds.x + 1, bounds.y + 1, bounds.width - FRAME, bounds.height - FRAME);
	}

	/**
	 * The cell being painted, the whole height of its row: GTK's item bounds are as high as the cell's own text, one
	 * line where another cell's two make the row taller, while the paint event spans the row.
	 */
	private static Rectangle cell(Event event) {
		Rectangle bounds = ((TableItem) event.item).getBounds(event.index);
		int top = Math.min(bounds.y, event.y);
		return new Rectangle(bounds.x, top, bounds.width, Math.max(bounds.y + bounds.height, event.y + event.height) - top);
	}

	/** Follows the cell editor about the table, puts what was typed into it, and goes down after Enter. */
	private final class Editing extends ColumnViewerEditorActivationListener {

		@Override
		public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
			ViewerCell cell = (ViewerCell) event.getSource();
			moveTo(table.indexOf((TableItem) cell.getItem()), cell.getColumnIndex(), false);
			enter = false;
		}

		@Override
		public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
			Control focus = table.getDisplay().getFocusControl();
			// a list's text shows its item, never what was typed
			editorText = focus instanceof Text text && !(text.getParent() instanceof CCombo) ? text : null;
			leaving = false;
			table.getDisplay().addFilter(SWT.FocusOut, leave);
			if (mending != null && editorText != null) {
				editorText.setText(mending);
				editorText.setSelection(mending.length());
			} else if (atEnd && editorText != null) {
				// the key typed goes through the field's input method, where one is on (no caret moved after it: that
				// would end a composition it started); else its character is put in
				if (typed == null) {
					editorText.setSelection(editorText.getCharCount());
				} else {
					editorText.setText(""); //$NON-NLS-1$
					if (!InputMethodKeys.redeliver(editorText)) {
						editorText.setText(typed);
						editorText.setSelection(editorText.getCharCount());
					}
				}
			}
			// a list's keys reach the list, not only its text; the editors are made once per column and kept: listen once
			Control editor = focus != null && focus.getParent() instanceof CCombo choices ? choices : focus;
			if (editor instanceof CCombo choices) {
				lookingFor = typed == null ? "" : typed; //$NON-NLS-1$
				opener = lookingFor.isEmpty() ? 0 : lookingFor.charAt(0);
				choose(choices);
				if (dropDown) {
					choices.setListVisible(true);
				}
			}
			dropDown = false;
			atEnd = false;
			typed = null;
			if (editor != null && editor.getData(KEY) == null) {
				editor.setData(KEY, Boolean.TRUE);
				editor.addListener(SWT.KeyDown, key -> enter |= key.keyCode == SWT.CR || key.keyCode == SWT.KEYPAD_CR);
				// a read-only list's text never gets a character's KeyDown on GTK (its input method takes it): KeyUp
				editor.addListener(SWT.KeyUp, Spreadsheet.this::typeAhead);
				editor.addListener(SWT.Traverse, Spreadsheet.this::tabFromEditor);
				editor.addListener(SWT.Verify, Spreadsheet.this::blockIntoEditor);
			}
		}

		/**
		 * A text the cell refuses (the rule's message is shown by the column's editing) is noted before the editor
		 * closes by Enter or Tab: the cell opens again with it, as after Excel's Retry.
		 */
		@Override
		public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
			Text text = editorText;
			editorText = null;
			ViewerCell cell = (ViewerCell) event.getSource();
			Cells cells = editable.get(cell.getColumnIndex());
			if (event.eventType == ColumnViewerEditorDeactivationEvent.EDITOR_SAVED && !leaving && text != null && !text.isDisposed()
					&& cells != null && cells.refusal(cell.getElement(), text.getText()) != null) {
				refused = new Refusal(new Position(table.indexOf((TableItem) cell.getItem()), cell.getColumnIndex()), text.getText());
			}
		}

		@Override
		public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
			table.getDisplay().removeFilter(SWT.FocusOut, leave);
			if (refused != null) {
				table.getDisplay().asyncExec(Spreadsheet.this::mend);
			} else if (enter && event.eventType == ColumnViewerEditorDeactivationEvent.EDITOR_SAVED) {
				down();
			}
			enter = false;
		}
	}
}
