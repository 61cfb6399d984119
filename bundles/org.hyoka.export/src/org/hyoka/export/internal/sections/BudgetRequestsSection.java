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
import org.hyoka.model.program.EvaluationSubject;

/** 予算要求等: the subject's budget request sheets, one row each. */
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
					Cell.text(request.getFiscalYear() == null ? "" : ReportText.fiscalYear(request.getFiscalYear()), Tables.TEXT), //$NON-NLS-1$
					Cell.text(nonNull(request.getKindPrinted()), Tables.TEXT), Cell.number(nonNull(request.getAmountPrinted()), Tables.AMOUNT),
					Cell.text(nonNull(request.getPreviousYearPrinted()), Tables.TEXT)));
		}
		return List.of(new Table(Kind.DATA, "", get("requests"), "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
