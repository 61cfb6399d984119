package org.hyoka.core.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Money;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.base.Period;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.AmountStatus;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.Calculation;
import org.hyoka.model.results.CostEffectiveness;

/**
 * Rules on budget tables. Printed totals must equal the sums of what they total. Figures are rounded where the table
 * says so (四捨五入の関係で一致しない場合がある) or its unit is coarser than 円 or ドル (百万円, 億円), printed or
 * inferred from its figures (a research item of 98 円 is no one's reading); there a difference within the rounding
 * of the summands and the total, half a unit of the last digit each, is only noted. Figures in 円 or ドル, or in a
 * table with no unit at all, read as exact.
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
	/** Words of a cost's printed basis that make it a budget or an estimate rather than money spent. */
	private static final List<String> BUDGET_BASES = List.of("予算", "見込"); //$NON-NLS-1$ //$NON-NLS-2$
	/** The label every report prints on the total budget column. */
	private static final String BUDGET_TOTAL_LABEL = "総予算額"; //$NON-NLS-1$

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
				compare(BUDGET_ROW_SUM, table, line, line, FinancePackage.Literals.BUDGET_LINE__STATED_ROW_TOTAL, line.getStatedRowTotal(),
						Budgets.rowSum(line), summands, findings, SourceLines.of(line));
			}
		}
		if (table.getStatedGrandTotal() != null && !table.getStatedTotals().isEmpty() && Budgets.coversSubjectFromStart(table)) {
			compare(BUDGET_GRAND_TOTAL, table, table, table, FinancePackage.Literals.BUDGET_TABLE__STATED_GRAND_TOTAL, table.getStatedGrandTotal(),
					Budgets.sumOfStatedTotals(table), table.getStatedTotals().stream().filter(Budgets::counts).count(), findings,
					SourceLines.of(table));
		}
		checkBudgetTotal(table, findings);
		checkPeriod(table, findings);
	}

	private static void checkCell(BudgetTable table, FiscalYearAmount cell, Findings findings) {
		boolean actual = cell.getStatus() == null || cell.getStatus() == AmountStatus.ACTUAL;
		// a cell that prints nothing (no number, no status: a year just added in the editor) contradicts nothing
		if (Budgets.prints(cell) && actual == (cell.getAmount() == null)) {
			findings.reportIn(BUDGET_STATUS, table, cell, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__STATUS, cell.getFiscalYear(),
					cell.getStatus() == null ? AmountStatus.ACTUAL.getName() : cell.getStatus().getName());
		}
		BigDecimal amount = cell.getAmount();
		if (amount != null && (amount.signum() < 0 || amount.abs().compareTo(LARGEST_AMOUNT) > 0)) {
			findings.reportIn(BUDGET_AMOUNT_RANGE, table, cell, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, cell.getFiscalYear(),
					plain(amount));
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
				compare(BUDGET_COLUMN_SUM, table, table, total, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, total.getAmount(), sum,
						Budgets.columnSummands(table, total.getFiscalYear()), findings, SourceLines.of(table), SourceLines.span(table.getLines()),
						total.getFiscalYear());
			}
		}
	}

	/**
	 * Reports a printed total that differs from its sum: the printed total as {1}, the sum as {2}, then the extras; the
	 * holder's feature is where the total is printed.
	 */
	private static void compare(String rule, BudgetTable table, EObject object, EObject holder, EStructuralFeature feature, BigDecimal stated,
			BigDecimal computed, long summands, Findings findings, Object... extra) {
		BigDecimal difference = stated.subtract(computed).abs();
		if (difference.signum() == 0) {
			return;
		}
		BigDecimal tolerance = Budgets.tolerance(table, stated, computed, summands);
		int severity = difference.compareTo(tolerance) <= 0 ? Diagnostic.INFO : findings.rule(rule).severity();
		List<Object> arguments = new ArrayList<>(List.of(plain(stated), plain(computed)));
		arguments.addAll(List.of(extra));
		findings.reportIn(rule, severity, object, holder, feature, arguments.toArray());
	}

	/**
	 * The total of a table must not exceed its printed 総予算額: the printed grand total, or where that is printed as
	 * 「-」 or not at all, its yearly amounts added up.
	 */
	private static void checkBudgetTotal(BudgetTable table, Findings findings) {
		BigDecimal budget = table.getStatedBudgetTotal();
		if (budget == null) {
			return;
		}
		BigDecimal total = table.getStatedGrandTotal();
		String how;
		if (total != null) {
			how = ValidationMessages.format("total.printed", label(table)); //$NON-NLS-1$
		} else {
			total = table.getStatedTotals().stream().anyMatch(Budgets::counts) ? Budgets.sumOfStatedTotals(table)
					: Budgets.columnSums(table).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			String kind = Printed.or(table, FinancePackage.Literals.BUDGET_TABLE__KIND, () -> ""); //$NON-NLS-1$
			how = table.isSetGrandTotalStatus() ? ValidationMessages.format("total.addedNoNumber", kind, label(table)) //$NON-NLS-1$
					: ValidationMessages.format("total.added", kind); //$NON-NLS-1$
		}
		if (total.compareTo(budget) > 0) {
			findings.report(BUDGET_OVER_TOTAL, table, plain(total), how, plain(budget), SourceLines.of(table));
		}
	}

	private static String label(BudgetTable table) {
		return table.getGrandTotalLabelPrinted() != null ? table.getGrandTotalLabelPrinted() : ValidationMessages.format("total.label"); //$NON-NLS-1$
	}



	private static void checkPeriod(BudgetTable table, Findings findings) {
		if (!(table.eContainer() instanceof Project project) || project.getPeriod() == null) {
			return;
		}
		Period period = project.getPeriod();
		for (FiscalYearColumn column : table.getColumns()) {
			Integer year = column.getFiscalYear();
			if (year != null && outside(year, period)) {
				findings.report(BUDGET_OUTSIDE_PERIOD, table, year, range(period), SourceLines.of(table), SourceLines.of(period));
				return;
			}
		}
		for (BudgetLine line : table.getLines()) {
			for (FiscalYearAmount cell : line.getCells()) {
				if (Budgets.counts(cell) && cell.getAmount().signum() != 0 && outside(cell.getFiscalYear(), period)) {
					findings.report(BUDGET_OUTSIDE_PERIOD, line, cell.getFiscalYear(), range(period), SourceLines.of(line), SourceLines.of(period));
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
		if (cost != null && cost.isStatedAsTotal() && cost.getNationalCost() != null && cost.getNationalCost().getAmount() != null) {
			checkNationalCost(subject, cost, findings);
		}
	}

	/**
	 * The national cost a subject states (国費総額) against the total it names: a cost on a budget basis or an
	 * estimate (予算額ベース, 見込み) against the printed 総予算額, a cost spent against the printed total of the
	 * executed or contracted amounts. They agree when that total, rounded to the digits the cost is printed with
	 * (「約 50億円」: one), gives the cost.
	 */
	private static void checkNationalCost(EvaluationSubject subject, CostEffectiveness cost, Findings findings) {
		Money stated = cost.getNationalCost();
		boolean budgetBasis = cost.getNationalCostBasis() != null
				&& BUDGET_BASES.stream().anyMatch(cost.getNationalCostBasis()::contains);
		for (AmountKind kind : new AmountKind[] { AmountKind.EXECUTED, AmountKind.CONTRACT, AmountKind.ALLOCATION }) {
			Optional<BudgetTable> found = Budgets.table(subject, kind);
			if (found.isEmpty()) {
				continue;
			}
			BudgetTable table = found.get();
			BigDecimal base = budgetBasis ? table.getStatedBudgetTotal() : table.getStatedGrandTotal();
			if (base == null) {
				continue;
			}
			Optional<BigDecimal> total = Budgets.inHyakumanYen(base, table.getUnit()).flatMap(amount -> inUnit(amount, stated.getUnit()));
			if (total.isPresent() && !agrees(stated.getAmount(), total.get())) {
				String label = budgetBasis ? BUDGET_TOTAL_LABEL : label(table);
				findings.report(COST_NATIONAL_TOTAL, cost, printed(stated), SourceLines.of(cost), label + " " + plain(base) + " "
						+ CostRules.printedUnit(table.getUnit()), ObjectLabels.of(table), SourceLines.of(table));
			}
			return;
		}
	}

	/** The amount in 百万円 expressed in the unit, for yen units. */
	private static Optional<BigDecimal> inUnit(BigDecimal hyakumanYen, MoneyUnit unit) {
		return Budgets.inHyakumanYen(BigDecimal.ONE, unit).map(factor -> hyakumanYen.divide(factor, MathContext.DECIMAL64));
	}

	/** True when the total, rounded to the significant digits the stated amount prints, is the stated amount. */
	private static boolean agrees(BigDecimal stated, BigDecimal total) {
		int digits = stated.scale() > 0 ? stated.precision() : stated.stripTrailingZeros().precision();
		return total.round(new MathContext(digits, RoundingMode.HALF_UP)).compareTo(stated) == 0;
	}

	private static void compareTables(BudgetTable first, BudgetTable second, Findings findings) {
		if (!first.isSetKind() || !second.isSetKind() || !comparable(first.getKind()) || !comparable(second.getKind())) {
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
				findings.reportIn(BUDGET_TABLES_DISAGREE, second, statedTotal(second, total.getFiscalYear()),
						FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, total.getFiscalYear(), plain(a.get()), plain(b.get()),
						ObjectLabels.of(first), SourceLines.of(second), SourceLines.of(first));
			}
		}
	}

	/** The table's printed total of the year, where a finding about it points; the table itself when it prints none. */
	private static EObject statedTotal(BudgetTable table, int year) {
		return table.getStatedTotals().stream().filter(total -> total.getFiscalYear() == year).findFirst().map(EObject.class::cast).orElse(table);
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
			List<BudgetTable> tables = new ArrayList<>();
			for (Project project : program.getProjects()) {
				Optional<BudgetTable> table = Budgets.table(project, AmountKind.EXECUTED);
				table.ifPresent(tables::add);
				if (table.isPresent()) {
					projects = projects.add(Budgets.amount(table.get(), total.getFiscalYear())
							.flatMap(amount -> Budgets.inHyakumanYen(amount, table.get().getUnit())).orElse(BigDecimal.ZERO));
				}
			}
			if (programAmount.get().compareTo(projects) < 0) {
				findings.reportIn(BUDGET_PROGRAM_TOTAL, own.get(), total, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT,
						total.getFiscalYear(), plain(programAmount.get()), plain(projects),
						SourceLines.of(own.get()), SourceLines.span(tables));
			}
		}
	}

	private static boolean outside(int year, Period period) {
		return period.getStartFY() != null && year < period.getStartFY() || period.getEndFY() != null && year > period.getEndFY();
	}

	static String range(Period period) {
		return (period.getStartFY() == null ? "" : period.getStartFY()) + "–" + (period.getEndFY() == null ? "" : period.getEndFY()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String printed(Money money) {
		return Printed.or(money, BasePackage.Literals.MONEY__AMOUNT, () -> plain(money.getAmount()) + " " + money.getUnit().getName()); //$NON-NLS-1$
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : value.toPlainString();
	}
}
