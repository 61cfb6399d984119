package org.hyoka.export.xlsx;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.report.SafeText;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.Exports;
import org.hyoka.export.TableRegistry;
import org.hyoka.model.EvaluationReport;

/**
 * The report's tables as one Excel workbook, a sheet per installed {@link org.hyoka.export.ReportTable} named by its title (評点, 平均点,
 * 予算, 指標 and those of add-ons; {@link TableRegistry}): a bold,
 * frozen header with filters, numbers as numeric cells shown with their decimals (3.0, 13.0億円). Nothing is ever
 * written as a formula: text is a string cell, and text that Excel would take for a formula when edited is marked
 * with a quote prefix.
 * <p>
 * The workbook streams: only a window of rows per sheet is in memory, the others wait in temporary files beside
 * the exported file ({@link Exports#temporaryFile()}) until the workbook is written, and are deleted then.
 */
public class XlsxExporter implements Exporter {

	/** Excel column widths are in 1/256 of a character; wide characters count twice, within sensible bounds. */
	private static final int MIN_WIDTH = 6;
	private static final int MAX_WIDTH = 60;
	/** Rows of a sheet kept in memory; the rest are written out. The sheets are written top to bottom only. */
	private static final int ROW_WINDOW = 200;
	/** Excel's longest sheet name. */
	private static final int SHEET_NAME = 31;

	@Override
	public void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try (StreamingWorkbook workbook = new StreamingWorkbook()) {
			Styles styles = new Styles(workbook);
			TableRegistry.installed().fill(report, progress.split(1),
					(table, contents) -> sheet(workbook.createSheet(sheetName(workbook, table.title())), contents.header(), contents.rows(), styles));
			progress.split(1);
			workbook.write(Exports.keepOpen(out));
		}
		out.flush();
	}

	private static void sheet(Sheet sheet, List<String> header, List<List<Object>> rows, Styles styles) {
		int[] widths = new int[header.size()];
		Row first = sheet.createRow(0);
		for (int column = 0; column < header.size(); column++) {
			Cell cell = first.createCell(column);
			cell.setCellValue(header.get(column));
			cell.setCellStyle(styles.header);
			widths[column] = width(header.get(column));
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<Object> cells = rows.get(r);
			for (int column = 0; column < cells.size(); column++) {
				Object value = cells.get(column);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(column);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
					if (value instanceof BigDecimal decimal && decimal.scale() > 0) {
						cell.setCellStyle(styles.decimals(decimal.scale()));
					}
				} else {
					String text = SafeText.withoutControls(value.toString());
					cell.setCellValue(text);
					if (SafeText.looksLikeFormula(text)) {
						cell.setCellStyle(styles.quoted);
					}
				}
				widths[column] = Math.max(widths[column], width(value.toString()));
			}
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, header.size() - 1));
		for (int column = 0; column < widths.length; column++) {
			sheet.setColumnWidth(column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[column] + 2)) * 256);
		}
	}

	/** The title as a sheet name Excel accepts, numbered when another table has taken it (Excel ignores case). */
	private static String sheetName(StreamingWorkbook workbook, String title) {
		String name = WorkbookUtil.createSafeSheetName(title);
		for (int n = 2; workbook.getSheet(name) != null; n++) {
			String suffix = " (" + n + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			name = WorkbookUtil.createSafeSheetName(title.substring(0, Math.min(title.length(), SHEET_NAME - suffix.length())) + suffix);
		}
		return name;
	}

	/** The width of a text in Excel characters: CJK and other wide characters take two. */
	private static int width(String text) {
		return text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
	}

	/** The few cell styles of a workbook (Excel limits their number, so they are shared). */
	private static final class Styles {
		final CellStyle header;
		final CellStyle quoted;
		private final Workbook workbook;
		private final Map<Integer, CellStyle> decimals = new HashMap<>();

		Styles(Workbook workbook) {
			this.workbook = workbook;
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
		}

		/** Numbers shown with the decimals they are printed with: an average of 3.0 shows 3.0, not 3. */
		CellStyle decimals(int scale) {
			return decimals.computeIfAbsent(scale, digits -> {
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(workbook.createDataFormat().getFormat("0." + "0".repeat(digits))); //$NON-NLS-1$ //$NON-NLS-2$
				return style;
			});
		}
	}

	/**
	 * An SXSSF workbook whose sheets write their rows to {@link Exports#temporaryFile()} (POI's own go to the system's
	 * temporary folder, and stay there when the process dies) and which deletes them on {@link #close()}.
	 */
	private static final class StreamingWorkbook extends SXSSFWorkbook {
		private final List<Path> files = new ArrayList<>();

		StreamingWorkbook() {
			super(ROW_WINDOW);
		}

		@Override
		protected SheetDataWriter createSheetDataWriter() throws IOException {
			Path file = Exports.temporaryFile();
			files.add(file);
			return new SheetDataWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				@Override
				protected File getTempFile() {
					return file.toFile();
				}
			};
		}

		@Override
		public void close() throws IOException {
			try {
				super.close();
			} finally {
				for (Path file : files) {
					Files.deleteIfExists(file);
				}
			}
		}
	}
}
