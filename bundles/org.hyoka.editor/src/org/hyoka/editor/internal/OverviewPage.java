package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.time.EraYear;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Period;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramPackage;

/** The program as the report's 第1部 presents it: name, purpose, period, division, and its budget tables. */
public final class OverviewPage extends ModelFormPage {

	public static final String ID = "org.hyoka.editor.page.overview"; //$NON-NLS-1$

	private DataBindingContext bindings;

	public OverviewPage(EvaluationEditor editor) {
		super(editor, ID, Messages.pageOverview, Messages.pageOverviewTitle);
	}

	@Override
	protected void fill() {
		if (bindings != null) {
			bindings.dispose();
		}
		bindings = new DataBindingContext();
		FormToolkit toolkit = getManagedForm().getToolkit();
		Program program = editor.report().getProgram();
		if (program == null) {
			toolkit.createLabel(content, Messages.noProgram);
			return;
		}
		Composite fields = section(toolkit, Messages.sectionProgram, Messages.sectionProgramDescription);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(fields);
		text(toolkit, fields, program, BasePackage.Literals.NAMED__NAME_JA, Messages.fieldName, SWT.SINGLE);
		text(toolkit, fields, program, ProgramPackage.Literals.EVALUATION_SUBJECT__PURPOSE, Messages.fieldPurpose,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		label(toolkit, fields, Messages.fieldPeriod, period(program.getPeriod()));
		label(toolkit, fields, Messages.fieldDivision,
				program.getResponsibleDivision() == null ? "" : program.getResponsibleDivision().getNameJa()); //$NON-NLS-1$

		for (BudgetTable table : program.getBudgetTables()) {
			Composite area = section(toolkit, table.getTitlePrinted() == null ? Messages.sectionBudget : table.getTitlePrinted(),
					Messages.sectionBudgetDescription);
			GridLayoutFactory.fillDefaults().applyTo(area);
			Table widget = toolkit.createTable(area, SWT.BORDER | SWT.FULL_SELECTION);
			widget.setHeaderVisible(true);
			widget.setLinesVisible(true);
			widget.setData(table);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(widget);
			fillBudget(widget, table);
		}
	}

	private Composite section(FormToolkit toolkit, String title, String description) {
		Section section = toolkit.createSection(content, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		section.setClient(client);
		return client;
	}

	private void text(FormToolkit toolkit, Composite parent, Program program, EAttribute attribute, String label, int style) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", style); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(400, (style & SWT.MULTI) != 0 ? 80 : SWT.DEFAULT).applyTo(text);
		// each edit is a SetCommand on the editing domain, so it can be undone
		bindings.bindValue(WidgetProperties.text(SWT.FocusOut).observe(text),
				EMFEditProperties.value(editor.model().domain(), attribute).observe(program));
	}

	private static void label(FormToolkit toolkit, Composite parent, String label, String value) {
		toolkit.createLabel(parent, label);
		Label widget = toolkit.createLabel(parent, value, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(widget);
	}

	static String period(Period period) {
		if (period == null || period.getStartFY() == null) {
			return ""; //$NON-NLS-1$
		}
		String start = year(period.getStartFY());
		return period.getEndFY() == null ? start + " –" : start + " – " + year(period.getEndFY()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** FY2021 (R3) in English, 令和3年度 in Japanese. */
	public static String year(int fiscalYear) {
		EraYear era = FiscalYears.toEra(fiscalYear);
		return NLS.bind(Messages.fiscalYear, new Object[] { Integer.toString(fiscalYear), era.toJapaneseLabel(), era.toShortLabel() });
	}

	@Override
	protected void modelChanged() {
		for (var section : content.getChildren()) {
			if (section instanceof Section s && s.getClient() instanceof Composite client) {
				for (var child : client.getChildren()) {
					if (child instanceof Table widget && widget.getData() instanceof BudgetTable table) {
						fillBudget(widget, table);
					}
				}
			}
		}
	}

	/** Amounts per fiscal year as entered, each row's sum, the sums per year and the totals the table prints. */
	private static void fillBudget(Table widget, BudgetTable table) {
		widget.removeAll();
		for (TableColumn column : widget.getColumns()) {
			column.dispose();
		}
		List<Integer> years = new ArrayList<>();
		table.getColumns().forEach(column -> years.add(column.getFiscalYear()));
		column(widget, Messages.budgetItem, 220, SWT.LEFT);
		for (Integer year : years) {
			column(widget, year == null ? "" : year(year), 90, SWT.RIGHT); //$NON-NLS-1$
		}
		column(widget, Messages.budgetRowSum, 90, SWT.RIGHT);
		for (BudgetLine line : table.getLines()) {
			List<String> cells = new ArrayList<>();
			cells.add(line.getLabelPrinted());
			for (Integer year : years) {
				cells.add(line.getCells().stream().filter(cell -> year != null && cell.getFiscalYear() == year)
						.findFirst().map(OverviewPage::cellText).orElse("")); //$NON-NLS-1$
			}
			cells.add(plain(Budgets.rowSum(line)));
			row(widget, cells);
		}
		SortedMap<Integer, BigDecimal> sums = Budgets.columnSums(table);
		row(widget, totals(Messages.budgetColumnSums, years, sums));
		if (!table.getStatedTotals().isEmpty()) {
			List<String> stated = new ArrayList<>();
			stated.add(Messages.budgetStatedTotals);
			for (Integer year : years) {
				stated.add(year == null ? "" : Budgets.statedTotal(table, year).map(OverviewPage::plain).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			stated.add(table.getStatedGrandTotal() == null ? "" : plain(table.getStatedGrandTotal())); //$NON-NLS-1$
			row(widget, stated);
		}
	}

	private static List<String> totals(String label, List<Integer> years, Map<Integer, BigDecimal> sums) {
		List<String> cells = new ArrayList<>();
		cells.add(label);
		BigDecimal all = BigDecimal.ZERO;
		for (Integer year : years) {
			BigDecimal sum = year == null ? null : sums.get(year);
			cells.add(sum == null ? "" : plain(sum)); //$NON-NLS-1$
			all = sum == null ? all : all.add(sum);
		}
		cells.add(plain(all));
		return cells;
	}

	private static String cellText(FiscalYearAmount cell) {
		if (cell.getAmount() != null) {
			return plain(cell.getAmount());
		}
		return cell.getStatusPrinted() != null ? cell.getStatusPrinted() : ""; //$NON-NLS-1$
	}

	private static String plain(BigDecimal value) {
		return value.toPlainString();
	}

	private static void column(Table widget, String text, int width, int alignment) {
		TableColumn column = new TableColumn(widget, alignment);
		column.setText(text);
		column.setWidth(width);
	}

	private static void row(Table widget, List<String> cells) {
		new TableItem(widget, SWT.NONE).setText(cells.stream().map(c -> c == null ? "" : c).toArray(String[]::new)); //$NON-NLS-1$
	}

	@Override
	public void dispose() {
		if (bindings != null) {
			bindings.dispose();
		}
		super.dispose();
	}
}
