package org.hyoka.export;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.model.EvaluationReport;

/**
 * A table of the report as the table formats write it (a CSV file, a sheet of the workbook): a header of column names
 * and rows whose cells are text ({@link String}), numbers ({@link Integer}, {@link java.math.BigDecimal}) or empty
 * ({@code null}). Figures come from org.hyoka.core or are as printed, never recomputed. Contributed to
 * {@value TableRegistry#EXTENSION_POINT}; org.hyoka.export's own are scores, averages, budgets and indicators.
 */
public interface ReportTable {

	/** Column names, as the first row of a CSV file or a sheet. */
	List<String> header();

	/** The rows of the report, each as long as the header; cancellation through the monitor. */
	List<List<Object>> rows(EvaluationReport report, IProgressMonitor monitor);
}
