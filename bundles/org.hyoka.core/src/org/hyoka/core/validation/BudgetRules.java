package org.hyoka.core.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.base.Period;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.AmountStatus;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.Calculation;
import org.hyoka.model.results.CostEffectiveness;

/**
 * Rules on budget tables. Printed totals must equal the sums of what they total; where the table prints the
 * rounding note (四捨五入の関係で一致しない場合がある) a difference of 1 per summand is accepted and only noted.
 */
public final class BudgetRules implements RuleChecker {

	private static final String BUDGET_COLUMN_SUM = "HY-BU-01"; //$NON-NLS-1$
	private static final String BUDGET_ROW_SUM = "HY-BU-02"; //$NON-NLS-1$
	private static final String BUDGET_GRAND_TOTAL = "HY-BU-03"; //$NON-NLS-1$
	private static final String BUDGET_OVER_TOTAL = "HY-BU-04"; //$NON-NLS-1$
	private static final String BUDGET_PROGRAM_TOTAL = "HY-BU-05"; //$NON-NLS-1$
	private static final String BUDGET_STATUS = "HY-BU-06"; //$NON-NLS-1$
	private static final String BUDGET_OUTSIDE_PERIOD = "HY-BU-07"; //$NON-NLS-1$
	private static final String BUDGET_TABLES_DISAGREE = "HY-BU-08"; //$NON-NLS-1$
	private static final String BUDGET_AMOUNT_RANGE = "HY-BU-09"; //$NON-NLS-1$
	private static final String COST_NATIONAL_TOTAL = "HY-BU-10"; //$NON-NLS-1$

	private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1000000000");
	private static final BigDecimal COST_TOLERANCE = new BigDecimal("0.05");

	@Override
	public void check(EObject object, Findings findings) {
		switch (object) {
		case EvaluationSubject subject -> checkSubject(subject, findings);
		case BudgetTable table -> check(table, findings);
		case Calculation calculation -> CostRules.check(calculation, findings);
		default -> {
			// not a type of this set
		}
		}
	}

	private static void check(BudgetTable table, Findings findings) {
		table.getLines().forEach(line -> line.getCells().forEach(cell -> checkCell(table, cell, findings)));
		table.getStatedTotals().forEach(cell -> checkCell(table, cell, findings));
		checkColumnSums(table, findings);
		for (BudgetLine line : table.getLines()) {
			if (line.getStatedRowTotal() != null && line.getCells().stream().anyMatch(Budgets::counts)) {
				long summands = line.getCells().stream().filter(Budgets::counts).count();
				compare(BUDGET_ROW_SUM, table, line, line.getStatedRowTotal(), Budgets.rowSum(line), summands, findings);
			}
		}
		if (table.getStatedGrandTotal() != null && !table.getStatedTotals().isEmpty() && coversSubjectFromStart(table)) {
			compare(BUDGET_GRAND_TOTAL, table, table, table.getStatedGrandTotal(), Budgets.sumOfStatedTotals(table),
					table.getStatedTotals().stream().filter(Budgets::counts).count(), findings);
		}
		if (table.getStatedGrandTotal() != null && table.getStatedBudgetTotal() != null
				&& table.getStatedGrandTotal().compareTo(table.getStatedBudgetTotal()) > 0) {
			findings.report(BUDGET_OVER_TOTAL, table, plain(table.getStatedGrandTotal()), plain(table.getStatedBudgetTotal()));
		}
		checkPeriod(table, findings);
	}

	private static void checkCell(BudgetTable table, FiscalYearAmount cell, Findings findings) {
		boolean actual = cell.getStatus() == null || cell.getStatus() == AmountStatus.ACTUAL;
		if (actual == (cell.getAmount() == null)) {
			findings.report(BUDGET_STATUS, table, cell.getFiscalYear(),
					cell.getStatus() == null ? AmountStatus.ACTUAL.getName() : cell.getStatus().getName());
		}
		BigDecimal amount = cell.getAmount();
		if (amount != null && (amount.signum() < 0 || amount.abs().compareTo(LARGEST_AMOUNT) > 0)) {
			findings.report(BUDGET_AMOUNT_RANGE, table, cell.getFiscalYear(), plain(amount));
		}
	}

	private static void checkColumnSums(BudgetTable table, Findings findings) {
		if (table.getLines().isEmpty()) {
			return;
		}
		Map<Integer, BigDecimal> sums = Budgets.columnSums(table);
		for (FiscalYearAmount total : table.getStatedTotals()) {
			BigDecimal sum = sums.get(total.getFiscalYear());
			if (Budgets.counts(total) && sum != null) {
				long summands = table.getLines().stream().flatMap(line -> line.getCells().stream())
						.filter(cell -> cell.getFiscalYear() == total.getFiscalYear() && Budgets.counts(cell)).count();
				compare(BUDGET_COLUMN_SUM, table, table, total.getAmount(), sum, summands, findings, total.getFiscalYear());
			}
		}
	}

	private static void compare(String rule, BudgetTable table, org.eclipse.emf.ecore.EObject object, BigDecimal stated,
			BigDecimal computed, long summands, Findings findings, Object... extra) {
		BigDecimal difference = stated.subtract(computed).abs();
		if (difference.signum() == 0) {
			return;
		}
		BigDecimal tolerance = table.isRoundingNote() ? smallestUnit(stated, computed).multiply(BigDecimal.valueOf(summands)) : BigDecimal.ZERO;
		int severity = difference.compareTo(tolerance) <= 0 ? Diagnostic.INFO : findings.rule(rule).severity();
		Object[] arguments = new Object[extra.length + 2];
		System.arraycopy(extra, 0, arguments, 0, extra.length);
		arguments[extra.length] = plain(stated);
		arguments[extra.length + 1] = plain(computed);
		findings.report(rule, severity, object, arguments);
	}

	/** One unit of the last printed digit: 1 for 5,594, 0.1 for 54.0. */
	private static BigDecimal smallestUnit(BigDecimal stated, BigDecimal computed) {
		int scale = Math.max(0, Math.max(stated.scale(), computed.scale()));
		return BigDecimal.ONE.movePointLeft(scale);
	}

	/** A grand total can only be checked against the yearly totals when the columns start with the subject. */
	private static boolean coversSubjectFromStart(BudgetTable table) {
		Period period = table.eContainer() instanceof EvaluationSubject subject ? subject.getPeriod() : null;
		Integer first = table.getStatedTotals().stream().map(FiscalYearAmount::getFiscalYear).min(Integer::compare).orElse(null);
		return period == null || period.getStartFY() == null || first != null && first <= period.getStartFY();
	}

	private static void checkPeriod(BudgetTable table, Findings findings) {
		if (!(table.eContainer() instanceof Project project) || project.getPeriod() == null) {
			return;
		}
		Period period = project.getPeriod();
		for (FiscalYearColumn column : table.getColumns()) {
			Integer year = column.getFiscalYear();
			if (year != null && outside(year, period)) {
				findings.report(BUDGET_OUTSIDE_PERIOD, table, year, range(period));
				return;
			}
		}
		for (BudgetLine line : table.getLines()) {
			for (FiscalYearAmount cell : line.getCells()) {
				if (Budgets.counts(cell) && cell.getAmount().signum() != 0 && outside(cell.getFiscalYear(), period)) {
					findings.report(BUDGET_OUTSIDE_PERIOD, line, cell.getFiscalYear(), range(period));
				}
			}
		}
	}

	/** Tables of one subject that print the same year (e.g. 契約額 in 億円 and 資金配分 in 百万円) must agree. */
	private static void checkSubject(EvaluationSubject subject, Findings findings) {
		List<BudgetTable> tables = subject.getBudgetTables();
		for (int i = 0; i < tables.size(); i++) {
			for (int j = i + 1; j < tables.size(); j++) {
				compareTables(tables.get(i), tables.get(j), findings);
			}
		}
		if (subject instanceof Program program) {
			checkProgramTotals(program, findings);
		}
		CostEffectiveness cost = subject.getCostEffectiveness();
		if (cost != null && cost.isStatedAsTotal()) {
			Optional<BigDecimal> stated = Budgets.inHyakumanYen(cost.getNationalCost());
			Optional<BigDecimal> total = Budgets.total(subject);
			if (stated.isPresent() && total.isPresent() && total.get().signum() > 0
					&& stated.get().subtract(total.get()).abs().compareTo(total.get().multiply(COST_TOLERANCE)) > 0) {
				findings.report(COST_NATIONAL_TOTAL, cost, printed(cost.getNationalCost()), plain(total.get()));
			}
		}
	}

	private static void compareTables(BudgetTable first, BudgetTable second, Findings findings) {
		if (!comparable(first.getKind()) || !comparable(second.getKind())) {
			return;
		}
		BigDecimal tolerance = Budgets.precision(first).max(Budgets.precision(second));
		for (FiscalYearAmount total : first.getStatedTotals()) {
			if (!Budgets.counts(total)) {
				continue;
			}
			Optional<BigDecimal> a = Budgets.inHyakumanYen(total.getAmount(), first.getUnit());
			Optional<BigDecimal> b = Budgets.statedTotal(second, total.getFiscalYear())
					.flatMap(amount -> Budgets.inHyakumanYen(amount, second.getUnit()));
			if (a.isPresent() && b.isPresent() && a.get().subtract(b.get()).abs().compareTo(tolerance) > 0) {
				findings.report(BUDGET_TABLES_DISAGREE, second, total.getFiscalYear(), plain(a.get()), plain(b.get()),
						ObjectLabels.of(first));
			}
		}
	}

	private static boolean comparable(AmountKind kind) {
		return kind == AmountKind.EXECUTED || kind == AmountKind.CONTRACT || kind == AmountKind.ALLOCATION;
	}

	private static void checkProgramTotals(Program program, Findings findings) {
		Optional<BudgetTable> own = Budgets.table(program, AmountKind.EXECUTED);
		if (own.isEmpty()) {
			return;
		}
		for (FiscalYearAmount total : own.get().getStatedTotals()) {
			Optional<BigDecimal> programAmount = Budgets.counts(total) ? Budgets.inHyakumanYen(total.getAmount(), own.get().getUnit()) : Optional.empty();
			if (programAmount.isEmpty()) {
				continue;
			}
			BigDecimal projects = BigDecimal.ZERO;
			for (Project project : program.getProjects()) {
				Optional<BudgetTable> table = Budgets.table(project, AmountKind.EXECUTED);
				if (table.isPresent()) {
					projects = projects.add(Budgets.amount(table.get(), total.getFiscalYear())
							.flatMap(amount -> Budgets.inHyakumanYen(amount, table.get().getUnit())).orElse(BigDecimal.ZERO));
				}
			}
			if (programAmount.get().compareTo(projects) < 0) {
				findings.report(BUDGET_PROGRAM_TOTAL, own.get(), total.getFiscalYear(), plain(programAmount.get()), plain(projects));
			}
		}
	}

	private static boolean outside(int year, Period period) {
		return period.getStartFY() != null && year < period.getStartFY() || period.getEndFY() != null && year > period.getEndFY();
	}

	static String range(Period period) {
		return (period.getStartFY() == null ? "" : period.getStartFY()) + "–" + (period.getEndFY() == null ? "" : period.getEndFY()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String printed(org.hyoka.model.base.Money money) {
		return money.getPrinted() != null ? money.getPrinted() : plain(money.getAmount()) + " " + money.getUnit().getName(); //$NON-NLS-1$
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : value.toPlainString();
	}
}
