package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.hyoka.core.budget.Budgets;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearAmount;

/**
 * Budget tables as the report prints them: amounts per fiscal year as entered, each row's sum, the sums per year
 * computed by {@link Budgets} and the totals the table prints. Shared by every page that shows a budget.
 */
final class BudgetTables {

	private final List<Table> widgets = new ArrayList<>();

	/** Adds a table widget showing the budget table; it follows the model on {@link #update()}. */
	Table add(FormToolkit toolkit, Composite parent, BudgetTable table) {
		Table widget = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION);
		widget.setHeaderVisible(true);
		widget.setLinesVisible(true);
		widget.setData(table);
		// a small preferred width: the table takes the page's width and scrolls sideways when its years need more
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(widget);
		widgets.add(widget);
		fill(widget, table);
		return widget;
	}

	/** Forgets the widgets, before a page builds its content again. */
	void clear() {
		widgets.clear();
	}

	/** Brings every table up to date after a change of the model. */
	void update() {
		for (Table widget : widgets) {
			if (!widget.isDisposed()) {
				fill(widget, (BudgetTable) widget.getData());
			}
		}
	}

	private static void fill(Table widget, BudgetTable table) {
		widget.setRedraw(false);
		widget.removeAll();
		for (TableColumn column : widget.getColumns()) {
			column.dispose();
		}
		List<Integer> years = new ArrayList<>();
		table.getColumns().forEach(column -> years.add(column.getFiscalYear()));
		column(widget, Messages.budgetItem, 220, SWT.LEFT);
		for (Integer year : years) {
			column(widget, Texts.year(year), 105, SWT.RIGHT);
		}
		column(widget, Messages.budgetRowSum, 90, SWT.RIGHT);
		for (BudgetLine line : table.getLines()) {
			List<String> cells = new ArrayList<>();
			cells.add(line.getLabelPrinted());
			for (Integer year : years) {
				cells.add(line.getCells().stream().filter(cell -> year != null && cell.getFiscalYear() == year)
						.findFirst().map(BudgetTables::cellText).orElse("")); //$NON-NLS-1$
			}
			cells.add(Texts.amount(Budgets.rowSum(line)));
			row(widget, cells);
		}
		SortedMap<Integer, BigDecimal> sums = Budgets.columnSums(table);
		row(widget, totals(Messages.budgetColumnSums, years, sums));
		if (!table.getStatedTotals().isEmpty()) {
			List<String> stated = new ArrayList<>();
			stated.add(Messages.budgetStatedTotals);
			for (Integer year : years) {
				stated.add(year == null ? "" : Budgets.statedTotal(table, year).map(Texts::amount).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			stated.add(Texts.amount(table.getStatedGrandTotal()));
			row(widget, stated);
		}
		widget.setRedraw(true);
	}

	private static List<String> totals(String label, List<Integer> years, Map<Integer, BigDecimal> sums) {
		List<String> cells = new ArrayList<>();
		cells.add(label);
		BigDecimal all = BigDecimal.ZERO;
		for (Integer year : years) {
			BigDecimal sum = year == null ? null : sums.get(year);
			cells.add(Texts.amount(sum));
			all = sum == null ? all : all.add(sum);
		}
		cells.add(Texts.amount(all));
		return cells;
	}

	private static String cellText(FiscalYearAmount cell) {
		if (cell.getAmount() != null) {
			return Texts.amount(cell.getAmount());
		}
		return cell.getStatusPrinted() != null ? cell.getStatusPrinted() : ""; //$NON-NLS-1$
	}

	private static void column(Table widget, String text, int width, int alignment) {
		TableColumn column = new TableColumn(widget, alignment);
		column.setText(text);
		column.setWidth(width);
	}

	private static void row(Table widget, List<String> cells) {
		new TableItem(widget, SWT.NONE).setText(cells.stream().map(c -> c == null ? "" : c).toArray(String[]::new)); //$NON-NLS-1$
	}
}
