package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramPackage;

/**
 * A page showing a program or project with its budget tables, as the report prints them and editable: the list of
 * tables (title, unit), and for each its lines with an amount per fiscal year, each line's sum, and the totals as
 * printed next to the sums {@link Budgets} computes, and the list of its fiscal years: adding a year adds its cell to
 * every line, removing one removes them, and moving one moves its column.
 */
abstract class SubjectPage extends ModelFormPage {

	private final List<ListEditor<?>> budgetLists = new ArrayList<>();
	/** The bindings of the text fields the page shows now: made anew each time it builds its fields again. */
	private DataBindingContext bindings;
	private final List<EObjectTable<?>> budgetTotals = new ArrayList<>();
	private final List<ListEditor<?>> budgetYears = new ArrayList<>();

	SubjectPage(EvaluationEditor editor, String id, String tabTitle, String formTitle) {
		super(editor, id, tabTitle, formTitle);
	}

	/** The subject's budget tables, each in its own section of the parent. */
	protected void budgets(Composite parent, EvaluationSubject subject) {
		budgetLists.clear();
		budgetTotals.clear();
		budgetYears.clear();
		Composite area = section(parent, Messages.sectionBudgets, Messages.sectionBudgetsDescription);
		GridLayoutFactory.fillDefaults().applyTo(area);
		ListEditor<BudgetTable> tables = list(area, subject::getBudgetTables, FinancePackage.Literals.BUDGET_TABLE);
		tables.addition(typeName(FinancePackage.Literals.BUDGET_TABLE), domain -> {
			BudgetTable table = FinanceFactory.eINSTANCE.createBudgetTable();
			table.setId(NewObjects.id(subject, "budget")); //$NON-NLS-1$
			table.setUnit(MoneyUnit.HYAKUMAN_YEN);
			return ListEditor.add(domain, subject, ProgramPackage.Literals.EVALUATION_SUBJECT__BUDGET_TABLES, table);
		});
		tables.table().editableColumn(Messages.columnTitle, 30, 200, SWT.LEFT, table -> table, FinancePackage.Literals.BUDGET_TABLE__TITLE_PRINTED)
				.editableColumn(Messages.columnUnit, 8, 80, SWT.LEFT, table -> table, FinancePackage.Literals.BUDGET_TABLE__UNIT)
				.column(Messages.columnYears, 12, 100, table -> Texts.join(table.getColumns().stream().map(column -> Texts.year(column.getFiscalYear()))))
				.refresh();
		budgetLists.add(tables);
		for (BudgetTable table : subject.getBudgetTables()) {
			budget(parent, subject, table);
		}
	}

	private void budget(Composite parent, EvaluationSubject subject, BudgetTable table) {
		Composite area = section(parent, Texts.firstOf(table.getTitlePrinted(), table.getKindPrinted(), Messages.sectionBudget),
				NLS.bind(Messages.sectionBudgetDescription, label(table, FinancePackage.Literals.BUDGET_TABLE__UNIT, table.getUnit())));
		GridLayoutFactory.fillDefaults().applyTo(area);
		ListEditor<BudgetLine> lines = list(area, table::getLines, FinancePackage.Literals.BUDGET_LINE);
		lines.addition(typeName(FinancePackage.Literals.BUDGET_LINE), domain -> addLine(domain, table));
		EObjectTable<BudgetLine> cells = lines.table();
		cells.editableColumn(Messages.budgetItem, 22, 160, SWT.LEFT, line -> line, FinancePackage.Literals.BUDGET_LINE__LABEL_PRINTED);
		List<Integer> years = years(table);
		for (Integer year : years) {
			cells.editableColumn(Texts.year(year), 10, 90, SWT.RIGHT, line -> cell(line.getCells(), year),
					FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, line -> cellText(cell(line.getCells(), year)));
		}
		cells.column(Messages.budgetRowSum, 9, 80, SWT.RIGHT, line -> Texts.amount(Budgets.rowSum(line))).refresh();
		// tests and readers find the budget's table by its data
		cells.viewer().getTable().setData(table);
		budgetLists.add(lines);

		EObjectTable<BudgetTable> totals = table(area, () -> List.of(table));
		totals.column(Messages.budgetStatedTotals, 22, 160, row -> Messages.budgetStatedTotalsComputed);
		for (Integer year : years) {
			totals.editableColumn(Texts.year(year), 10, 90, SWT.RIGHT, row -> cell(row.getStatedTotals(), year),
					FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT,
					// a column whose fiscal year is unknown has no sum of its own
					row -> printedAndComputed(cell(row.getStatedTotals(), year), year == null ? null : Budgets.columnSums(row).get(year)));
		}
		totals.editableColumn(Messages.budgetRowSum, 9, 80, SWT.RIGHT, row -> row, FinancePackage.Literals.BUDGET_TABLE__STATED_GRAND_TOTAL,
				row -> printedAndComputed(row.getStatedGrandTotal(),
						Budgets.columnSums(row).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)))
				.refresh();
		budgetTotals.add(totals);

		// the years in the order the table prints them; a year's cells and printed total go and come back with it
		ListEditor<FiscalYearColumn> columns = list(area, table::getColumns, FinancePackage.Literals.FISCAL_YEAR_COLUMN);
		columns.addition(typeName(FinancePackage.Literals.FISCAL_YEAR_COLUMN), domain -> addYear(domain, subject, table))
				.removal(column -> removeYear(domain(), table, column));
		columns.table().column(Messages.columnFiscalYear, 10, 90, column -> Texts.year(column.getFiscalYear())).refresh();
		budgetYears.add(columns);
	}

	/** A line with a cell for each year of the table. */
	private static Command addLine(EditingDomain domain, BudgetTable table) {
		BudgetLine line = FinanceFactory.eINSTANCE.createBudgetLine();
		for (Integer year : years(table)) {
			line.getCells().add(amount(year));
		}
		return ListEditor.add(domain, table, FinancePackage.Literals.BUDGET_TABLE__LINES, line);
	}

	/**
	 * The year after the table's last, else the first of the subject's period, else this fiscal year; with its cell in
	 * every line and its printed total.
	 */
	private static Command addYear(EditingDomain domain, EvaluationSubject subject, BudgetTable table) {
		Optional<Integer> last = years(table).stream().filter(Objects::nonNull).max(Integer::compare);
		int year = last.isPresent() ? last.get() + 1
				: subject.getPeriod() != null && subject.getPeriod().getStartFY() != null ? subject.getPeriod().getStartFY()
						: FiscalYears.of(LocalDate.now());
		CompoundCommand command = new CompoundCommand();
		for (BudgetLine line : table.getLines()) {
			command.append(AddCommand.create(domain, line, FinancePackage.Literals.BUDGET_LINE__CELLS, amount(year)));
		}
		command.append(AddCommand.create(domain, table, FinancePackage.Literals.BUDGET_TABLE__STATED_TOTALS, amount(year)));
		FiscalYearColumn column = FinanceFactory.eINSTANCE.createFiscalYearColumn();
		column.setFiscalYear(year);
		command.append(AddCommand.create(domain, table, FinancePackage.Literals.BUDGET_TABLE__COLUMNS, column));
		return command;
	}

	/** The column, the cell of its year in every line and its printed total. */
	private static Command removeYear(EditingDomain domain, BudgetTable table, FiscalYearColumn column) {
		Integer year = column.getFiscalYear();
		CompoundCommand command = new CompoundCommand();
		for (BudgetLine line : table.getLines()) {
			FiscalYearAmount cell = cell(line.getCells(), year);
			if (cell != null) {
				command.append(RemoveCommand.create(domain, line, FinancePackage.Literals.BUDGET_LINE__CELLS, cell));
			}
		}
		FiscalYearAmount total = cell(table.getStatedTotals(), year);
		if (total != null) {
			command.append(RemoveCommand.create(domain, table, FinancePackage.Literals.BUDGET_TABLE__STATED_TOTALS, total));
		}
		command.append(RemoveCommand.create(domain, table, FinancePackage.Literals.BUDGET_TABLE__COLUMNS, column));
		return command;
	}

	private static FiscalYearAmount amount(int year) {
		FiscalYearAmount cell = FinanceFactory.eINSTANCE.createFiscalYearAmount();
		cell.setFiscalYear(year);
		return cell;
	}

	private static List<Integer> years(BudgetTable table) {
		return table.getColumns().stream().map(FiscalYearColumn::getFiscalYear).toList();
	}

	private static FiscalYearAmount cell(List<FiscalYearAmount> cells, Integer year) {
		return year == null ? null : cells.stream().filter(cell -> cell.getFiscalYear() == year).findFirst().orElse(null);
	}

	private static String cellText(FiscalYearAmount cell) {
		if (cell == null) {
			return ""; //$NON-NLS-1$
		}
		return cell.getAmount() != null ? Texts.amount(cell.getAmount()) : Texts.firstOf(cell.getStatusPrinted());
	}

	/** The printed total, and beside it the computed sum where the two differ: "44,856 ≠ 0". */
	private static String printedAndComputed(FiscalYearAmount printed, BigDecimal computed) {
		return printedAndComputed(printed == null ? null : printed.getAmount(), computed);
	}

	private static String printedAndComputed(BigDecimal printed, BigDecimal computed) {
		if (printed == null) {
			return computed == null ? "" : NLS.bind(Messages.budgetComputedOnly, Texts.amount(computed)); //$NON-NLS-1$
		}
		BigDecimal sum = computed == null ? BigDecimal.ZERO : computed;
		return printed.compareTo(sum) == 0 ? Texts.amount(printed) : NLS.bind(Messages.budgetMismatch, Texts.amount(printed), Texts.amount(sum));
	}

	/** The tables and years of the subject's budgets: when they change, the page is built again. */
	protected static List<Object> budgetLayout(EvaluationSubject subject) {
		List<Object> layout = new ArrayList<>();
		for (BudgetTable table : subject.getBudgetTables()) {
			layout.add(table);
			layout.addAll(years(table));
			layout.add(Objects.toString(table.getTitlePrinted()));
			layout.add(Objects.toString(table.getUnit()));
		}
		return layout;
	}

	/** Brings the budget tables up to date after a change of the model. */
	protected void updateBudgets() {
		budgetLists.forEach(ListEditor::refresh);
		budgetTotals.forEach(EObjectTable::refresh);
		budgetYears.forEach(ListEditor::refresh);
	}

	/** The list of budget tables, then the lines of each table; for tests. */
	public List<ListEditor<?>> budgetLists() {
		return budgetLists;
	}

	/** The fiscal years of each table, to add, remove and reorder; for tests. */
	public List<ListEditor<?>> budgetYears() {
		return budgetYears;
	}

	/** The printed totals of each table; for tests. */
	public List<EObjectTable<?>> budgetTotals() {
		return budgetTotals;
	}

	/** Drops the bindings of the fields built before; the fields built next bind anew. */
	protected void rebind() {
		if (bindings != null) {
			bindings.dispose();
		}
		bindings = new DataBindingContext();
	}

	/**
	 * A labelled field editing an attribute of the subject: each edit, when the field loses the focus, is a SetCommand
	 * on the editing domain, so it can be undone. Call {@link #rebind()} before building the fields.
	 */
	protected void text(Composite parent, EvaluationSubject subject, EAttribute attribute, String label, int style) {
		boolean multi = (style & SWT.MULTI) != 0;
		// a label beside a tall field reads as its first line's, not as the next row's
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, multi ? SWT.BEGINNING : SWT.CENTER)
				.applyTo(getManagedForm().getToolkit().createLabel(parent, label));
		// a border says the value can be edited, unlike the labels around it
		Text text = getManagedForm().getToolkit().createText(parent, "", style | SWT.BORDER); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(400, multi ? 80 : SWT.DEFAULT).applyTo(text);
		bindings.bindValue(WidgetProperties.text(SWT.FocusOut).observe(text), new NamedValue(editor.model().domain(), subject, attribute, label));
		revealable(subject, attribute, text);
	}

	@Override
	public void dispose() {
		if (bindings != null) {
			bindings.dispose();
		}
		super.dispose();
	}
}
