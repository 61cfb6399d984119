package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyoka.core.budget.Budgets;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;

/**
 * After an edit of a budget cell, the printed totals that agreed with the cells before it are set to the new sums in
 * the same undoable step, as a spreadsheet's SUM follows its figures: otherwise the report would print the old totals
 * beside the figures the user typed. A printed total that disagreed already (the report printed it so) is left as it
 * was, for validation to show. Only exact agreement counts: a rounded total is the report's, not a sum.
 */
final class TotalsFollow extends AbstractCommand {

	private final EditingDomain domain;
	private final BudgetLine line;
	private final BudgetTable table;
	/** What printed a total that agreed before the edit: the line, printed yearly totals, the table last. */
	private final List<EObject> agreeing = new ArrayList<>();
	private CompoundCommand follow;

	private TotalsFollow(EditingDomain domain, BudgetLine line, BudgetTable table) {
		this.domain = domain;
		this.line = line;
		this.table = table;
	}

	/**
	 * The edit, followed by its table's agreeing totals when it sets a cell's amount or status. The compound's result
	 * and affected objects are the edit's (this command has none), so that undo and redo select the changed cell.
	 */
	static Command around(EditingDomain domain, Command edit, CommandParameter parameter) {
		EStructuralFeature feature = parameter.getEStructuralFeature();
		if (parameter.getOwner() instanceof FiscalYearAmount cell && cell.eContainer() instanceof BudgetLine line
				&& line.eContainer() instanceof BudgetTable table && (feature == FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT
						|| feature == FinancePackage.Literals.FISCAL_YEAR_AMOUNT__STATUS)) {
			CompoundCommand both = new CompoundCommand(edit.getLabel(), edit.getDescription());
			both.append(edit);
			both.append(new TotalsFollow(domain, line, table));
			return both;
		}
		return edit;
	}

	/** Notes which totals agree, before the edit runs (a compound prepares all its commands first). */
	@Override
	protected boolean prepare() {
		agreeing.clear();
		if (same(line.getStatedRowTotal(), Budgets.rowSum(line))) {
			agreeing.add(line);
		}
		Map<Integer, BigDecimal> sums = Budgets.columnSums(table);
		table.getStatedTotals().stream().filter(total -> same(total.getAmount(), sums.get(total.getFiscalYear()))).forEach(agreeing::add);
		if (same(table.getStatedGrandTotal(), grandSum())) {
			agreeing.add(table);
		}
		return true;
	}

	/** Sets the agreeing totals to the sums now, in that order: the grand total adds up the yearly totals set before it. */
	@Override
	public void execute() {
		follow = new CompoundCommand();
		Map<Integer, BigDecimal> sums = Budgets.columnSums(table);
		for (EObject holder : agreeing) {
			BigDecimal now = switch (holder) {
			case BudgetLine row -> Budgets.rowSum(row);
			case FiscalYearAmount year -> sums.get(year.getFiscalYear());
			default -> grandSum();
			};
			EStructuralFeature printed = holder instanceof BudgetLine ? FinancePackage.Literals.BUDGET_LINE__STATED_ROW_TOTAL
					: holder instanceof FiscalYearAmount ? FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT
							: FinancePackage.Literals.BUDGET_TABLE__STATED_GRAND_TOTAL;
			if (!same(now, (BigDecimal) holder.eGet(printed))) {
				follow.appendAndExecute(SetCommand.create(domain, holder, printed, now == null ? SetCommand.UNSET_VALUE : now));
			}
		}
	}

	/** What the printed grand total adds up (as HY-BU-03 checks it): the yearly totals where printed, else the cells. */
	private BigDecimal grandSum() {
		return table.getStatedTotals().isEmpty() ? sum(Budgets.columnSums(table).values()) : Budgets.sumOfStatedTotals(table);
	}

	@Override
	public void undo() {
		follow.undo();
	}

	@Override
	public void redo() {
		execute();
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) == 0;
	}

	private static BigDecimal sum(Collection<BigDecimal> amounts) {
		return amounts.isEmpty() ? null : amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
