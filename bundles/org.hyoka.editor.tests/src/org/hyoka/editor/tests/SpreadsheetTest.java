package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.edit.ui.Spreadsheet.Position;
import org.hyoka.edit.ui.TabSeparated;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.CommitteePage;
import org.hyoka.editor.internal.FindingsPage;
import org.hyoka.editor.internal.OutputsPage;
import org.hyoka.editor.internal.ProjectsPage;
import org.hyoka.editor.internal.ScoresPage;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #44: the tables behave as a spreadsheet for a secretariat used to Excel, through the keys it presses. On the
 * 資金配分 of sample 001's project C (columns: line, 2018, 2019, 2020, row total) and on a score table: Tab and Shift+Tab
 * from cell to cell and row to row, never to a button; typing, F2, Enter and Escape; Ctrl+C and Ctrl+V of blocks as
 * Excel and LibreOffice write them, a paste undone in one step, a bad block refused whole.
 */
class SpreadsheetTest {

	private static final String LINE_END = "\r\n";
	private static final EAttribute ROLE = EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE;
	/** A project name wider than the table showing it. */
	private static final String LONG_NAME = "研究開発課題".repeat(30);

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void tabAndShiftTabGoFromCellToCellAndToTheNextRowButNeverToAButton() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		Table table = budgetLines(editor).table().viewer().getTable();
		Spreadsheet sheet = start(table, 0, 0);
		List<Position> visited = new ArrayList<>();
		for (int step = 0; step < 5; step++) {
			bot.pressTab(table, false);
			visited.add(bot.syncCall(sheet::focus));
		}
		assertEquals(List.of(new Position(0, 1), new Position(0, 2), new Position(0, 3), new Position(0, 4), new Position(1, 0)), visited,
				"every editable cell of the row, then the next row's first");
		assertSame(table, bot.syncCall(bot.display()::getFocusControl), "Tab stays in the table");
		bot.pressTab(table, true);
		assertEquals(new Position(0, 4), bot.syncCall(sheet::focus), "Shift+Tab goes back to the row before");
		shot(table, "spreadsheet-tab.png");

		bot.syncRun(() -> {
			table.setFocus();
			sheet.focus(4, 4);
		});
		bot.pressTab(table, false);
		Control after = bot.syncCall(bot.display()::getFocusControl);
		assertFalse(after instanceof Button, "after the last cell Tab goes to the next field, not to " + after);

		// the same from the last cell's editor: its value is kept and the keyboard leaves the table
		start(table, 4, 4);
		bot.pressKey(table, SWT.F2);
		Text edited = cellEditor();
		bot.pressTab(edited, false);
		Control next = bot.syncCall(bot.display()::getFocusControl);
		assertFalse(next == table || next == edited || next instanceof Button, "Tab from the last cell's editor leaves the table for the next field: " + next);
	}

	@Test
	void aLongNameEditedInItsCellLeavesTheTableScrolledWhereItWas() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		Table table = projectList(editor);
		Project a = editor.report().getProgram().getProjects().get(0);
		bot.syncRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand
				.create(editor.getEditingDomain(), a, BasePackage.Literals.NAMED__NAME_JA, LONG_NAME)));
		bot.flush();
		start(table, 0, 1);
		int before = bot.syncCall(() -> table.getHorizontalBar() == null ? 0 : table.getHorizontalBar().getSelection());
		bot.pressKey(table, SWT.F2);
		Text edited = cellEditor();
		bot.pressKey(edited, SWT.END);
		bot.syncRun(() -> edited.insert("。"));
		bot.pressEnter(edited);
		bot.waitUntil("the name is saved", () -> (LONG_NAME + "。").equals(a.getNameJa()));
		bot.flush();
		shot(table, "spreadsheet-long-name.png");
		int after = bot.syncCall(() -> table.getHorizontalBar() == null ? 0 : table.getHorizontalBar().getSelection());
		assertTrue(after <= bot.syncCall(() -> table.getColumn(0).getWidth()), "the names show from their start: scrolled " + after);
		assertEquals(before, after, "scrolled as before the edit");
	}

	/**
	 * A block pasted over a short column and a long one (a code and a name, an item and a comment) leaves the keyboard
	 * at its first cell, as Excel does: it went to the last, and the table scrolled to show the long column whole,
	 * hiding the first.
	 */
	@Test
	void aPastedBlockLeavesTheKeyboardAtItsFirstCellAndTheTableScrolledToIt() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		Table table = projectList(editor);
		Project a = editor.report().getProgram().getProjects().get(0);
		Spreadsheet sheet = start(table, 0, 0);
		bot.setClipboard("A\t" + LONG_NAME + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		bot.waitUntil("the block is pasted", () -> LONG_NAME.equals(a.getNameJa()));
		bot.flush();
		shot(table, "spreadsheet-pasted-long-name.png");
		assertEquals(new Position(0, 0), bot.syncCall(sheet::focus), "the keyboard at the block's first cell");
		assertEquals(List.of(new Position(0, 0), new Position(0, 1)), List.of(bot.syncCall(sheet::selection)), "the block selected");
		assertEquals(0, bot.syncCall(() -> table.getHorizontalBar() == null ? 0 : table.getHorizontalBar().getSelection()),
				"the table shows the block from its first column");

		// Ctrl+A from the long name: the whole table, shown from its start
		bot.syncRun(() -> sheet.focus(1, 1));
		bot.pressKey(table, 'a', SWT.MOD1);
		bot.flush();
		int last = bot.syncCall(() -> table.getItemCount() - 1);
		assertEquals(List.of(new Position(0, 0), new Position(last, 1)), List.of(bot.syncCall(sheet::selection)), "every cell selected");
		assertEquals(0, bot.syncCall(() -> table.getHorizontalBar() == null ? 0 : table.getHorizontalBar().getSelection()),
				"the table shows its first column");
	}

	@Test
	void typingEditsTheCellEnterCommitsAndGoesDownF2EditsEscapeCancelsTabCommitsAndGoesOn() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		TableViewer viewer = budgetLines(editor).table().viewer();
		Table table = viewer.getTable();
		Spreadsheet sheet = start(table, 0, 1);

		bot.pressKey(table, '5');
		Text typed = cellEditor();
		assertEquals("5", bot.syncCall(typed::getText), "the key typed replaces the value");
		bot.syncRun(() -> typed.insert("00"));
		bot.pressEnter(typed);
		assertEquals("500", bot.syncCall(() -> amount(budget.getLines().get(0), 0)));
		assertEquals(new Position(1, 1), bot.syncCall(sheet::focus), "Enter goes down a row");
		assertTrue(bot.syncCall(table::isFocusControl), "the table has the keyboard again");

		bot.pressKey(table, SWT.F2);
		Text edited = cellEditor();
		assertEquals("845", bot.syncCall(edited::getText), "F2 edits the value as it is");
		assertEquals(3, bot.syncCall(edited::getCaretPosition), "with the caret at its end");
		bot.syncRun(() -> edited.insert("9"));
		bot.pressKey(edited, SWT.ESC);
		assertFalse(bot.syncCall(viewer::isCellEditorActive), "Escape closes the editor");
		assertEquals("845", bot.syncCall(() -> amount(budget.getLines().get(1), 0)), "and keeps the value");

		bot.pressKey(table, SWT.F2);
		Text tabbed = cellEditor();
		bot.syncRun(() -> tabbed.insert("0"));
		bot.pressTab(tabbed, false);
		assertEquals("8450", bot.syncCall(() -> amount(budget.getLines().get(1), 0)), "Tab commits");
		assertEquals(new Position(1, 2), bot.syncCall(sheet::focus), "and goes on to the next cell");
		assertFalse(bot.syncCall(viewer::isCellEditorActive));

		// a row typed along with Tab: Enter goes down to the column the run started from, as in Excel
		bot.pressKey(table, '7');
		bot.pressTab(cellEditor(), false);
		assertEquals(new Position(1, 3), bot.syncCall(sheet::focus));
		bot.pressKey(table, '9');
		bot.pressEnter(cellEditor());
		assertEquals("7", bot.syncCall(() -> amount(budget.getLines().get(1), 1)));
		assertEquals("9", bot.syncCall(() -> amount(budget.getLines().get(1), 2)));
		assertEquals(new Position(2, 1), bot.syncCall(sheet::focus), "Enter after Tabs goes to the run's first column");
		bot.pressKey(table, SWT.CR);
		assertEquals(new Position(3, 1), bot.syncCall(sheet::focus), "and the next Enter straight down");
		// an arrow ends a run: Enter goes down from where the keyboard is
		bot.pressTab(table, false);
		bot.pressKey(table, SWT.ARROW_RIGHT);
		bot.pressKey(table, SWT.CR);
		assertEquals(new Position(4, 3), bot.syncCall(sheet::focus), "Enter after an arrow goes straight down");
	}

	@Test
	void aTextTheCellRefusesStaysInItForMendingWithEnterAndWithTab() throws Exception {
		// the message's hover pops up over the table: not under the pointer, where it would take the keyboard
		try (AutoCloseable parked = bot.parkPointer(bot.windowShell().widget())) {
			mendARefusedText();
		}
	}

	private void mendARefusedText() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		ProjectsPage page = bot.syncCall(() -> (ProjectsPage) editor.getActivePageInstance());
		TableViewer viewer = budgetLines(editor).table().viewer();
		Table table = viewer.getTable();
		List<String> before = bot.syncCall(() -> amounts(budget));
		Spreadsheet sheet = start(table, 0, 1);
		bot.pressKey(table, '1');
		Text typed = cellEditor();
		bot.syncRun(() -> typed.insert("2O0"));
		bot.pressEnter(typed);
		Text kept = reopened("12O0");
		assertEquals(new Position(0, 1), bot.syncCall(sheet::focus), "Enter leaves the keyboard in the cell");
		assertTrue(message(page).contains("12O0"), message(page));
		assertEquals(before, bot.syncCall(() -> amounts(budget)), "nothing is changed");
		shot(table, "spreadsheet-refused-text-kept.png");
		bot.syncRun(() -> kept.setText("1200"));
		bot.pressEnter(kept);
		assertEquals("1200", bot.syncCall(() -> amount(budget.getLines().get(0), 0)));
		assertEquals(new Position(1, 1), bot.syncCall(sheet::focus), "mended, Enter goes down");

		bot.pressKey(table, 'x');
		bot.pressTab(cellEditor(), false);
		Text tabbed = reopened("x");
		assertEquals(new Position(1, 1), bot.syncCall(sheet::focus), "Tab leaves the keyboard in the cell too");
		bot.syncRun(() -> tabbed.setText("7"));
		bot.pressTab(tabbed, false);
		assertEquals("7", bot.syncCall(() -> amount(budget.getLines().get(1), 0)));
		assertEquals(new Position(1, 2), bot.syncCall(sheet::focus), "mended, Tab goes on");
		assertFalse(bot.syncCall(viewer::isCellEditorActive));

		// Escape gives the text up, as Excel's Cancel
		String kept2019 = bot.syncCall(() -> amount(budget.getLines().get(1), 1));
		bot.pressKey(table, 'y');
		bot.pressEnter(cellEditor());
		bot.pressKey(reopened("y"), SWT.ESC);
		assertFalse(bot.syncCall(viewer::isCellEditorActive), "Escape closes the cell");
		assertEquals(kept2019, bot.syncCall(() -> amount(budget.getLines().get(1), 1)));

		// the keyboard taken elsewhere: the message stays in the page's header, its hover goes with the keyboard
		bot.pressKey(table, 'z');
		bot.pressEnter(cellEditor());
		reopened("z");
		Shell window = bot.syncCall(table::getShell);
		assertFalse(bot.syncCall(() -> hovers(window)).isEmpty(), "the message's hover shows over the table");
		bot.syncRun(() -> page.master().viewer().getControl().setFocus());
		bot.waitUntil("the hover is gone", () -> hovers(window).isEmpty());
		assertTrue(message(page).contains("z"), message(page));
	}

	/** The small windows floating over the window's pages, as a field's message hover. */
	private static List<Shell> hovers(Shell window) {
		return Arrays.stream(window.getShells()).filter(Shell::isVisible).toList();
	}

	/** The cell editor opened again with the text its cell refused. */
	private Text reopened(String text) {
		bot.waitUntil("the cell opens again with " + text, () -> bot.display().getFocusControl() instanceof Text field && text.equals(field.getText()));
		return cellEditor();
	}

	/** Home and End go to the row's first and last cells, with Ctrl to the table's, as in Excel. */
	@Test
	void homeAndEndGoToTheEndsOfTheRowAndWithCtrlOfTheTable() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		allocation(editor);
		Table table = budgetLines(editor).table().viewer().getTable();
		Spreadsheet sheet = start(table, 1, 2);
		int lastRow = bot.syncCall(table::getItemCount) - 1;
		int lastColumn = bot.syncCall(table::getColumnCount) - 1;
		bot.pressKey(table, SWT.HOME);
		assertEquals(new Position(1, 0), bot.syncCall(sheet::focus));
		bot.pressKey(table, SWT.END);
		assertEquals(new Position(1, lastColumn), bot.syncCall(sheet::focus));
		bot.pressKey(table, SWT.HOME, SWT.MOD1);
		assertEquals(new Position(0, 0), bot.syncCall(sheet::focus));
		bot.pressKey(table, SWT.END, SWT.MOD1 | SWT.SHIFT);
		assertEquals(new Position(lastRow, lastColumn), bot.syncCall(sheet::focus));
		assertEquals(List.of(new Position(0, 0), new Position(lastRow, lastColumn)), List.of(bot.syncCall(sheet::selection)),
				"with Shift, the block from where the keyboard was");
	}

	/**
	 * Delete, Cut and BackSpace empty cells as in Excel and LibreOffice, never removing their row: Delete on an amount
	 * removed its budget line with all its amounts. Ctrl+- removes a row.
	 */
	@Test
	void deleteCutAndBackSpaceEmptyCellsAndCtrlMinusRemovesTheRow() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		Table table = budgetLines(editor).table().viewer().getTable();
		int lines = bot.syncCall(() -> budget.getLines().size());
		List<String> before = bot.syncCall(() -> texts(table, 0, 2, 1, 3));
		List<String> beside = bot.syncCall(() -> texts(table, 0, 2, 3, 4));
		start(table, 0, 1);
		bot.pressKey(table, SWT.ARROW_RIGHT, SWT.SHIFT);
		bot.pressKey(table, SWT.ARROW_DOWN, SWT.SHIFT);
		bot.pressKey(table, SWT.DEL);
		bot.waitUntil("the cells are empty", () -> texts(table, 0, 2, 1, 3).equals(List.of("", "", "", "")));
		assertEquals(beside, bot.syncCall(() -> texts(table, 0, 2, 3, 4)), "the cells beside the block are kept");
		assertEquals(lines, bot.syncCall(() -> budget.getLines().size()), "no line is removed");
		assertEquals("Clear 4 Cells", bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel()));
		shot(table, "spreadsheet-cleared.png");
		bot.windowShell().menu("Edit", "Undo Clear 4 Cells").click();
		bot.waitUntil("one Undo puts them back", () -> texts(table, 0, 2, 1, 3).equals(before));

		// Cut copies the cells and empties them, as LibreOffice's does
		start(table, 0, 1);
		bot.pressKey(table, 'x', SWT.MOD1);
		bot.waitUntil("the cell is cut", () -> texts(table, 0, 1, 1, 2).equals(List.of("")));
		assertEquals(before.get(0), bot.clipboard().strip());
		assertEquals("Cut 1 Cells", bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel()));
		// BackSpace empties a cell and edits it, as Excel's does
		start(table, 1, 1);
		bot.pressKey(table, SWT.BS);
		Text typed = cellEditor();
		assertEquals("", bot.syncCall(typed::getText));
		bot.syncRun(() -> typed.insert("5"));
		bot.pressEnter(typed);
		bot.waitUntil("the cell takes what was typed", () -> texts(table, 1, 2, 1, 2).equals(List.of("5")));

		// a year cannot be empty: nothing is cleared, and the message names the cell
		ProjectsPage page = bot.syncCall(() -> (ProjectsPage) editor.getActivePageInstance());
		Table years = bot.syncCall(() -> page.budgetYears().get(1).table().viewer().getTable());
		List<Integer> columns = bot.syncCall(() -> budget.getColumns().stream().map(FiscalYearColumn::getFiscalYear).toList());
		start(years, 0, 0);
		bot.pressKey(years, SWT.DEL);
		assertTrue(message(page).startsWith("Nothing was cleared: row 1, column \""), message(page));
		assertEquals(columns, bot.syncCall(() -> budget.getColumns().stream().map(FiscalYearColumn::getFiscalYear).toList()));

		// Excel's key for deleting a row
		Object first = bot.syncCall(() -> budget.getLines().get(0));
		start(table, 0, 1);
		bot.pressKey(table, '-', SWT.MOD1);
		bot.waitUntil("the line is removed", () -> budget.getLines().size() == lines - 1 && !budget.getLines().contains(first));
	}

	/** The texts the table's cells show, row by row, in the rows and the columns from the first to before the end. */
	private static List<String> texts(Table table, int fromRow, int toRow, int fromColumn, int toColumn) {
		List<String> texts = new ArrayList<>();
		for (int at = fromRow; at < toRow; at++) {
			for (int index = fromColumn; index < toColumn; index++) {
				texts.add(table.getItem(at).getText(index));
			}
		}
		return texts;
	}

	@Test
	void aPastedBlockChangesTheModelAsOneCommandThatOneUndoRestores() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		Table table = budgetLines(editor).table().viewer().getTable();
		List<String> before = bot.syncCall(() -> amounts(budget));
		start(table, 1, 1);
		// as LibreOffice and Excel on Windows put it: CR LF after each row, the last one too
		bot.setClipboard("1\t2\t3" + LINE_END + "4\t5\t6" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		bot.waitUntil("the block is pasted", () -> amounts(budget).equals(List.of("461", "457", "493", "1", "2", "3", "4", "5", "6", "71", "24", "53",
				"176", "192", "221")));
		assertEquals("Paste 6 Cells", bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel()));
		bot.waitUntil("the table shows it", () -> table.getItem(2).getText(3).equals("6"));
		shot(table, "spreadsheet-pasted.png");
		bot.windowShell().menu("Edit", "Undo Paste 6 Cells").click();
		bot.waitUntil("one Undo takes the whole block away", () -> amounts(budget).equals(before));
		assertFalse(bot.syncCall(editor::isDirty));
	}

	@Test
	void aBlockWithACellThatCannotTakeItsTextIsRefusedWholeNamingTheCell() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		ProjectsPage page = bot.syncCall(() -> (ProjectsPage) editor.getActivePageInstance());
		Table table = budgetLines(editor).table().viewer().getTable();
		List<String> before = bot.syncCall(() -> amounts(budget));
		start(table, 0, 1);
		bot.setClipboard("1\t2\n3\t12,5x\n");
		bot.pressKey(table, 'v', SWT.MOD1);
		String message = message(page);
		assertNotNull(message, "a message says why");
		assertTrue(message.contains("row 2") && message.contains("FY2019") && message.contains("12,5x"), message);
		assertEquals(before, bot.syncCall(() -> amounts(budget)), "not even the good cells are pasted");
		assertNull(bot.syncCall(() -> editor.model().commandStack().getUndoCommand()), "nothing to undo");
		shot(table, "spreadsheet-paste-refused.png");

		bot.setClipboard("1\t2\t3\t4\t5");
		bot.pressKey(table, 'v', SWT.MOD1);
		assertTrue(message(page).contains("go beyond the table, which has 4 columns from there"), message(page));
		assertEquals(before, bot.syncCall(() -> amounts(budget)));

		// the next change made takes the refusal's message away
		bot.editCell(budgetLines(editor).table().viewer(), bot.syncCall(() -> budget.getLines().get(0)), 1, "462");
		bot.waitUntil("the message is gone", () -> page.problem() == null);
	}

	@Test
	void aBlockPastedIntoAnOpenCellFillsTheCellsAndAddsTheRowsItNeedsAsOneCommand() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		ProjectsPage page = bot.syncCall(() -> (ProjectsPage) editor.getActivePageInstance());
		TableViewer viewer = budgetLines(editor).table().viewer();
		Table table = viewer.getTable();
		int lines = bot.syncCall(() -> budget.getLines().size());
		List<String> before = bot.syncCall(() -> amounts(budget));

		// a bad cell in a row past the last: nothing is pasted, no row is added
		start(table, lines - 1, 0);
		bot.setClipboard("研究開発費\t1\t2\t3" + LINE_END + "設備費\t4\tx5\t6" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		assertTrue(message(page).contains("row " + (lines + 1)) && message(page).contains("x5"), message(page));
		assertEquals(lines, bot.syncCall(() -> budget.getLines().size()), "no row was added");
		assertEquals(before, bot.syncCall(() -> amounts(budget)));
		assertNull(bot.syncCall(() -> editor.model().commandStack().getUndoCommand()), "nothing to undo");

		// a row just added opens its first cell: a block pasted there goes into the cells, not into that one cell
		start(table, lines - 1, 0);
		bot.pressKey(table, SWT.F2);
		Text edited = cellEditor();
		bot.setClipboard("研究開発費\t1\t2\t3" + LINE_END + "設備費\t4\t5\t6" + LINE_END);
		bot.syncRun(edited::paste);
		bot.waitUntil("the block is pasted, a row added", () -> budget.getLines().size() == lines + 1); //$NON-NLS-1$
		assertFalse(bot.syncCall(viewer::isCellEditorActive), "the cell editor is closed");
		assertEquals(List.of("研究開発費", "設備費"), bot.syncCall(() -> budget.getLines().subList(lines - 1, lines + 1).stream()
				.map(BudgetLine::getLabelPrinted).toList()));
		assertEquals(List.of("4", "5", "6"), bot.syncCall(() -> List.of(amount(budget.getLines().get(lines), 0), amount(budget.getLines().get(lines), 1),
				amount(budget.getLines().get(lines), 2))));
		bot.waitUntil("the table shows the new row", () -> table.getItemCount() == lines + 1 && table.getItem(lines).getText(3).equals("6"));
		shot(table, "spreadsheet-pasted-rows-added.png");
		bot.windowShell().menu("Edit", "Undo Paste 8 Cells").click();
		bot.waitUntil("one Undo takes the block and the row away", () -> budget.getLines().size() == lines && amounts(budget).equals(before));
		bot.windowShell().menu("Edit", "Redo Paste 8 Cells").click();
		bot.waitUntil("Redo brings both back", () -> budget.getLines().size() == lines + 1 && "6".equals(amount(budget.getLines().get(lines), 2)));
	}

	@Test
	void aBlockPastedIntoATableWithNoRowsGoesFromItsFirstCell() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		Table table = budgetLines(editor).table().viewer().getTable();
		bot.syncRun(() -> editor.model().commandStack().execute(
				RemoveCommand.create(editor.model().domain(), budget, FinancePackage.Literals.BUDGET_TABLE__LINES, List.copyOf(budget.getLines()))));
		bot.waitUntil("the table has no rows", () -> table.getItemCount() == 0);

		// nothing selected, as after a click into the empty table: Excel pastes into A1
		bot.setClipboard("研究開発費\t1\t2\t3" + LINE_END + "設備費\t4\t5\t6" + LINE_END);
		bot.syncRun(table::setFocus);
		bot.pressKey(table, 'v', SWT.MOD1);
		bot.waitUntil("two rows are pasted", () -> budget.getLines().size() == 2);
		assertEquals(List.of("研究開発費", "設備費"), bot.syncCall(() -> budget.getLines().stream().map(BudgetLine::getLabelPrinted).toList()));
		assertEquals(List.of("1", "2", "3", "4", "5", "6"), bot.syncCall(() -> amounts(budget)));
	}

	@Test
	void aSheetsHeaderRowCopiedWithItsFiguresSendsEachColumnToTheYearItNamesAndAmountsAreReadAsPrinted() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		Table table = emptied(editor, budget);

		// as a sheet prints it: its own title over the labels, years in another order and notation, grouped digits
		bot.setClipboard("費目\t2020年度（令和2年度）\tR1\t2018年度" + LINE_END + "研究開発費\t1,234\t△５\t５００" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		bot.waitUntil("one row is pasted", () -> budget.getLines().size() == 1);
		BudgetLine line = bot.syncCall(() -> budget.getLines().get(0));
		assertEquals("研究開発費", bot.syncCall(line::getLabelPrinted), "the header is not a row");
		assertEquals(List.of("500", "-5", "1234"), bot.syncCall(() -> List.of(amountIn(line, 2018), amountIn(line, 2019), amountIn(line, 2020))));
		assertEquals("Paste 4 Cells", bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel()));
	}

	@Test
	void aHeaderNamingAYearTheBudgetLacksAddsItsColumnInThePastesOneCommand() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		ProjectsPage page = bot.syncCall(() -> (ProjectsPage) editor.getActivePageInstance());
		Table table = emptied(editor, budget);
		int columns = bot.syncCall(table::getColumnCount);
		List<Integer> years = bot.syncCall(() -> years(budget));
		assertEquals(List.of(2018, 2019, 2020), years);

		// a year that names no fiscal year at all is no header: the row is cells, and refused as amounts
		bot.setClipboard("区分\tFY2018\t次年度" + LINE_END + "設備費\t1\t2" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		assertTrue(message(page).contains("FY2018"), message(page));
		assertEquals(0, bot.syncCall(() -> budget.getLines().size()));

		// a year after the table's last and one before its first
		bot.setClipboard("区分\tFY2021\tFY2017\tFY2019" + LINE_END + "設備費\t1\t2\t3" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		bot.waitUntil("the years are added with the row", () -> budget.getColumns().size() == 5 && budget.getLines().size() == 1);
		BudgetLine line = bot.syncCall(() -> budget.getLines().get(0));
		assertEquals(List.of("1", "2", "3"), bot.syncCall(() -> List.of(amountIn(line, 2021), amountIn(line, 2017), amountIn(line, 2019))));
		assertEquals(List.of(2017, 2018, 2019, 2020, 2021), bot.syncCall(() -> years(budget)), "each year among the others in order");
		bot.waitUntil("the table shows the years", () -> allocationTable(page).getColumnCount() == columns + 2 && allocationTable(page).getItemCount() == 1);
		assertEquals(List.of("設備費", "2", "", "3", "", "1"),
				bot.syncCall(() -> IntStream.range(0, 6).mapToObj(allocationTable(page).getItem(0)::getText).toList()), "the table shows them in order");
		shot(bot.syncCall(() -> allocationTable(page)), "spreadsheet-pasted-header-adds-year.png");
		bot.windowShell().menu("Edit", "Undo Paste 4 Cells").click();
		bot.waitUntil("one Undo takes the row and the years away", () -> budget.getColumns().size() == 3 && budget.getLines().isEmpty());
	}

	@Test
	void aFiscalYearIsTakenAsTheReportsPrintIt() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		BudgetTable budget = allocation(editor);
		ProjectsPage page = bot.syncCall(() -> (ProjectsPage) editor.getActivePageInstance());
		pasteYear(page, budget, "令和5年度");
		bot.waitUntil("the year is 2023", () -> budget.getColumns().get(2).getFiscalYear() == 2023);
		assertNull(bot.syncCall(page::problem));
		pasteYear(page, budget, "FY2024");
		bot.waitUntil("the year is 2024", () -> budget.getColumns().get(2).getFiscalYear() == 2024);
		// a text naming two years is no year
		pasteYear(page, budget, "2020年度（令和3年度）");
		assertTrue(bot.syncCall(page::problem).contains("2020年度（令和3年度）"), bot.syncCall(page::problem));
		assertEquals(2024, bot.syncCall(() -> budget.getColumns().get(2).getFiscalYear()));
	}

	/** Pastes the text into the budget's third year in its list of years, as the page shows it now (a year rebuilds it). */
	private void pasteYear(ProjectsPage page, BudgetTable budget, String text) {
		bot.flush();
		Table years = bot.syncCall(() -> page.budgetYears().stream().map(list -> list.table().viewer().getTable())
				.filter(table -> !table.isDisposed() && table.getItemCount() == 3 && table.getItem(2).getData() == budget.getColumns().get(2))
				.findFirst().orElseThrow());
		start(years, 2, 0);
		bot.setClipboard(text);
		bot.pressKey(years, 'v', SWT.MOD1);
	}

	@Test
	void previousFindingsArePastedFromASheetWithTheirYearAsPrintedAndTheirLongTextsWhole() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		FindingsPage page = bot.syncCall(() -> (FindingsPage) editor.setActivePage(FindingsPage.ID));
		bot.flush();
		ListEditor<PreviousFinding> list = bot.syncCall(() -> page.lists().get(0));
		List<PreviousFinding> findings = bot.syncCall(() -> editor.report().getProgram().getPreviousFindings());
		Table table = list.table().viewer().getTable();
		bot.syncRun(() -> editor.model().commandStack().execute(RemoveCommand.create(editor.model().domain(), editor.report().getProgram(),
				ProgramPackage.Literals.EVALUATION_SUBJECT__PREVIOUS_FINDINGS, List.copyOf(findings))));
		bot.waitUntil("the table has no rows", () -> table.getItemCount() == 0);
		bot.syncRun(table::setFocus);

		// the sheet's header names the columns; the finding's text is two lines in one cell, quoted as Excel copies it
		String header = bot.syncCall(() -> String.join("\t", Arrays.stream(table.getColumns()).limit(5).map(TableColumn::getText).toList()));
		bot.setClipboard(header + LINE_END + "\t\t令和2年度\t\"分析機器メーカーの参画を得ること。\n体制を整えること。\"\t3社の参画を得た。" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		bot.waitUntil("the finding is pasted", () -> findings.size() == 1);
		PreviousFinding finding = findings.get(0);
		assertEquals(Integer.valueOf(2020), bot.syncCall(finding::getSourceFY));
		assertEquals("分析機器メーカーの参画を得ること。\n体制を整えること。", bot.syncCall(finding::getText));
		assertEquals("3社の参画を得た。", bot.syncCall(() -> finding.getResponse().getText()), "the response is made for its text");
		assertNull(bot.syncCall(page::problem));
		bot.windowShell().menu("Edit", "Undo Paste 5 Cells").click();
		bot.waitUntil("one Undo takes the finding away", findings::isEmpty);

		// a sheet without the first column: the table still shows that column, not scrolled to the block's long last one
		String fromKind = bot.syncCall(() -> String.join("\t", Arrays.stream(table.getColumns()).skip(1).limit(4).map(TableColumn::getText).toList()));
		bot.setClipboard(fromKind + LINE_END + "\t令和2年度\t分析機器メーカーの参画を得ること。\t3社の参画を得た。" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		bot.waitUntil("the finding is pasted", () -> findings.size() == 1);
		bot.flush();
		assertTrue(bot.syncCall(() -> table.getHorizontalBar() != null && table.getHorizontalBar().getMaximum() > table.getHorizontalBar().getThumb()),
				"the table is wider than its view, as in a secretariat's window");
		assertEquals(0, bot.syncCall(() -> table.getHorizontalBar().getSelection()), "the first column shows");
		assertEquals(List.of(new Position(0, 1), new Position(0, 4)), List.of(bot.syncCall(() -> Spreadsheet.on(table).selection())));
	}

	/**
	 * A sheet of indicators pasted with its 区分 column adds each row as the kind it names, as a list cell reads its
	 * choice (Outcome names Outcome indicators): the column is no cell to edit, and the whole block was refused; a kind
	 * the table does not know refuses the block, naming the cell.
	 */
	@Test
	void pastedIndicatorsAreAddedAsTheKindTheirRowNames() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		Program program = editor.report().getProgram();
		OutputsPage page = OpenedEditors.show(bot, editor, OutputsPage.ID);
		Table table = bot.syncCall(() -> page.lists().get(0).table().viewer().getTable());
		bot.syncRun(() -> editor.model().commandStack().execute(new CompoundCommand(List.of(
				RemoveCommand.create(editor.model().domain(), program, ProgramPackage.Literals.EVALUATION_SUBJECT__OUTPUT_INDICATORS,
						List.copyOf(program.getOutputIndicators())),
				RemoveCommand.create(editor.model().domain(), program, ProgramPackage.Literals.EVALUATION_SUBJECT__OUTCOME_INDICATORS,
						List.copyOf(program.getOutcomeIndicators()))))));
		bot.waitUntil("the table has no rows", () -> table.getItemCount() == 0);
		bot.syncRun(table::setFocus);

		String header = "Kind\tIndicator\tUnit" + LINE_END;
		bot.setClipboard(header + "Outcome indicators\t製造コスト削減率\t%" + LINE_END + "Other indicators\t実証数\t件" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		bot.waitUntil("the paste is refused", () -> message(page) != null);
		assertTrue(message(page).contains("row 2") && message(page).contains("\"Kind\"") && message(page).contains("Other indicators")
				&& message(page).contains("Outcome indicators"), "names the cell, the text and the kinds: " + message(page));
		assertEquals(0, bot.syncCall(() -> program.getOutputIndicators().size() + program.getOutcomeIndicators().size()), "nothing pasted");

		bot.setClipboard(header + "Output indicators\t連続生産プロセスの実証数\t件" + LINE_END + "Outcome\t製造コスト削減率\t%" + LINE_END
				+ "Output indicators\t品質評価法の提案数\t件" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		bot.waitUntil("the indicators are pasted", () -> program.getOutputIndicators().size() == 2 && program.getOutcomeIndicators().size() == 1);
		assertEquals(List.of("連続生産プロセスの実証数 件", "品質評価法の提案数 件"),
				bot.syncCall(() -> program.getOutputIndicators().stream().map(i -> i.getNameJa() + " " + i.getUnit()).toList()));
		assertEquals("製造コスト削減率 %", bot.syncCall(() -> program.getOutcomeIndicators().get(0).getNameJa() + " " + program.getOutcomeIndicators().get(0).getUnit()));
		assertNull(message(page));
		bot.flush();
		shot(table, "spreadsheet-pasted-indicators.png");
		bot.windowShell().menu("Edit", "Undo Paste 9 Cells").click();
		bot.waitUntil("one Undo takes them all away", () -> program.getOutputIndicators().isEmpty() && program.getOutcomeIndicators().isEmpty());
	}

	@Test
	void aListCellTakesTheOneItemItsTextNamesOrHoldsAndRefusesOneItCannotTell() {
		List<String> items = List.of("必要性", "研究開発内容及び事業アウトプットの妥当性", "内容", "アウトプット", "総合評価", "Chair");
		Function<Object, String> label = String.class::cast;
		assertEquals("総合評価", Spreadsheet.choice(items, label, "7．総合評価"), "as the score table and the report number it");
		assertEquals("総合評価", Spreadsheet.choice(items, label, "総合"));
		assertEquals("必要性", Spreadsheet.choice(items, label, "1．当省が実施することの必要性"));
		assertEquals("研究開発内容及び事業アウトプットの妥当性", Spreadsheet.choice(items, label, "２．研究開発内容及び事業アウトプットの妥当性"),
				"the label holding the others it holds");
		assertEquals("内容", Spreadsheet.choice(items, label, "内容"), "a label as it is, though others hold it");
		assertEquals("Chair", Spreadsheet.choice(items, label, " CHAIR "));
		IllegalArgumentException twoOfThem = assertThrows(IllegalArgumentException.class,
				() -> Spreadsheet.choice(items, label, "必要性と総合評価"));
		assertTrue(twoOfThem.getMessage().contains("必要性と総合評価"), twoOfThem.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Spreadsheet.choice(items, label, "性"),
				"held by two labels that do not hold each other");
		// an empty cell chooses none where none is a choice, as a reference that may be unset offers it
		List<String> orNone = Arrays.asList(null, "PCT/JP2020/000000", "特願2019-000000");
		assertNull(Spreadsheet.choice(orNone, choice -> choice == null ? "" : (String) choice, ""));
		assertEquals("特願2019-000000", Spreadsheet.choice(orNone, choice -> choice == null ? "" : (String) choice, "2019-000000"));
	}

	@Test
	void copyPutsTheSelectedBlockOnTheClipboardTabSeparated() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		Table table = budgetLines(editor).table().viewer().getTable();
		Spreadsheet sheet = start(table, 0, 0);
		bot.pressKey(table, SWT.ARROW_RIGHT, SWT.SHIFT);
		bot.pressKey(table, SWT.ARROW_DOWN, SWT.SHIFT);
		assertEquals(List.of(new Position(0, 0), new Position(1, 1)), bot.syncCall(() -> List.of(sheet.selection())));
		shot(table, "spreadsheet-block.png");
		bot.pressKey(table, 'c', SWT.MOD1);
		assertEquals(List.of(List.of("高性能な国産細胞株の開発", "461"), List.of("バイオ医薬品連続生産等の基盤技術開発", "845")),
				TabSeparated.parse(bot.clipboard()), "the Japanese texts as they are");
	}

	@Test
	void scoresArePastedAsTypedAndAScoreOutsideTheScaleRefusesTheBlock() {
		EvaluationEditor editor = open("saisei-iryo-2022");
		ScoresPage page = bot.syncCall(() -> (ScoresPage) editor.setActivePage(ScoresPage.ID));
		ScoresPage.ScoreView view = bot.syncCall(() -> page.views().get(0));
		Table table = bot.syncCall(() -> view.viewer().getTable());
		start(table, 0, 1);
		bot.setClipboard("0\t1" + LINE_END + "2\t3" + LINE_END);
		bot.pressKey(table, 'v', SWT.MOD1);
		List<ItemScore> rows = bot.syncCall(() -> view.evaluation().getScoreTable().getRows());
		bot.waitUntil("the scores are pasted", () -> List.of(table.getItem(0).getText(1), table.getItem(0).getText(2), table.getItem(1).getText(1),
				table.getItem(1).getText(2)).equals(List.of("0", "1", "2", "3")));
		assertEquals(Integer.valueOf(3), bot.syncCall(() -> rows.get(1).getScores().stream().filter(s -> s.getColumn() == 2).findFirst()
				.orElseThrow().getValue()));
		bot.windowShell().menu("Edit", "Undo Paste 4 Cells").click();
		bot.waitUntil("one Undo takes the block away", () -> !editor.isDirty());

		bot.setClipboard("1\t4");
		bot.pressKey(table, 'v', SWT.MOD1);
		String message = message(page);
		String evaluator = bot.syncCall(() -> table.getColumn(2).getText());
		assertTrue(message.contains("row 1") && message.contains(evaluator) && message.contains("outside the scale"), message);
		shot(table, "spreadsheet-scores-refused.png");
		assertFalse(bot.syncCall(editor::isDirty));
	}

	@Test
	void quotedCellsAreReadAsExcelWritesThem() {
		String excel = "\"a\tb\"\t\"two\r\nlines\"\r\n\"say \"\"hi\"\"\"\tplain \"quote\"\r\n";
		List<List<String>> cells = List.of(List.of("a\tb", "two\r\nlines"), List.of("say \"hi\"", "plain \"quote\""));
		assertEquals(cells, TabSeparated.parse(excel));
		assertEquals(cells, TabSeparated.parse(TabSeparated.write(cells)), "written as it is read");
		assertEquals(List.of(List.of("1", ""), List.of("", "2")), TabSeparated.parse("1\t\n\t2"), "empty cells, no last line end");
		assertEquals(List.of(), TabSeparated.parse(""));
	}

	@Test
	void typingIntoAListCellChoosesTheItemThatBeginsWithOrHoldsWhatWasTyped() {
		MemberRow role = memberRole();
		EvaluationEditor editor = role.editor();
		CommitteeMember member = role.member();
		Table table = role.table();
		int row = role.row();
		String chair = bot.syncCall(() -> PropertyLabels.of(editor.model().adapterFactory(), member, ROLE, CommitteeRole.CHAIR));
		String plain = bot.syncCall(() -> PropertyLabels.of(editor.model().adapterFactory(), member, ROLE, CommitteeRole.MEMBER));
		start(table, row, 0);

		// the second letter of 座長 / Chair begins no role and is held by that one alone
		bot.pressKey(table, chair.charAt(1));
		CCombo roles = choices();
		assertEquals(chair, bot.syncCall(roles::getText), "a letter typed opens the list at the role that holds it");
		bot.pressEnter(roles);
		assertEquals(CommitteeRole.CHAIR, bot.syncCall(member::getRole));

		start(table, row, 0);
		bot.pressKey(table, plain.charAt(0));
		CCombo again = choices();
		bot.pressKey(again, 'Z');
		assertEquals(plain, bot.syncCall(again::getText), "a letter that matches nothing more keeps the role chosen so far");
		bot.pressEnter(again);
		assertEquals(CommitteeRole.MEMBER, bot.syncCall(member::getRole), "the first letters choose the role that begins with them");
		bot.syncRun(() -> editor.model().commandStack().undo());
		assertEquals(CommitteeRole.CHAIR, bot.syncCall(member::getRole), "each choice is one undoable change");
	}

	/** Alt+Down on a list cell opens its choices, as in Excel: a Japanese label needs no typing ahead to be chosen. */
	@Test
	void altDownOpensAListCellsChoices() {
		MemberRow role = memberRole();
		Table table = role.table();
		start(table, role.row(), 0);

		bot.pressKey(table, SWT.ARROW_DOWN, SWT.ALT);
		// the keyboard is in the list dropped down, a shell of its own: the cell's list is found in the table
		bot.waitUntil("the cell's list shows its items", () -> bot.syncCall(() -> UiBot.findAll(table, CCombo.class, CCombo::getListVisible).size() == 1));
		CCombo roles = bot.syncCall(() -> UiBot.findAll(table, CCombo.class, CCombo::getListVisible).get(0));
		bot.screenshot("sheet-alt-down.png"); //$NON-NLS-1$
		bot.syncRun(() -> {
			roles.setListVisible(false);
			roles.select(Arrays.asList(roles.getItems()).indexOf(PropertyLabels.of(role.editor().model().adapterFactory(), role.member(), ROLE, CommitteeRole.CHAIR)));
		});
		bot.pressEnter(roles);
		assertEquals(CommitteeRole.CHAIR, bot.syncCall(role.member()::getRole), "the item chosen in the list opened is the role");

		start(table, role.row(), 0);
		bot.pressKey(table, SWT.ARROW_DOWN);
		assertFalse(bot.syncCall(() -> role.page().tables().get(0).table().viewer().isCellEditorActive()), "Down alone moves, it opens nothing");
		bot.syncRun(() -> role.editor().model().commandStack().undo());
	}

	/** Sample 000's first committee member who does not chair, in the Committee page's table of members. */
	private record MemberRow(EvaluationEditor editor, CommitteePage page, CommitteeMember member, int row, Table table) {
	}

	private MemberRow memberRole() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		CommitteePage page = bot.syncCall(() -> (CommitteePage) editor.setActivePage(CommitteePage.ID));
		List<CommitteeMember> members = bot.syncCall(() -> editor.report().getCommittee().getMembers());
		int row = bot.syncCall(() -> members.indexOf(members.stream().filter(member -> member.getRole() != CommitteeRole.CHAIR).findFirst().orElseThrow()));
		return new MemberRow(editor, page, members.get(row), row, bot.syncCall(() -> page.tables().get(0).table().viewer().getTable()));
	}

	private CCombo choices() {
		bot.waitUntil("a list cell editor has the keyboard", () -> bot.display().getFocusControl() != null
				&& bot.display().getFocusControl().getParent() instanceof CCombo);
		return bot.syncCall(() -> (CCombo) bot.display().getFocusControl().getParent());
	}

	/** The table with the keyboard on the cell. */
	private Spreadsheet start(Table table, int row, int column) {
		Spreadsheet sheet = bot.syncCall(() -> Spreadsheet.on(table));
		assertNotNull(sheet, "the table is a spreadsheet");
		bot.syncRun(() -> {
			UiBot.reveal(table);
			table.setFocus();
			sheet.focus(row, column);
		});
		bot.flush();
		return sheet;
	}

	/** The Projects page's list of projects (code, name), shown. */
	private Table projectList(EvaluationEditor editor) {
		ProjectsPage page = OpenedEditors.show(bot, editor, ProjectsPage.ID);
		return bot.syncCall(() -> page.master().viewer().getTable());
	}

	/** A screenshot of the editor maximized, the table scrolled into view and painted. */
	private void shot(Control control, String name) {
		OpenedEditors.shotMaximized(bot, control, name);
	}

	private Text cellEditor() {
		bot.waitUntil("a cell editor has the keyboard", () -> bot.display().getFocusControl() instanceof Text);
		return assertInstanceOf(Text.class, bot.syncCall(bot.display()::getFocusControl));
	}

	private String message(ModelFormPage page) {
		return bot.syncCall(() -> page.problem());
	}

	private static String amount(BudgetLine line, int year) {
		return line.getCells().get(year).getAmount().toPlainString();
	}

	private static String amountIn(BudgetLine line, int year) {
		return line.getCells().stream().filter(cell -> cell.getFiscalYear() == year).findFirst().orElseThrow().getAmount().toPlainString();
	}

	/** Takes every line out of the budget, as one command; the table showing it, with no rows. */
	private Table emptied(EvaluationEditor editor, BudgetTable budget) {
		Table table = budgetLines(editor).table().viewer().getTable();
		bot.syncRun(() -> editor.model().commandStack().execute(
				RemoveCommand.create(editor.model().domain(), budget, FinancePackage.Literals.BUDGET_TABLE__LINES, List.copyOf(budget.getLines()))));
		bot.waitUntil("the table has no rows", () -> table.getItemCount() == 0);
		bot.syncRun(table::setFocus);
		return table;
	}

	private static List<Integer> years(BudgetTable budget) {
		return budget.getColumns().stream().map(FiscalYearColumn::getFiscalYear).toList();
	}

	private static List<String> amounts(BudgetTable budget) {
		return budget.getLines().stream().flatMap(line -> line.getCells().stream()).map(cell -> cell.getAmount().toPlainString()).toList();
	}

	/** Project C's 資金配分, shown on the Projects page. */
	private BudgetTable allocation(EvaluationEditor editor) {
		ProjectsPage page = bot.syncCall(() -> (ProjectsPage) editor.setActivePage(ProjectsPage.ID));
		Project c = bot.syncCall(() -> editor.report().getProgram().getProjects().get(2));
		bot.syncRun(() -> page.select(c));
		bot.flush();
		return bot.syncCall(() -> c.getBudgetTables().stream().filter(table -> "bud-C-alloc".equals(table.getId())).findFirst().orElseThrow());
	}

	/** The list of the allocation's lines. */
	private ListEditor<?> budgetLines(EvaluationEditor editor) {
		allocation(editor);
		ProjectsPage page = bot.syncCall(() -> (ProjectsPage) editor.getActivePageInstance());
		return bot.syncCall(() -> allocationLines(page));
	}

	private static ListEditor<?> allocationLines(ProjectsPage page) {
		return page.budgetLists().stream().filter(list -> !list.table().viewer().getTable().isDisposed()
				&& list.table().viewer().getTable().getData() instanceof BudgetTable budget && "bud-C-alloc".equals(budget.getId())).findFirst().orElseThrow();
	}

	/** The table of the allocation's lines as the page shows it now (a new year rebuilds it). */
	private static Table allocationTable(ProjectsPage page) {
		return allocationLines(page).table().viewer().getTable();
	}

	private EvaluationEditor open(String sample) {
		try {
			return (EvaluationEditor) bot.openEditor(SampleEvaluations.install(SampleEvaluations.find(sample).orElseThrow(), null));
		} catch (CoreException e) {
			throw new IllegalStateException(sample, e);
		}
	}
}
