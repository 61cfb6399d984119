package org.hyoka.export.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.indicator.Revisions;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.finance.AmountStatus;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetRevision;

/** The rows of {@link org.hyoka.export.ReportTable}, in report order. */
public final class TableRows {

	private TableRows() {
	}

	public static List<List<Object>> scores(EvaluationReport report, IProgressMonitor monitor) {
		List<List<Object>> rows = new ArrayList<>();
		forEachScoreTable(report, monitor, evaluation -> {
			for (ItemScore row : evaluation.getScoreTable().getRows()) {
				for (EvaluatorScore score : row.getScores()) {
					if (score.getValue() != null) {
						rows.add(row(ReportText.subjectCode(evaluation.getTarget()), row.isSetItem() ? ReportText.itemCode(row.getItem()) : null,
								ReportText.evaluator(score), score.getValue()));
					}
				}
			}
		});
		return rows;
	}

	public static List<List<Object>> averages(EvaluationReport report, IProgressMonitor monitor) {
		List<List<Object>> rows = new ArrayList<>();
		forEachScoreTable(report, monitor, evaluation -> {
			for (Scoring.ItemResult result : Scoring.results(evaluation.getScoreTable())) {
				rows.add(row(ReportText.subjectCode(evaluation.getTarget()), ReportText.itemCode(result.item()), result.evaluators(),
						result.average(), Boolean.toString(result.needsExplanation())));
			}
		});
		return rows;
	}

	public static List<List<Object>> budgets(EvaluationReport report, IProgressMonitor monitor) {
		List<List<Object>> rows = new ArrayList<>();
		forEachSubject(report, monitor, subject -> {
			for (BudgetTable table : subject.getBudgetTables()) {
				for (BudgetLine line : table.getLines()) {
					for (FiscalYearAmount cell : line.getCells()) {
						rows.add(budgetRow(subject, table, Printed.of(line, FinancePackage.Literals.BUDGET_LINE__RESEARCH_ITEM), cell.getFiscalYear(),
								cell.getAmount(), status(cell, table)));
					}
				}
				for (FiscalYearAmount total : table.getStatedTotals()) {
					rows.add(budgetRow(subject, table, ReportText.get("total"), total.getFiscalYear(), total.getAmount(), status(total, table))); //$NON-NLS-1$
				}
				if (table.getStatedGrandTotal() != null || table.isSetGrandTotalStatus()) {
					String label = table.getGrandTotalLabelPrinted() != null ? table.getGrandTotalLabelPrinted() : ReportText.get("grandTotal"); //$NON-NLS-1$
					rows.add(budgetRow(subject, table, label, null, table.getStatedGrandTotal(), grandTotalStatus(table)));
				}
				if (table.getStatedBudgetTotal() != null) {
					rows.add(budgetRow(subject, table, ReportText.get("budgetTotal"), null, table.getStatedBudgetTotal(), null)); //$NON-NLS-1$
				}
			}
		});
		return rows;
	}

	private static List<Object> budgetRow(EvaluationSubject subject, BudgetTable table, String row, Integer fiscalYear, BigDecimal amount,
			String status) {
		String title = table.getTitlePrinted() != null ? table.getTitlePrinted() : Printed.of(table, FinancePackage.Literals.BUDGET_TABLE__KIND);
		return row(ReportText.subjectCode(subject), title, table.isSetKind() ? table.getKind().getName() : null, row,
				fiscalYear, amount, status, table.isSetUnit() ? ReportText.unit(table.getUnit()) : null);
	}

	/**
	 * The cell's status as printed, else its own status, else PLANNED in a column the table prints as planned
	 * (2022FY（予定）); none when nothing states it.
	 */
	private static String status(FiscalYearAmount cell, BudgetTable table) {
		String printed = Printed.of(cell, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__STATUS);
		if (printed != null) {
			return printed;
		}
		if (cell.isSetStatus()) {
			return cell.getStatus().getName();
		}
		boolean planned = table.getColumns().stream()
				.anyMatch(column -> column.isPlanned() && column.getFiscalYear() != null && column.getFiscalYear() == cell.getFiscalYear());
		return planned ? AmountStatus.PLANNED.getName() : null;
	}

	/** What the total cell prints instead of a number: 「-」 for NOT_APPLICABLE, as the model records it. */
	private static String grandTotalStatus(BudgetTable table) {
		if (!table.isSetGrandTotalStatus() || table.getGrandTotalStatus() == AmountStatus.ACTUAL) {
			return null;
		}
		return table.getGrandTotalStatus() == AmountStatus.NOT_APPLICABLE ? "-" : table.getGrandTotalStatus().getName(); //$NON-NLS-1$
	}

	public static List<List<Object>> indicators(EvaluationReport report, IProgressMonitor monitor) {
		List<List<Object>> rows = new ArrayList<>();
		forEachSubject(report, monitor, subject -> {
			List<Indicator> indicators = new ArrayList<>(subject.getOutputIndicators());
			indicators.addAll(subject.getOutcomeIndicators());
			for (Indicator indicator : indicators) {
				for (IndicatorTarget target : indicator.getTargets()) {
					// the status the report states, as a code and as the report words it: never ACHIEVED, the first
					// literal, for an unset one; the computed one for a target typed in the workbench
					Optional<AchievementStatus> stated = Achievement.statedStatus(target);
					String status = stated.map(AchievementStatus::getName).orElse(null);
					String printed = Printed.or(target, ResultsPackage.Literals.INDICATOR_TARGET__STATUS,
							() -> stated.map(ReportText::status).orElse(null));
					rows.add(row(ReportText.subjectCode(subject), indicator.getNameJa(), indicator.getUnit(),
							target.isSetKind() ? target.getKind().getName() : null, target.getFiscalYear(), target.getTargetValue(),
							target.getActualValue(), Achievement.rate(target).orElse(null), status, printed,
							Revisions.valueBefore(target).map(TargetRevision::getOldValue).orElse(null)));
				}
			}
		});
		return rows;
	}

	/** The evaluations that print a score table; the monitor advances, and may cancel, per evaluation. */
	private static void forEachScoreTable(EvaluationReport report, IProgressMonitor monitor, Consumer<Evaluation> action) {
		SubMonitor progress = SubMonitor.convert(monitor, report.getEvaluations().size());
		for (Evaluation evaluation : report.getEvaluations()) {
			progress.split(1);
			if (evaluation.getScoreTable() != null) {
				action.accept(evaluation);
			}
		}
	}

	/** The program, then its projects; the monitor advances, and may cancel, per subject. */
	private static void forEachSubject(EvaluationReport report, IProgressMonitor monitor, Consumer<EvaluationSubject> action) {
		List<EvaluationSubject> subjects = subjects(report);
		SubMonitor progress = SubMonitor.convert(monitor, subjects.size());
		for (EvaluationSubject subject : subjects) {
			progress.split(1);
			action.accept(subject);
		}
	}

	/** The program, then its projects. */
	private static List<EvaluationSubject> subjects(EvaluationReport report) {
		List<EvaluationSubject> subjects = new ArrayList<>();
		if (report.getProgram() != null) {
			subjects.add(report.getProgram());
			subjects.addAll(report.getProgram().getProjects());
		}
		return subjects;
	}

	/** A row that may hold empty (null) cells. */
	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}
}
