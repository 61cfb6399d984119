package org.hyoka.core.budget;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hyoka.model.base.Money;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.base.Period;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.AmountStatus;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;

/**
 * Totals of budget tables. Only cells that print a number count; a status word (執行中, 要求中, －) adds nothing.
 * Amounts in different units are compared in 百万円 (1億円 = 100百万円); other currencies are never mixed with yen.
 */
public final class Budgets {

	private static final Map<MoneyUnit, BigDecimal> IN_HYAKUMAN_YEN = Map.of(
			MoneyUnit.YEN, new BigDecimal("0.000001"),
			MoneyUnit.MAN_YEN, new BigDecimal("0.01"),
			MoneyUnit.HYAKUMAN_YEN, BigDecimal.ONE,
			MoneyUnit.OKU_YEN, new BigDecimal("100"),
			MoneyUnit.CHO_YEN, new BigDecimal("1000000"));

	private Budgets() {
	}

	/** True when the cell prints an amount. */
	public static boolean counts(FiscalYearAmount cell) {
		return cell.getAmount() != null && (cell.getStatus() == null || cell.getStatus() == AmountStatus.ACTUAL);
	}

	/** True when the cell prints anything, a number or a status; false for one left blank, e.g. a year just added. */
	public static boolean prints(FiscalYearAmount cell) {
		return cell.getAmount() != null || Printed.of(cell, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__STATUS) != null
				|| cell.eIsSet(FinancePackage.Literals.FISCAL_YEAR_AMOUNT__STATUS);
	}

	/** The sum of the line's cells per fiscal year, in fiscal-year order. */
	public static SortedMap<Integer, BigDecimal> columnSums(BudgetTable table) {
		SortedMap<Integer, BigDecimal> sums = new TreeMap<>();
		for (BudgetLine line : table.getLines()) {
			for (FiscalYearAmount cell : line.getCells()) {
				if (counts(cell)) {
					sums.merge(cell.getFiscalYear(), cell.getAmount(), BigDecimal::add);
				}
			}
		}
		return sums;
	}

	/** The sum of one line's cells. */
	public static BigDecimal rowSum(BudgetLine line) {
		return line.getCells().stream().filter(Budgets::counts).map(FiscalYearAmount::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** How many cells of a fiscal year print a number: the summands of that year's total. */
	public static long columnSummands(BudgetTable table, int fiscalYear) {
		return table.getLines().stream().flatMap(line -> line.getCells().stream())
				.filter(cell -> cell.getFiscalYear() == fiscalYear && counts(cell)).count();
	}

	/**
	 * True when the table's figures are rounded: it prints the rounding note, or its unit, printed or inferred from the
	 * figures, is coarser than 円 or ドル; figures in 円 or ドル, or in a table without unit, read as exact.
	 */
	public static boolean rounded(BudgetTable table) {
		return table.isRoundingNote() || table.getUnit() != null && table.getUnit() != MoneyUnit.YEN && table.getUnit() != MoneyUnit.DOLLAR;
	}

	/**
	 * How far a printed total may lie from the sum of its summands and still be rounding: in a {@link #rounded} table
	 * half a unit of the last printed digit for each summand and for the total, ((n+1)/2 units); zero elsewhere.
	 */
	public static BigDecimal tolerance(BudgetTable table, BigDecimal stated, BigDecimal computed, long summands) {
		if (!rounded(table)) {
			return BigDecimal.ZERO;
		}
		int scale = Math.max(0, Math.max(stated.scale(), computed.scale()));
		return BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(summands + 1)).divide(BigDecimal.TWO);
	}

	/**
	 * Whether the printed yearly totals start with the subject's period, so that they add up to its printed grand
	 * total; a table of the last years only (a program's 執行額 of three of its fourteen years) does not.
	 */
	public static boolean coversSubjectFromStart(BudgetTable table) {
		Period period = table.eContainer() instanceof EvaluationSubject subject ? subject.getPeriod() : null;
		Integer first = table.getStatedTotals().stream().map(FiscalYearAmount::getFiscalYear).min(Integer::compare).orElse(null);
		return period == null || period.getStartFY() == null || first != null && first <= period.getStartFY();
	}

	/** The printed total of a fiscal year, if the table prints one. */
	public static Optional<BigDecimal> statedTotal(BudgetTable table, int fiscalYear) {
		return table.getStatedTotals().stream()
				.filter(cell -> cell.getFiscalYear() == fiscalYear && counts(cell))
				.map(FiscalYearAmount::getAmount).findFirst();
	}

	/** The printed yearly totals added up. */
	public static BigDecimal sumOfStatedTotals(BudgetTable table) {
		return table.getStatedTotals().stream().filter(Budgets::counts).map(FiscalYearAmount::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The table's amount for a fiscal year: its printed total, else the sum of its lines. */
	public static Optional<BigDecimal> amount(BudgetTable table, int fiscalYear) {
		return statedTotal(table, fiscalYear).or(() -> Optional.ofNullable(columnSums(table).get(fiscalYear)));
	}

	/** The amount converted to 百万円; empty for currencies other than yen. */
	public static Optional<BigDecimal> inHyakumanYen(BigDecimal amount, MoneyUnit unit) {
		BigDecimal factor = unit == null ? null : IN_HYAKUMAN_YEN.get(unit);
		return amount == null || factor == null ? Optional.empty() : Optional.of(amount.multiply(factor));
	}

	/** A money value converted to 百万円; empty for other currencies or no amount. */
	public static Optional<BigDecimal> inHyakumanYen(Money money) {
		return money == null ? Optional.empty() : inHyakumanYen(money.getAmount(), money.getUnit());
	}

	/** Half of the table's unit in 百万円: the precision of its printed figures (0.1億円 rows → 5百万円). */
	public static BigDecimal precision(BudgetTable table) {
		BigDecimal unit = inHyakumanYen(BigDecimal.ONE, table.getUnit()).orElse(BigDecimal.ONE);
		return unit.compareTo(BigDecimal.ONE) > 0 ? unit.multiply(new BigDecimal("0.05")) : new BigDecimal("0.5");
	}

	/** The subject's first table of a kind. */
	public static Optional<BudgetTable> table(EvaluationSubject subject, AmountKind kind) {
		return subject.getBudgetTables().stream().filter(table -> table.isSetKind() && table.getKind() == kind).findFirst();
	}

	/** The subject's total: printed grand total of its executed or contracted amounts, else of its allocation, in 百万円. */
	public static Optional<BigDecimal> total(EvaluationSubject subject) {
		for (AmountKind kind : new AmountKind[] { AmountKind.EXECUTED, AmountKind.CONTRACT, AmountKind.ALLOCATION }) {
			Optional<BigDecimal> total = table(subject, kind)
					.flatMap(table -> inHyakumanYen(table.getStatedGrandTotal() != null ? table.getStatedGrandTotal()
							: table.getStatedTotals().isEmpty() ? null : sumOfStatedTotals(table), table.getUnit()));
			if (total.isPresent()) {
				return total;
			}
		}
		return Optional.empty();
	}
}
