package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;

/** The subject's budget tables, a line per row and a fiscal year per column, with their totals and notes. */
public final class BudgetsSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<Block> blocks = new ArrayList<>();
		for (BudgetTable table : ((EvaluationSubject) target).getBudgetTables()) {
			budget(table, blocks);
		}
		return blocks;
	}

	private static void budget(BudgetTable table, List<Block> blocks) {
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> head = new ArrayList<>();
		head.add(Cell.header("")); //$NON-NLS-1$
		table.getColumns().forEach(column -> head.add(Cell.header(ReportText.columnLabel(column))));
		String totalColumn = ReportText.totalColumn(table);
		if (totalColumn != null) {
			head.add(Cell.header(totalColumn));
		}
		rows.add(head);
		for (BudgetLine line : table.getLines()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.header(nonNull(Printed.of(line, FinancePackage.Literals.BUDGET_LINE__RESEARCH_ITEM))));
			for (FiscalYearColumn column : table.getColumns()) {
				row.add(Cell.number(ReportText.amount(line.getCells(), column), Tables.AMOUNT));
			}
			if (totalColumn != null) {
				row.add(Cell.number(ReportText.amount(line.getStatedRowTotal()), Tables.AMOUNT));
			}
			rows.add(row);
		}
		List<String> totals = ReportText.totals(table);
		if (!totals.isEmpty()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.header(totals.get(0)));
			totals.subList(1, totals.size()).forEach(total -> row.add(Cell.number(total, Tables.AMOUNT)));
			if (totalColumn != null) {
				row.add(Cell.number(ReportText.grandTotal(table), Tables.AMOUNT));
			}
			rows.add(row);
		}
		blocks.add(new Table(Kind.BUDGET, table.getId(), ReportText.budgetCaption(table), ReportText.budgetUnit(table), rows, 1,
				totals.isEmpty() ? 0 : 1));
		List<String> notes = ReportText.budgetNotes(table);
		if (!notes.isEmpty()) {
			blocks.add(new Paragraph(String.join("\n", notes), "notes")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
