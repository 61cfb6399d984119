package org.hyoka.ip.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hyoka.core.csv.CsvRecords;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.AtomicWrite;

/**
 * Register tables as files, whose format follows their extension: {@code .xlsx} is an Excel workbook, anything else
 * CSV. {@code hyoka ip import/export} and the IP Register view read and write them here.
 */
public final class RegisterTables {

	/** A register table is small: bounds that keep a wrong or hostile file from exhausting memory. */
	public static final CsvRecords.Limits LIMITS = new CsvRecords.Limits(16L << 20, 100_000, 10_000, 64);

	private RegisterTables() {
	}

	/** Whether the file is read as a workbook. */
	public static boolean isWorkbook(Path table) {
		return lowerName(table).endsWith(".xlsx"); //$NON-NLS-1$
	}

	/** Whether the file can be imported: a {@code .csv} or {@code .xlsx} file. */
	public static boolean isTable(Path table) {
		return isWorkbook(table) || lowerName(table).endsWith(".csv"); //$NON-NLS-1$
	}

	/**
	 * What importing the table into the report would add and leave out; the report is not changed.
	 *
	 * @throws RegisterFormatException
	 *             when a row cannot be read, naming the file and the line, or the sheet and cell
	 */
	public static RegisterImport read(EvaluationReport report, Path table) throws IOException, RegisterFormatException {
		String name = table.toString();
		if (isWorkbook(table)) {
			return RegisterImport.readTable(report, name, RegisterWorkbook.rows(table, name));
		}
		List<CsvRecords.Record> records;
		try {
			records = CsvRecords.readAll(table, LIMITS);
		} catch (CsvRecords.LimitException e) {
			String place = e.kind() == CsvRecords.LimitException.Kind.CHARACTERS ? name : name + ":" + e.line(); //$NON-NLS-1$
			throw new RegisterFormatException(place + ": " + RegisterMessages.format("limit." + e.kind().name(), e.limit())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return RegisterImport.readTable(report, name, TableRow.of(name, records));
	}

	/** Writes the report's register to the file atomically, as a workbook or CSV by its extension. */
	public static void write(EvaluationReport report, Path out) throws IOException {
		if (isWorkbook(out)) {
			AtomicWrite.write(out, ".part", stream -> RegisterWorkbook.write(report, stream)); //$NON-NLS-1$
		} else {
			byte[] text = RegisterColumns.csv(report).getBytes(StandardCharsets.UTF_8);
			AtomicWrite.write(out, ".part", stream -> stream.write(text)); //$NON-NLS-1$
		}
	}

	private static String lowerName(Path table) {
		return table.getFileName() == null ? "" : table.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
