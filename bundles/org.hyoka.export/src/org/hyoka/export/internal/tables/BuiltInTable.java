package org.hyoka.export.internal.tables;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.export.ReportTable;
import org.hyoka.model.EvaluationReport;

/** org.hyoka.export's own tables: a header and the rows of {@link org.hyoka.export.internal.TableRows}. */
abstract class BuiltInTable implements ReportTable {

	/** The rows of one table. */
	@FunctionalInterface
	interface Rows {
		List<List<Object>> of(EvaluationReport report, IProgressMonitor monitor);
	}

	private final Rows rows;
	private final List<String> header;

	BuiltInTable(Rows rows, String... header) {
		this.rows = rows;
		this.header = List.of(header);
	}

	@Override
	public final List<String> header() {
		return header;
	}

	@Override
	public final List<List<Object>> rows(EvaluationReport report, IProgressMonitor monitor) {
		return rows.of(report, monitor);
	}
}
