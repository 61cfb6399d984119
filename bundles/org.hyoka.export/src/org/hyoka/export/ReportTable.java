package org.hyoka.export;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.internal.ExportMessages;
import org.hyoka.export.internal.TableRows;
import org.hyoka.model.EvaluationReport;

/**
 * The report's tables as the table formats (CSV, XLSX) write them: a header of column names and rows whose cells
 * are text ({@link String}), numbers ({@link Integer}, {@link java.math.BigDecimal}) or empty ({@code null}).
 * Figures come from org.hyoka.core or are as printed, never recomputed.
 */
public enum ReportTable {

	/** One row per score given. */
	SCORES("project", "item", "evaluator", "score"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** One row per item of a score table: the averages of {@link org.hyoka.core.scoring.Scoring}. */
	AVERAGES("project", "item", "evaluators", "average", "below_2"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	/** One row per budget cell and per printed total: yearly, grand (labelled as printed) and 総予算額. */
	BUDGETS("subject", "table", "kind", "row", "fiscal_year", "amount", "status", "unit"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	/**
	 * One row per indicator target, with the achievement rate of {@link org.hyoka.core.indicator.Achievement}, the
	 * status as a code (empty where none was chosen) and as the report words it, and the target's value before the
	 * revision recorded for it (empty where none is).
	 */
	INDICATORS("subject", "indicator", "unit", "target_kind", "fiscal_year", "target", "actual", "achievement_rate", "status", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"status_printed", "target_before"); //$NON-NLS-1$ //$NON-NLS-2$

	private final List<String> header;

	ReportTable(String... header) {
		this.header = List.of(header);
	}

	/** Column names, as the first row of a CSV file or a sheet. */
	public List<String> header() {
		return header;
	}

	/** The table's name in the user's language. */
	public String label() {
		return ExportMessages.get("table." + key()); //$NON-NLS-1$
	}

	/** The table's name in the report's vocabulary: 評点, 平均点, 予算, 指標 (sheet names). */
	public String title() {
		return ReportText.get("table." + key()); //$NON-NLS-1$
	}

	/** The rows of the report; cancellation through the monitor. */
	public List<List<Object>> rows(EvaluationReport report, IProgressMonitor monitor) {
		return switch (this) {
		case SCORES -> TableRows.scores(report, monitor);
		case AVERAGES -> TableRows.averages(report, monitor);
		case BUDGETS -> TableRows.budgets(report, monitor);
		case INDICATORS -> TableRows.indicators(report, monitor);
		};
	}

	private String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
