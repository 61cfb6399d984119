package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.fixes.QuickFix;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.FinancePackage;

/**
 * HY-BU-02, a line's printed total that differs from the sum of its cells: set to that sum, when the user says the
 * cells are right. The finding is about the line, which holds the total itself (so the marker names no other holder).
 */
public final class RowSumFix implements QuickFix {

	@Override
	public List<Fix> fixes(EObject object, EObject holder) {
		if (!((holder == null ? object : holder) instanceof BudgetLine line) || line.getStatedRowTotal() == null || line.getCells().stream().noneMatch(Budgets::counts)) {
			return List.of();
		}
		BigDecimal sum = Budgets.rowSum(line);
		if (line.getStatedRowTotal().compareTo(sum) == 0) {
			return List.of();
		}
		String name = ObjectLabels.of(line);
		return List.of(new Fix(NLS.bind(Messages.fixRowSum, name, Texts.amount(sum)),
				NLS.bind(Messages.fixRowSumDescription, new Object[] { name, Texts.amount(line.getStatedRowTotal()), Texts.amount(sum) }),
				line, domain -> SetCommand.create(domain, line, FinancePackage.Literals.BUDGET_LINE__STATED_ROW_TOTAL, sum)));
	}
}
