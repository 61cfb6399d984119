package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.core.time.TypedYears;
import org.hyoka.edit.ui.EObjectTable;
import org.hyoka.edit.ui.ListEditor;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.base.Period;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.ProgramPackage;

/**
 * A page showing a program or project with its period, budget tables and narrative sections, as the report prints
 * them and editable: the list of tables (title, unit), and for each its lines with an amount per fiscal year, each
 * line's sum, and the totals as printed next to the sums {@link Budgets} computes, marked where they differ, and the
 * list of its fiscal years: adding a year adds its cell to every line, removing one removes them, moving one moves its
 * column, and changing one changes the year of its cells.
 */
abstract class SubjectPage extends ModelFormPage {

	private final List<ListEditor<?>> budgetLists = new ArrayList<>();
	private final List<EObjectTable<?>> budgetTotals = new ArrayList<>();
	private final List<ListEditor<?>> budgetYears = new ArrayList<>();
	private final List<EObjectTable<?>> periods = new ArrayList<>();
	private final List<ListEditor<?>> narratives = new ArrayList<>();
	/** The sections of the budget tables shown, which {@link #budgetTables} shows other tables in or builds again. */
	private final List<BudgetSection> budgetSections = new ArrayList<>();
	/** What {@link #later} waits to build; null once built. */
	private Runnable pending;
	private boolean filling;

	/**
	 * A printed total against what it totals, as the validation rule compares them (docs/validation.md): the sum is
	 * null where there is nothing to add up, the rule null where validation compares nothing (no mark then).
	 */
	private record Total(BigDecimal printed, BigDecimal sum, long summands, String rule) {
	}

	SubjectPage(EvaluationEditor editor, String id, String tabTitle, String formTitle) {
		super(editor, id, tabTitle, formTitle);
	}

	/**
	 * The subject's period in a row of two cells, its first and last fiscal year typed as 2024, after a label in the
	 * two-column parent; a subject without a period shows none to edit. The subject is read again on every refresh.
	 */
	protected EObjectTable<EvaluationSubject> period(Composite parent, Supplier<? extends EvaluationSubject> subject) {
		periods.removeIf(table -> table.control().isDisposed());
		GridDataFactory.swtDefaults().applyTo(getManagedForm().getToolkit().createLabel(parent, Messages.fieldPeriod));
		EObjectTable<EvaluationSubject> period = table(parent, () -> List.of(subject.get()));
		period.editableColumn(Messages.columnPeriodStart, 10, 120, SWT.LEFT, EvaluationSubject::getPeriod, BasePackage.Literals.PERIOD__START_FY,
				row -> row.getPeriod() == null ? "" : Texts.year(row.getPeriod().getStartFY())) //$NON-NLS-1$
				.editableColumn(Messages.columnPeriodEnd, 10, 120, SWT.LEFT, EvaluationSubject::getPeriod, BasePackage.Literals.PERIOD__END_FY,
						row -> row.getPeriod() == null ? "" : Texts.year(row.getPeriod().getEndFY())) //$NON-NLS-1$
				.refresh();
		periods.add(period);
		return period;
	}

	/**
	 * The subject's narrative sections (目的・概要, 必要性 …), which the report prints after its tables: a heading each
	 * and its text in a multi-line field. The subject is read again on every refresh and addition.
	 */
	protected ListEditor<NarrativeSection> narratives(Composite parent, Supplier<? extends EvaluationSubject> subject) {
		narratives.removeIf(list -> list.control().isDisposed());
		Composite area = section(parent, Messages.sectionNarratives, Messages.sectionNarrativesDescription);
		GridLayoutFactory.fillDefaults().applyTo(area);
		ListEditor<NarrativeSection> list = list(area, () -> subject.get().getNarratives(), ProgramPackage.Literals.NARRATIVE_SECTION);
		list.addition(typeName(ProgramPackage.Literals.NARRATIVE_SECTION), domain -> ListEditor.add(domain, subject.get(),
				ProgramPackage.Literals.EVALUATION_SUBJECT__NARRATIVES, ProgramFactory.eINSTANCE.createNarrativeSection()))
				.longText(Messages.columnText, ProgramPackage.Literals.NARRATIVE_SECTION__TEXT);
		list.table().editableColumn(Messages.columnHeading, 12, 160, SWT.LEFT, narrative -> narrative,
				ProgramPackage.Literals.NARRATIVE_SECTION__HEADING_PRINTED)
				// its first line, so that the rows keep one height; the field below shows it whole
				.column(Messages.columnText, 30, 200, narrative -> narrative.getText() == null ? "" //$NON-NLS-1$
						: narrative.getText().lines().findFirst().orElse("") + (narrative.getText().contains("\n") ? " …" : "")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.refresh();
		narratives.add(list);
		return list;
	}

	/**
	 * Builds these widgets at the end of {@link #content} once the editor has been painted, at once if it has been: the
	 * sections below a page's first screen then do not delay the editor's first showing (docs/benchmarks.md,
	 * "Start-up"). Whatever needs them before (reveal, the accessors) builds them first.
	 */
	protected void later(Runnable build) {
		pending = build;
		filling = true;
		try {
			editor.whenShown(this::buildPending);
		} finally {
			filling = false;
		}
	}

	private void buildPending() {
		Runnable build = pending;
		if (build == null || content == null || content.isDisposed()) {
			return;
		}
		pending = null;
		build.run();
		// within fill() the page is laid out after it; later the new sections need laying out and the form reflowing
		if (!filling) {
			content.layout(true, true);
			getManagedForm().reflow(true);
		}
	}

	@Override
	public void reveal(EObject object, EStructuralFeature feature, boolean focus) {
		buildPending();
		super.reveal(object, feature, focus);
	}

	/**
	 * The section listing the subject's budget tables (title, unit, years); the subject is read again on every refresh
	 * and addition.
	 */
	protected void budgetList(Composite parent, Supplier<? extends EvaluationSubject> subject) {
		budgetLists.clear();
		budgetTotals.clear();
		budgetYears.clear();
		Composite area = section(parent, Messages.sectionBudgets, Messages.sectionBudgetsDescription);
		GridLayoutFactory.fillDefaults().applyTo(area);
		ListEditor<BudgetTable> tables = list(area, () -> subject.get().getBudgetTables(), FinancePackage.Literals.BUDGET_TABLE);
		tables.addition(typeName(FinancePackage.Literals.BUDGET_TABLE), domain -> {
			BudgetTable table = FinanceFactory.eINSTANCE.createBudgetTable();
			table.setId(NewObjects.id(subject.get(), "budget")); //$NON-NLS-1$
			table.setUnit(MoneyUnit.HYAKUMAN_YEN);
			// a report's table has a column for each year of the period, the years to come too (要求予定)
			periodYears(subject.get()).forEach(year -> {
				table.getColumns().add(column(year));
				table.getStatedTotals().add(amount(year));
			});
			return ListEditor.add(domain, subject.get(), ProgramPackage.Literals.EVALUATION_SUBJECT__BUDGET_TABLES, table);
		});
		// the kind heads the table in the report: 予算額等（執行額）
		tables.table().editableColumn(Messages.columnTitle, 30, 200, SWT.LEFT, table -> table, FinancePackage.Literals.BUDGET_TABLE__TITLE_PRINTED)
				.editableColumn(Messages.columnAmountKind, 10, 90, SWT.LEFT, table -> table, FinancePackage.Literals.BUDGET_TABLE__KIND)
				.editableColumn(Messages.columnUnit, 8, 80, SWT.LEFT, table -> table, FinancePackage.Literals.BUDGET_TABLE__UNIT)
				.column(Messages.columnYears, 12, 100, table -> Texts.join(table.getColumns().stream().map(column -> Texts.year(column.getFiscalYear()))))
				.refresh();
		budgetLists.add(tables);
	}

	/**
	 * Each of the subject's budget tables in its own section at the end of the parent, after {@link #budgetList}:
	 * lines, printed totals, years. The sections shown before are kept and show these tables, the first section the
	 * first table and so on, whatever their years (another project's tables, or the same ones after an edit), so that
	 * selecting another project does not build them again (docs/benchmarks.md, "The editor's UI tests"); only the
	 * sections of tables beyond those shown before are built, and those left over go.
	 *
	 * @return the sections built, in the tables' order; none when the subject has no more tables than shown before
	 */
	protected List<Control> budgetTables(Composite parent, EvaluationSubject subject) {
		budgetSections.removeIf(section -> section.area.isDisposed());
		List<BudgetTable> tables = subject.getBudgetTables();
		int kept = Math.min(tables.size(), budgetSections.size());
		for (int index = 0; index < kept; index++) {
			budgetSections.get(index).show(subject, tables.get(index));
		}
		List<BudgetSection> leftOver = budgetSections.subList(kept, budgetSections.size());
		leftOver.forEach(BudgetSection::dispose);
		leftOver.clear();
		List<Control> built = new ArrayList<>();
		for (BudgetTable table : tables.subList(kept, tables.size())) {
			BudgetSection section = new BudgetSection(parent, subject, table);
			budgetSections.add(section);
			built.add(section.area.getParent());
		}
		return built;
	}

	/**
	 * Shows the subject's tables again in their sections, once {@link #later} has built them: a year added, changed or
	 * removed adds, retitles or removes its columns in place.
	 */
	protected void updateBudgetTables(Composite parent, EvaluationSubject subject) {
		if (pending == null && subject != null) {
			budgetTables(parent, subject);
		}
	}

	/**
	 * A budget table's section: its lines with a column per year, its printed totals and its years. It shows one table
	 * and then another: its widgets read the table shown, the years' columns are titled anew, and those of the years
	 * the other table has more or fewer are added before the sums or removed.
	 */
	private final class BudgetSection {

		private final Composite area;
		private final ListEditor<BudgetLine> lines;
		private final EObjectTable<BudgetLine> cells;
		private final EObjectTable<BudgetTable> totals;
		private final ListEditor<FiscalYearColumn> columns;
		private EvaluationSubject subject;
		private BudgetTable table;
		/** The table's years, a column each after the first of the lines and of the totals. */
		private List<Integer> years;

		BudgetSection(Composite parent, EvaluationSubject subject, BudgetTable table) {
			this.subject = subject;
			this.table = table;
			years = years(table);
			area = section(parent, title(table), description(table));
			GridLayoutFactory.fillDefaults().applyTo(area);
			lines = list(area, () -> this.table.getLines(), FinancePackage.Literals.BUDGET_LINE);
			lines.addition(typeName(FinancePackage.Literals.BUDGET_LINE), domain -> addLine(domain, this.table));
			cells = lines.table();
			cells.editableColumn(Messages.budgetItem, 22, 160, SWT.LEFT, line -> line, FinancePackage.Literals.BUDGET_LINE__LABEL_PRINTED);
			for (int column = 0; column < years.size(); column++) {
				cellsOfYear(column);
			}
			// the sum of the line, beside its printed total where the report prints one
			cells.editableColumn(Messages.budgetRowSum, 9, 80, SWT.RIGHT, line -> line, FinancePackage.Literals.BUDGET_LINE__STATED_ROW_TOTAL,
					line -> line.getStatedRowTotal() == null ? Texts.amount(Budgets.rowSum(line)) : text(rowTotal(line)))
					.marked(line -> mark(this.table, rowTotal(line))).refresh();
			// a sheet's header copied with its figures names the years as it prints them (2021年度, R3, 令和3年度), and adds
			// those the table lacks
			cells.spreadsheet().headerNames((column, text) -> column >= 1 && column <= years.size() && namesYear(text, year(column - 1)))
					.newColumns(text -> {
						Integer year = yearNamed(text);
						BudgetTable shown = this.table;
						return year == null || years.contains(year) ? null
								: new Spreadsheet.NewColumn(Texts.year(year), () -> addYear(domain(), shown, year), cells.cells(Texts.year(year),
										line -> cell(line.getCells(), year), FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT));
					});
			// tests and readers find the budget's table by its data
			cells.viewer().getTable().setData(table);
			budgetLists.add(lines);

			totals = table(area, () -> List.of(this.table));
			totals.column(Messages.budgetStatedTotals, 22, 160, row -> Messages.budgetStatedTotalsComputed);
			for (int column = 0; column < years.size(); column++) {
				totalOfYear(column);
			}
			totals.editableColumn(Messages.budgetRowSum, 9, 80, SWT.RIGHT, row -> row, FinancePackage.Literals.BUDGET_TABLE__STATED_GRAND_TOTAL,
					row -> text(grandTotal(row)))
					.marked(row -> mark(row, grandTotal(row))).refresh();
			budgetTotals.add(totals);

			// the years in the order the table prints them; a year's cells and printed total go and come back with it
			columns = list(area, () -> this.table.getColumns(), FinancePackage.Literals.FISCAL_YEAR_COLUMN);
			columns.addition(typeName(FinancePackage.Literals.FISCAL_YEAR_COLUMN), domain -> addYear(domain, this.subject, this.table))
					.removal(column -> removeYear(domain(), this.table, column));
			columns.table().editableColumn(Messages.columnFiscalYear, 10, 90, SWT.LEFT, column -> column,
					FinancePackage.Literals.FISCAL_YEAR_COLUMN__FISCAL_YEAR, column -> Texts.year(column.getFiscalYear()))
					.editedBy((column, year) -> changeYear(domain(), this.table, (FiscalYearColumn) column, (Integer) year)).refresh();
			budgetYears.add(columns);
		}

		private Integer year(int column) {
			return years.get(column);
		}

		/** The lines' column of the year at the index among the table's years, after those before it. */
		private void cellsOfYear(int column) {
			cells.editableColumn(Texts.year(year(column)), 10, 90, SWT.RIGHT, line -> cell(line.getCells(), year(column)),
					FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, line -> cellText(cell(line.getCells(), year(column))));
		}

		/** The printed totals' column of the year at the index among the table's years, after those before it. */
		private void totalOfYear(int column) {
			totals.editableColumn(Texts.year(year(column)), 10, 90, SWT.RIGHT, row -> cell(row.getStatedTotals(), year(column)),
					FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, row -> text(yearTotal(row, year(column))))
					.marked(row -> mark(row, yearTotal(row, year(column))));
		}

		/**
		 * Shows the table: the section's title and unit, the years' titles, the columns of the years it has more than
		 * the table shown before (before the sums) or fewer; the rows and cells follow at the page's next refresh.
		 */
		void show(EvaluationSubject shownSubject, BudgetTable shownTable) {
			subject = shownSubject;
			table = shownTable;
			int before = years.size();
			years = years(shownTable);
			// the first column is the lines' labels and the totals' heading, a year's column comes after the years before it
			if (years.size() > before) {
				cells.insert(before + 1, added -> IntStream.range(before, years.size()).forEach(this::cellsOfYear));
				totals.insert(before + 1, added -> IntStream.range(before, years.size()).forEach(this::totalOfYear));
			}
			for (int column = before; column > years.size(); column--) {
				cells.remove(column);
				totals.remove(column);
			}
			relabel();
			for (int column = 0; column < years.size(); column++) {
				cells.retitle(column + 1, Texts.year(years.get(column)));
				totals.retitle(column + 1, Texts.year(years.get(column)));
			}
			cells.viewer().getTable().setData(shownTable);
		}

		/** The section's title and description from the table's name, kind and unit, as they are now. */
		void relabel() {
			((Section) area.getParent()).relabel(title(table), description(table));
		}

		/** The section, its widgets and the lists the page updates. */
		void dispose() {
			area.getParent().dispose();
			budgetLists.remove(lines);
			budgetTotals.remove(totals);
			budgetYears.remove(columns);
		}
	}

	private String title(BudgetTable table) {
		return Texts.firstOf(table.getTitlePrinted(), Printed.of(table, FinancePackage.Literals.BUDGET_TABLE__KIND), Messages.sectionBudget);
	}

	private String description(BudgetTable table) {
		return NLS.bind(Messages.sectionBudgetDescription, statedLabel(table, FinancePackage.Literals.BUDGET_TABLE__UNIT));
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
		return addYear(domain, table, year);
	}

	/**
	 * The year as the table's column after the years before it (a sheet's header pasted may name years before the
	 * table's first), with its cell in every line and its printed total.
	 */
	private static Command addYear(EditingDomain domain, BudgetTable table, int year) {
		CompoundCommand command = new CompoundCommand();
		for (BudgetLine line : table.getLines()) {
			command.append(AddCommand.create(domain, line, FinancePackage.Literals.BUDGET_LINE__CELLS, amount(year)));
		}
		command.append(AddCommand.create(domain, table, FinancePackage.Literals.BUDGET_TABLE__STATED_TOTALS, amount(year)));
		command.append(AddCommand.create(domain, table, FinancePackage.Literals.BUDGET_TABLE__COLUMNS, column(year), place(table, null, year)));
		return command;
	}

	/** Where a column of the year goes among the table's other columns (besides the one given): after the years before it. */
	private static int place(BudgetTable table, FiscalYearColumn besides, int year) {
		return (int) table.getColumns().stream()
				.filter(other -> other != besides && (other.getFiscalYear() == null || other.getFiscalYear() < year)).count();
	}

	private static FiscalYearColumn column(int year) {
		FiscalYearColumn column = FinanceFactory.eINSTANCE.createFiscalYearColumn();
		column.setFiscalYear(year);
		return column;
	}

	/** The years of the subject's period, first to last; none unless both ends are within the years a file takes. */
	private static IntStream periodYears(EvaluationSubject subject) {
		Period period = subject.getPeriod();
		return period == null || period.getStartFY() == null || period.getEndFY() == null || period.getStartFY() < EvaluationSkeleton.MIN_FISCAL_YEAR
				|| period.getEndFY() > EvaluationSkeleton.MAX_FISCAL_YEAR ? IntStream.empty()
						: IntStream.rangeClosed(period.getStartFY(), period.getEndFY());
	}

	/**
	 * The column's fiscal year changed, with the year of its cells in every line and of its printed total, and the
	 * column moved to its place in year order; refused
	 * with the reason when the year is missing, outside the years the era tables cover or has a column already.
	 */
	private static Command changeYear(EditingDomain domain, BudgetTable table, FiscalYearColumn column, Integer year) {
		if (year == null) {
			throw new IllegalArgumentException(Messages.fiscalYearRequired);
		}
		if (year < EvaluationSkeleton.MIN_FISCAL_YEAR || year > EvaluationSkeleton.MAX_FISCAL_YEAR) {
			throw new IllegalArgumentException(NLS.bind(Messages.fiscalYearOutOfRange,
					new Object[] { year, EvaluationSkeleton.MIN_FISCAL_YEAR, EvaluationSkeleton.MAX_FISCAL_YEAR }));
		}
		if (table.getColumns().stream().anyMatch(other -> other != column && year.equals(other.getFiscalYear()))) {
			throw new IllegalArgumentException(NLS.bind(Messages.fiscalYearTaken, Texts.year(year)));
		}
		CompoundCommand command = new CompoundCommand();
		List<FiscalYearAmount> cells = new ArrayList<>();
		table.getLines().forEach(line -> cells.add(cell(line.getCells(), column.getFiscalYear())));
		cells.add(cell(table.getStatedTotals(), column.getFiscalYear()));
		cells.stream().filter(Objects::nonNull)
				.forEach(cell -> command.append(SetCommand.create(domain, cell, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__FISCAL_YEAR, year)));
		command.append(SetCommand.create(domain, column, FinancePackage.Literals.FISCAL_YEAR_COLUMN__FISCAL_YEAR, year));
		// to its place among the years, as a year added goes: the report prints the columns in their order
		int place = place(table, column, year);
		if (place != table.getColumns().indexOf(column)) {
			command.append(MoveCommand.create(domain, table, FinancePackage.Literals.BUDGET_TABLE__COLUMNS, column, place));
		}
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

	/** Whether the text names the year and no other (「2021年度（令和3年度）」 names 2021 twice). */
	private static boolean namesYear(String text, Integer year) {
		return year != null && year.equals(yearNamed(text));
	}

	/** The one fiscal year the text names, within the years a file takes; null for none or several. */
	private static Integer yearNamed(String text) {
		OptionalInt named = TypedYears.fiscalYear(text);
		return named.isPresent() && named.getAsInt() >= EvaluationSkeleton.MIN_FISCAL_YEAR && named.getAsInt() <= EvaluationSkeleton.MAX_FISCAL_YEAR
				? named.getAsInt()
				: null;
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
		return cell.getAmount() != null ? Texts.amount(cell.getAmount()) : Texts.firstOf(Printed.of(cell, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__STATUS));
	}

	/** A year's printed total against the cells of that year (HY-BU-01); a column whose year is unknown has no sum. */
	private static Total yearTotal(BudgetTable table, Integer year) {
		FiscalYearAmount printed = cell(table.getStatedTotals(), year);
		return new Total(printed == null || !Budgets.counts(printed) ? null : printed.getAmount(),
				year == null ? null : Budgets.columnSums(table).get(year), year == null ? 0 : Budgets.columnSummands(table, year),
				"HY-BU-01"); //$NON-NLS-1$
	}

	/** A line's printed total against its cells (HY-BU-02); a line without amounts has nothing to add up. */
	private static Total rowTotal(BudgetLine line) {
		long cells = line.getCells().stream().filter(Budgets::counts).count();
		return new Total(line.getStatedRowTotal(), cells == 0 ? null : Budgets.rowSum(line), cells, "HY-BU-02"); //$NON-NLS-1$
	}

	/**
	 * The printed grand total against the printed yearly totals (HY-BU-03) where they start with the subject; a table
	 * of its last years only (the program's 執行額 of 000: 3 of 14 years) has no sum to compare it with. Where the table
	 * prints no yearly totals, the sum of its cells shows, unmarked, as validation compares nothing there.
	 */
	private static Total grandTotal(BudgetTable table) {
		long yearly = table.getStatedTotals().stream().filter(Budgets::counts).count();
		if (yearly > 0) {
			return new Total(table.getStatedGrandTotal(), Budgets.coversSubjectFromStart(table) ? Budgets.sumOfStatedTotals(table) : null,
					yearly, "HY-BU-03"); //$NON-NLS-1$
		}
		long cells = table.getLines().stream().flatMap(line -> line.getCells().stream()).filter(Budgets::counts).count();
		return new Total(table.getStatedGrandTotal(), cells == 0 ? null : Budgets.columnSums(table).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
				cells, null);
	}

	/** The printed total with the computed sum beside it, "300 (sum 299)"; the sum alone where nothing is printed. */
	private static String text(Total total) {
		if (total.printed() == null) {
			return total.sum() == null ? "" : NLS.bind(Messages.budgetComputedOnly, Texts.amount(total.sum())); //$NON-NLS-1$
		}
		return total.sum() == null ? Texts.amount(total.printed())
				: NLS.bind(Messages.budgetTotalAndSum, Texts.amount(total.printed()), Texts.amount(total.sum()));
	}

	/**
	 * A printed total that differs from its sum, as validation judges it: within the rounding tolerance information,
	 * beyond it an error; the tooltip gives both values, the rule's base and its tolerance.
	 */
	private static EObjectTable.Mark mark(BudgetTable table, Total total) {
		if (total.rule() == null || total.printed() == null || total.sum() == null || total.printed().compareTo(total.sum()) == 0) {
			return null;
		}
		BigDecimal difference = total.printed().subtract(total.sum()).abs();
		BigDecimal tolerance = Budgets.tolerance(table, total.printed(), total.sum(), total.summands());
		boolean rounding = difference.compareTo(tolerance) <= 0;
		String base = NLS.bind(Messages.budgetMarkBase, new Object[] { Texts.amount(total.printed()), total.summands(),
				Texts.amount(total.sum()), Texts.amount(difference) });
		String judged = Budgets.rounded(table)
				? NLS.bind(rounding ? Messages.budgetMarkRounding : Messages.budgetMarkBeyondRounding, Texts.amount(tolerance), total.rule())
				: NLS.bind(Messages.budgetMarkExact, total.rule());
		return new EObjectTable.Mark(rounding ? Diagnostic.INFO : Diagnostic.ERROR, base + " " + judged); //$NON-NLS-1$
	}

	/**
	 * Brings the period, budget tables and narratives up to date after a change of the model. A budget table's name,
	 * kind or unit changes its section's title and description in place: building the page again for them took the
	 * keyboard out of the list of tables, where Tab after typing a name went nowhere.
	 */
	protected void updateSubject() {
		budgetSections.stream().filter(section -> !section.area.isDisposed()).forEach(BudgetSection::relabel);
		periods.forEach(EObjectTable::refresh);
		narratives.forEach(ListEditor::refresh);
		budgetLists.forEach(ListEditor::refresh);
		budgetTotals.forEach(EObjectTable::refresh);
		budgetYears.forEach(ListEditor::refresh);
	}

	/** The list of budget tables, then the lines of each table; for tests. */
	public List<ListEditor<?>> budgetLists() {
		buildPending();
		return budgetLists;
	}

	/** The fiscal years of each table, to add, remove and reorder; for tests. */
	public List<ListEditor<?>> budgetYears() {
		buildPending();
		return budgetYears;
	}

	/** The narrative sections of the subject shown; for tests. */
	public List<ListEditor<?>> narratives() {
		buildPending();
		return narratives;
	}

	/** The period of the subject shown: one row, its first and last fiscal year. */
	public EObjectTable<?> period() {
		return periods.isEmpty() ? null : periods.get(periods.size() - 1);
	}

	/** The printed totals of each table; for tests. */
	public List<EObjectTable<?>> budgetTotals() {
		buildPending();
		return budgetTotals;
	}

}
