package org.hyoka.export.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.ExportOption;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.internal.ExportMessages;
import org.hyoka.export.internal.ReportText;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;

/**
 * One table of the report as CSV (RFC 4180, UTF-8, CRLF), chosen with {@link #TABLE}: a file per table opens
 * directly in a spreadsheet, where a multi-table archive would not. Text that a spreadsheet would run as a
 * formula is neutralised; see {@link CsvWriter}.
 */
public class CsvExporter implements Exporter {

	/** Which table to write. */
	public static final ExportOption<CsvTable> TABLE = ExportOption.choice("table", ExportMessages.get("option.table"), //$NON-NLS-1$ //$NON-NLS-2$
			CsvTable.class, CsvTable.SCORES, CsvTable::label);

	/** Start with a byte order mark, without which Excel reads UTF-8 as the system's code page. */
	public static final ExportOption<Boolean> BOM = ExportOption.flag("bom", ExportMessages.get("option.bom"), false); //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public List<ExportOption<?>> options() {
		return List.of(TABLE, BOM);
	}

	@Override
	public void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		if (options.get(BOM)) {
			writer.write('\uFEFF');
		}
		CsvWriter csv = new CsvWriter(writer);
		switch (options.get(TABLE)) {
		case SCORES -> scores(report, csv, evaluations(report, monitor));
		case AVERAGES -> averages(report, csv, evaluations(report, monitor));
		case BUDGETS -> budgets(report, csv, subjects(report, monitor));
		case INDICATORS -> indicators(report, csv, subjects(report, monitor));
		}
		writer.flush();
	}

	private static SubMonitor evaluations(EvaluationReport report, IProgressMonitor monitor) {
		return SubMonitor.convert(monitor, ExportMessages.get("progress.export"), report.getEvaluations().size()); //$NON-NLS-1$
	}

	private static SubMonitor subjects(EvaluationReport report, IProgressMonitor monitor) {
		return SubMonitor.convert(monitor, ExportMessages.get("progress.export"), subjectsOf(report).size()); //$NON-NLS-1$
	}

	private static void scores(EvaluationReport report, CsvWriter csv, SubMonitor progress) throws IOException {
		csv.record("project", "item", "evaluator", "score"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (Evaluation evaluation : report.getEvaluations()) {
			progress.split(1);
			if (evaluation.getScoreTable() == null) {
				continue;
			}
			for (ItemScore row : evaluation.getScoreTable().getRows()) {
				for (EvaluatorScore score : row.getScores()) {
					if (score.getValue() != null) {
						csv.text(ReportText.subjectCode(evaluation.getTarget())).text(ReportText.itemCode(row.getItem()))
								.text(ReportText.evaluator(score)).number(score.getValue()).endRecord();
					}
				}
			}
		}
	}

	private static void averages(EvaluationReport report, CsvWriter csv, SubMonitor progress) throws IOException {
		csv.record("project", "item", "evaluators", "average", "below_2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (Evaluation evaluation : report.getEvaluations()) {
			progress.split(1);
			if (evaluation.getScoreTable() == null) {
				continue;
			}
			for (Scoring.ItemResult result : Scoring.results(evaluation.getScoreTable())) {
				csv.text(ReportText.subjectCode(evaluation.getTarget())).text(ReportText.itemCode(result.item()))
						.number(result.evaluators()).number(result.average()).text(Boolean.toString(result.needsExplanation())).endRecord();
			}
		}
	}

	private static void budgets(EvaluationReport report, CsvWriter csv, SubMonitor progress) throws IOException {
		csv.record("subject", "table", "kind", "row", "fiscal_year", "amount", "status", "unit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		for (EvaluationSubject subject : subjectsOf(report)) {
			progress.split(1);
			for (BudgetTable table : subject.getBudgetTables()) {
				for (BudgetLine line : table.getLines()) {
					for (FiscalYearAmount cell : line.getCells()) {
						budgetCell(csv, subject, table, line.getLabelPrinted(), cell);
					}
				}
				for (FiscalYearAmount total : table.getStatedTotals()) {
					budgetCell(csv, subject, table, ReportText.get("total"), total); //$NON-NLS-1$
				}
			}
		}
	}

	private static void budgetCell(CsvWriter csv, EvaluationSubject subject, BudgetTable table, String row, FiscalYearAmount cell)
			throws IOException {
		String title = table.getTitlePrinted() != null ? table.getTitlePrinted() : table.getKindPrinted();
		String status = cell.getStatusPrinted() != null ? cell.getStatusPrinted() : cell.getStatus() == null ? "" : cell.getStatus().getName(); //$NON-NLS-1$
		csv.text(ReportText.subjectCode(subject)).text(title).text(table.getKind() == null ? "" : table.getKind().getName()).text(row) //$NON-NLS-1$
				.number(cell.getFiscalYear()).number(cell.getAmount()).text(status)
				.text(table.getUnit() == null ? "" : ReportText.unit(table.getUnit())).endRecord(); //$NON-NLS-1$
	}

	private static void indicators(EvaluationReport report, CsvWriter csv, SubMonitor progress) throws IOException {
		csv.record("subject", "indicator", "unit", "target_kind", "fiscal_year", "target", "actual", "achievement_rate", "status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		for (EvaluationSubject subject : subjectsOf(report)) {
			progress.split(1);
			List<Indicator> indicators = new ArrayList<>(subject.getOutputIndicators());
			indicators.addAll(subject.getOutcomeIndicators());
			for (Indicator indicator : indicators) {
				for (IndicatorTarget target : indicator.getTargets()) {
					String status = target.getStatusPrinted() != null ? target.getStatusPrinted()
							: target.getStatus() == null ? "" : target.getStatus().getName(); //$NON-NLS-1$
					csv.text(ReportText.subjectCode(subject)).text(indicator.getNameJa()).text(indicator.getUnit())
							.text(target.getKind() == null ? "" : target.getKind().getName()).number(target.getFiscalYear()) //$NON-NLS-1$
							.number(target.getTargetValue()).number(target.getActualValue())
							.number(Achievement.rate(target).orElse(null)).text(status).endRecord();
				}
			}
		}
	}

	/** The program, then its projects. */
	private static List<EvaluationSubject> subjectsOf(EvaluationReport report) {
		List<EvaluationSubject> subjects = new ArrayList<>();
		if (report.getProgram() != null) {
			subjects.add(report.getProgram());
			subjects.addAll(report.getProgram().getProjects());
		}
		return subjects;
	}
}
