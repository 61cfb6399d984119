package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyoka.editor.internal.EvaluationModel;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.junit.jupiter.api.Test;

/**
 * A figure typed into a budget cell takes along the printed totals that agreed with the figures, in the same undoable
 * step, as a spreadsheet's SUM would; a printed total that disagreed already stays as the report printed it.
 */
class TotalsFollowTest {

	private final EditingDomain domain = new EvaluationModel().domain();
	private final CommandStack stack = domain.getCommandStack();
	private final BudgetTable table = FinanceFactory.eINSTANCE.createBudgetTable();
	/** 10 + 20, printed 30; 1 + 2, printed 4 (a misprint the report has); printed 11 and 22 by year, 33 in all. */
	private final BudgetLine agreeing = line(30, 10, 20);
	private final BudgetLine misprinted = line(4, 1, 2);

	TotalsFollowTest() {
		table.getLines().addAll(List.of(agreeing, misprinted));
		table.getStatedTotals().addAll(List.of(amount(2020, 11), amount(2021, 22)));
		table.setStatedGrandTotal(BigDecimal.valueOf(33));
	}

	@Test
	void aTypedFigureTakesTheAgreeingTotalsAlongAndOneUndoTakesThemBack() {
		stack.execute(set(agreeing, 0, 15));
		assertEquals(List.of(35, 4, 16, 22, 38), totals(), "the row, its year and the grand total follow; the misprint stays");
		assertEquals(List.of(agreeing.getCells().get(0)), List.copyOf(stack.getMostRecentCommand().getAffectedObjects()),
				"undo and redo select the cell changed, not the totals");
		stack.undo();
		assertEquals(List.of(30, 4, 11, 22, 33), totals());
		assertEquals(10, agreeing.getCells().get(0).getAmount().intValue());
		stack.redo();
		assertEquals(List.of(35, 4, 16, 22, 38), totals());
	}

	@Test
	void aPrintedTotalThatDisagreedBeforeStaysForValidationToShow() {
		stack.execute(set(misprinted, 1, 5));
		assertEquals(List.of(30, 4, 11, 25, 36), totals(), "1 + 5 is not what 4 was of 1 + 2: the row's printed total stays");
	}

	@Test
	void theGrandTotalFollowsThePrintedYearlyTotalsItAddsUpAsValidationChecksIt() {
		table.getStatedTotals().get(1).setAmount(BigDecimal.valueOf(23)); // 20 + 2 misprinted as 23
		table.setStatedGrandTotal(BigDecimal.valueOf(34)); // 11 + 23, as printed
		stack.execute(set(agreeing, 0, 15));
		assertEquals(List.of(35, 4, 16, 23, 39), totals(), "16 + 23: the grand total still adds up the printed years");
	}

	@Test
	void aPastedBlockLeavesEveryTotalAtItsNewSum() {
		CompoundCommand paste = new CompoundCommand();
		Stream.of(set(agreeing, 0, 100), set(agreeing, 1, 200), set(misprinted, 0, 7)).forEach(paste::append);
		stack.execute(paste);
		assertEquals(List.of(300, 4, 107, 202, 309), totals());
		stack.undo();
		assertEquals(List.of(30, 4, 11, 22, 33), totals());
	}

	/** Row totals of both lines, the printed totals of the two years, the grand total. */
	private List<Integer> totals() {
		return List.of(agreeing.getStatedRowTotal().intValue(), misprinted.getStatedRowTotal().intValue(),
				table.getStatedTotals().get(0).getAmount().intValue(), table.getStatedTotals().get(1).getAmount().intValue(),
				table.getStatedGrandTotal().intValue());
	}

	private Command set(BudgetLine line, int cell, int amount) {
		return SetCommand.create(domain, line.getCells().get(cell), FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, BigDecimal.valueOf(amount));
	}

	private static BudgetLine line(int printed, int first, int second) {
		BudgetLine line = FinanceFactory.eINSTANCE.createBudgetLine();
		line.getCells().addAll(List.of(amount(2020, first), amount(2021, second)));
		line.setStatedRowTotal(BigDecimal.valueOf(printed));
		return line;
	}

	private static FiscalYearAmount amount(int year, int amount) {
		FiscalYearAmount cell = FinanceFactory.eINSTANCE.createFiscalYearAmount();
		cell.setFiscalYear(year);
		cell.setAmount(BigDecimal.valueOf(amount));
		return cell;
	}
}
