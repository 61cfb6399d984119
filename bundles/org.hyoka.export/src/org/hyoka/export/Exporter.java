package org.hyoka.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.model.EvaluationReport;

/**
 * Writes an evaluation report in one format. Contributed through the {@code org.hyoka.export.exporters}
 * extension point (see docs/exporters.md); plain Java code may also create implementations directly.
 * <p>
 * Implementations are stateless between calls and never modify the report. They run outside the UI thread.
 */
public interface Exporter {

	/** The options this exporter understands, in the order a dialog shows them. */
	default List<ExportOption<?>> options() {
		return List.of();
	}

	/**
	 * Writes the report to the stream, which the caller owns: the exporter flushes it but does not close it.
	 *
	 * @param report
	 *            the report, read only
	 * @param options
	 *            option values; options the exporter does not know are ignored, missing ones take their defaults
	 * @param monitor
	 *            progress and cancellation; may be {@code null}
	 * @throws org.eclipse.core.runtime.OperationCanceledException
	 *             when the monitor is cancelled; what was written so far is incomplete
	 * @throws IOException
	 *             when the stream cannot be written
	 */
	void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out) throws IOException;
}
