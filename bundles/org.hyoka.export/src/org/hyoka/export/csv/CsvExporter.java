package org.hyoka.export.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.csv.CsvWriter;
import org.hyoka.export.ExportOption;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.TableDescriptor;
import org.hyoka.export.TableRegistry;
import org.hyoka.export.internal.ExportMessages;
import org.hyoka.model.EvaluationReport;

/**
 * One {@link org.hyoka.export.ReportTable} of the report as CSV (RFC 4180, UTF-8, CRLF), chosen by its id with {@link #TABLE} among
 * the installed ones ({@link TableRegistry}): a file per table opens directly in a spreadsheet, where a multi-table
 * archive would not. Text that a spreadsheet would run as a formula is neutralised; see {@link CsvWriter}.
 */
public class CsvExporter implements Exporter {

	/** Which table to write: the id of an installed one. */
	public static final ExportOption<String> TABLE = ExportOption.choice("table", ExportMessages.get("option.table"), "scores", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			// read without logging: a drop-down asks for its entries one by one, and the export itself logs the problems
			() -> TableRegistry.running().tables().stream().map(TableDescriptor::id).toList(),
			id -> TableRegistry.running().find(id).map(TableDescriptor::label).orElse(id));

	/** Start with a byte order mark, without which Excel reads UTF-8 as the system's code page. */
	public static final ExportOption<Boolean> BOM = ExportOption.flag("bom", ExportMessages.get("option.bom"), false); //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public List<ExportOption<?>> options() {
		return List.of(TABLE, BOM);
	}

	@Override
	public void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, ExportMessages.get("progress.export"), 2); //$NON-NLS-1$
		String id = options.get(TABLE);
		TableDescriptor chosen = TableRegistry.installed().find(id)
				.orElseThrow(() -> new IOException(ExportMessages.format("table.missing", id))); //$NON-NLS-1$
		TableDescriptor.Contents table = chosen.contents(report, progress.split(1));
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		if (options.get(BOM)) {
			writer.write('\uFEFF');
		}
		CsvWriter csv = new CsvWriter(writer);
		csv.record(table.header());
		for (List<Object> row : table.rows()) {
			csv.record(row);
		}
		progress.split(1);
		writer.flush();
	}
}
