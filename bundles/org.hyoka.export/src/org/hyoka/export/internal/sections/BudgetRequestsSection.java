package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.get;
import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.finance.BudgetRequestSheet;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;

/** 予算要求等: the subject's budget request sheets, one row each, as the sheets print them, else as entered. */
public final class BudgetRequestsSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<BudgetRequestSheet> requests = ((EvaluationSubject) target).getBudgetRequests();
		if (requests.isEmpty()) {
			return List.of();
		}
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(Tables.headers("request.title", "request.year", "request.kind", "request.amount", "request.previous")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (BudgetRequestSheet request : requests) {
			rows.add(List.of(Cell.text(nonNull(request.getTitlePrinted()), Tables.TEXT),
					Cell.text(Tables.year(request.getFiscalYear()), Tables.TEXT),
					Cell.text(Printed.or(request, FinancePackage.Literals.BUDGET_REQUEST_SHEET__KIND,
							() -> Tables.word(request, FinancePackage.Literals.BUDGET_REQUEST_SHEET__KIND, "amountKind.")), Tables.TEXT), //$NON-NLS-1$
					Cell.number(Printed.or(request, FinancePackage.Literals.BUDGET_REQUEST_SHEET__AMOUNT, () -> amount(request)), Tables.AMOUNT),
					Cell.text(nonNull(request.getPreviousYearPrinted()), Tables.TEXT)));
		}
		return List.of(new Table(Kind.DATA, "", get("requests"), "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The amount entered and its unit when the sheet's own text of it is not known: 1,234百万円. */
	private static String amount(BudgetRequestSheet request) {
		return request.getAmount() == null ? "" : ReportText.amount(request.getAmount()) + ReportText.unit(request.getUnit()); //$NON-NLS-1$
	}
}
