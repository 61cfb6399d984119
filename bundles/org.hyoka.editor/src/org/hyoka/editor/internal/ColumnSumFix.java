package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.hyoka.core.budget.Budgets;
import org.hyoka.editor.fixes.QuickFix;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;

/**
 * HY-BU-01, a printed yearly total that differs from the sum of its cells: set to that sum, when the user says the
 * cells are right. The finding's holder is the total; the other years of the table have findings and fixes of their
 * own.
 */
public final class ColumnSumFix implements QuickFix {

	@Override
	public List<Fix> fixes(EObject object, EObject holder) {
		if (!(holder instanceof FiscalYearAmount total) || !(total.eContainer() instanceof BudgetTable table)
				|| !table.getStatedTotals().contains(total)) {
			return List.of();
		}
		BigDecimal sum = Budgets.columnSums(table).get(total.getFiscalYear());
		if (!Budgets.counts(total) || sum == null || total.getAmount().compareTo(sum) == 0) {
			return List.of();
		}
		String year = Texts.year(total.getFiscalYear());
		return List.of(new Fix(NLS.bind(Messages.fixColumnSum, year, Texts.amount(sum)),
				NLS.bind(Messages.fixColumnSumDescription, new Object[] { year, Texts.amount(total.getAmount()), Texts.amount(sum) }),
				total, domain -> SetCommand.create(domain, total, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, sum)));
	}
}
