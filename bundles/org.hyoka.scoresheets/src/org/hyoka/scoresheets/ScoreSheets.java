package org.hyoka.scoresheets;

import static org.hyoka.scoresheets.internal.SheetLayout.COMMENT_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.EVALUATION_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.EVALUATOR_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.FIRST_ITEM_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.HEADER_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.ITEMS;
import static org.hyoka.scoresheets.internal.SheetLayout.ITEM_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.ITEM_NAME_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.LABEL_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.PROJECT_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.SCORE_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.TITLE_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.VALUE_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.text;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.report.SafeText;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.model.printed.Printed;
import org.hyoka.scoresheets.internal.Legend;

/**
 * Blank 評点票: one workbook per evaluator, one sheet per evaluation, items 1–7 with their titles and the 判定基準, a score cell
 * (0–3, enforced by data validation; every other cell is locked) and a comment cell each. The evaluator's name and
 * the project's code sit in cells {@link ScoreSheetImport} reads back.
 */
public final class ScoreSheets {

	// "１．", "2.", "３ " before a printed item title
	private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*[0-9０-９]+[．.、\\s]*"); //$NON-NLS-1$

	private ScoreSheets() {
	}

	/**
	 * The evaluations a sheet is made for, in report order: those the report scores (with a score table), or every
	 * evaluation with a target while the report scores none yet.
	 */
	public static List<Evaluation> evaluations(EvaluationReport report) {
		List<Evaluation> targeted = report.getEvaluations().stream().filter(evaluation -> evaluation.getTarget() != null).toList();
		List<Evaluation> scored = targeted.stream().filter(evaluation -> evaluation.getScoreTable() != null).toList();
		return scored.isEmpty() ? targeted : scored;
	}

	/**
	 * Writes one evaluator's workbook to the stream, which stays open. When the stream fails (a full disk), that
	 * failure is thrown, not the runtime exception POI makes of it, whose message names only POI's own part.
	 */
	public static void write(EvaluationReport report, Evaluator evaluator, OutputStream out) throws IOException {
		FailureKeeping stream = new FailureKeeping(out);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Set<String> sheetNames = new HashSet<>();
			for (Evaluation evaluation : evaluations(report)) {
				String code = ReportText.subjectCode(evaluation.getTarget());
				Sheet sheet = workbook.createSheet(uniqueName(sheetNames, code));
				fill(sheet, styles, report, evaluation, evaluator, code);
			}
			workbook.write(stream);
		} catch (RuntimeException e) {
			if (stream.failure == null) {
				throw e;
			}
			stream.failure.addSuppressed(e);
			throw stream.failure;
		}
	}

	/** A stream that remembers the first failure of the stream it writes to. */
	private static final class FailureKeeping extends FilterOutputStream {

		private IOException failure;

		FailureKeeping(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			try {
				out.write(b);
			} catch (IOException e) {
				throw kept(e);
			}
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			try {
				out.write(b, off, len);
			} catch (IOException e) {
				throw kept(e);
			}
		}

		@Override
		public void flush() throws IOException {
			try {
				out.flush();
			} catch (IOException e) {
				throw kept(e);
			}
		}

		private IOException kept(IOException e) {
			if (failure == null) {
				failure = e;
			}
			return e;
		}
	}

	/**
	 * Writes every evaluator's workbook into the folder, each atomically; returns the files in evaluator order. All or
	 * nothing: when one fails (a full disk, a name too long) or the monitor is cancelled, the sheets this call created
	 * are removed again, so that a rerun does not find a partial set in its way.
	 */
	public static List<Path> writeAll(EvaluationReport report, Path folder, IProgressMonitor monitor) throws IOException {
		List<Evaluator> evaluators = Evaluator.of(report);
		SubMonitor progress = SubMonitor.convert(monitor, evaluators.size());
		List<Path> files = new ArrayList<>();
		List<Path> created = new ArrayList<>();
		try {
			for (Evaluator evaluator : evaluators) {
				progress.split(1);
				Path file = folder.resolve(fileName(evaluator));
				boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
				AtomicWrite.write(file, ".part", out -> write(report, evaluator, out)); //$NON-NLS-1$
				files.add(file);
				if (!existed) {
					created.add(file);
				}
			}
		} catch (IOException | RuntimeException e) {
			for (Path file : created) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException left) {
					e.addSuppressed(left);
				}
			}
			throw e;
		}
		return files;
	}

	/**
	 * The sheets {@link #writeAll} would write over, in evaluator order: one of them may be a sheet a member has filled
	 * in, so callers ask before writing.
	 */
	public static List<Path> existing(EvaluationReport report, Path folder) {
		return Evaluator.of(report).stream().map(evaluator -> folder.resolve(fileName(evaluator))).filter(Files::exists).toList();
	}

	/** 評点票_<name>.xlsx, with characters file systems refuse replaced. */
	public static String fileName(Evaluator evaluator) {
		return text("fileName", evaluator.name().replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]+", "_")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String uniqueName(Set<String> taken, String code) {
		String base = WorkbookUtil.createSafeSheetName(code.isBlank() ? text("evaluation") : code); //$NON-NLS-1$
		String name = base;
		for (int n = 2; !taken.add(name); n++) {
			name = WorkbookUtil.createSafeSheetName(base + " (" + n + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return name;
	}

	private static void fill(Sheet sheet, Styles styles, EvaluationReport report, Evaluation evaluation, Evaluator evaluator, String code) {
		cell(sheet, TITLE_ROW, 0, text("title"), styles.title); //$NON-NLS-1$
		labelled(sheet, styles, EVALUATOR_ROW, text("evaluator"), evaluator.name()); //$NON-NLS-1$
		labelled(sheet, styles, PROJECT_ROW, text("project"), code); //$NON-NLS-1$
		cell(sheet, PROJECT_ROW, VALUE_COLUMN + 1, ReportText.subjectTitle(evaluation.getTarget()), styles.plain);
		String type = Printed.or(evaluation, EvaluationPackage.Literals.EVALUATION__TYPE,
				() -> evaluation.isSetType() ? evaluation.getType().getLiteral() : ""); //$NON-NLS-1$
		labelled(sheet, styles, EVALUATION_ROW, text("evaluation"), //$NON-NLS-1$
				evaluation.getFiscalYear() == null ? type : text("evaluationLine", type, evaluation.getFiscalYear().toString())); //$NON-NLS-1$
		cell(sheet, EVALUATION_ROW + 1, 0, text("instructions"), styles.plain); //$NON-NLS-1$

		cell(sheet, HEADER_ROW, ITEM_COLUMN, text("header.item"), styles.header); //$NON-NLS-1$
		cell(sheet, HEADER_ROW, ITEM_NAME_COLUMN, text("header.name"), styles.header); //$NON-NLS-1$
		cell(sheet, HEADER_ROW, SCORE_COLUMN, text("header.score"), styles.header); //$NON-NLS-1$
		cell(sheet, HEADER_ROW, COMMENT_COLUMN, text("header.comment"), styles.header); //$NON-NLS-1$
		int rowIndex = FIRST_ITEM_ROW;
		for (EvaluationItem item : ITEMS) {
			cell(sheet, rowIndex, ITEM_COLUMN, ReportText.itemCode(item), styles.locked);
			cell(sheet, rowIndex, ITEM_NAME_COLUMN, itemTitle(evaluation, item), styles.locked);
			cell(sheet, rowIndex, SCORE_COLUMN, null, styles.score);
			cell(sheet, rowIndex, COMMENT_COLUMN, null, styles.comment);
			sheet.getRow(rowIndex).setHeightInPoints(48);
			rowIndex++;
		}
		restrictScores(sheet);

		rowIndex += 1;
		cell(sheet, rowIndex++, 0, text("legend"), styles.header); //$NON-NLS-1$
		for (int i = 0; i < ITEMS.size();) {
			List<Legend.Level> levels = Legend.of(report, evaluation, ITEMS.get(i));
			int last = i;
			while (last + 1 < ITEMS.size() && Legend.of(report, evaluation, ITEMS.get(last + 1)).equals(levels)) {
				last++;
			}
			String items = last == i ? ReportText.itemCode(ITEMS.get(i))
					: ReportText.itemCode(ITEMS.get(i)) + "〜" + ReportText.itemCode(ITEMS.get(last)); //$NON-NLS-1$
			cell(sheet, rowIndex++, 0, text("legend.items", items), styles.bold); //$NON-NLS-1$
			for (Legend.Level level : levels) {
				cell(sheet, rowIndex, 0, text("legend.level", Integer.toString(level.score())), styles.plain); //$NON-NLS-1$
				cell(sheet, rowIndex++, 1, level.text(), styles.plain);
			}
			i = last + 1;
		}

		sheet.setColumnWidth(ITEM_COLUMN, 12 * 256);
		sheet.setColumnWidth(ITEM_NAME_COLUMN, 44 * 256);
		sheet.setColumnWidth(SCORE_COLUMN, 14 * 256);
		sheet.setColumnWidth(COMMENT_COLUMN, 70 * 256);
		sheet.addMergedRegion(new CellRangeAddress(EVALUATION_ROW + 1, EVALUATION_ROW + 1, 0, COMMENT_COLUMN));
		printSetup(sheet, rowIndex - 1);
		// Locked cells and no formulas: only the score and comment cells take input.
		sheet.protectSheet(""); //$NON-NLS-1$
	}

	/**
	 * One landscape A4 page a sheet, as members print it to fill in by hand or to file: the columns from the item to
	 * the comment, down to the last legend row, scaled to fit; the header row repeats should a printer split it anyway.
	 */
	private static void printSetup(Sheet sheet, int lastRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 1);
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
		sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), ITEM_COLUMN, COMMENT_COLUMN, TITLE_ROW, lastRow);
	}

	/**
	 * The item's title as the evaluation's score table prints it, without its number (that is column A), else as the
	 * guideline words it.
	 */
	static String itemTitle(Evaluation evaluation, EvaluationItem item) {
		ScoreTable table = evaluation.getScoreTable();
		String printed = table == null ? null
				: table.getRows().stream().filter(row -> row.isSetItem() && row.getItem() == item)
						.map(row -> Printed.of(row, EvaluationPackage.Literals.ITEM_SCORE__ITEM)).filter(Objects::nonNull).findFirst()
						.map(label -> ITEM_NUMBER.matcher(label).replaceFirst("").strip()).orElse(null); //$NON-NLS-1$
		return printed == null || printed.isEmpty() ? ReportText.itemTitle(item) : printed;
	}

	private static void restrictScores(Sheet sheet) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
				Integer.toString(Scoring.MIN_SCORE), Integer.toString(Scoring.MAX_SCORE));
		DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(FIRST_ITEM_ROW,
				FIRST_ITEM_ROW + ITEMS.size() - 1, SCORE_COLUMN, SCORE_COLUMN));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(text("validation.title"), text("validation.error")); //$NON-NLS-1$ //$NON-NLS-2$
		validation.setShowPromptBox(true);
		validation.createPromptBox(text("validation.title"), text("validation.error")); //$NON-NLS-1$ //$NON-NLS-2$
		sheet.addValidationData(validation);
	}

	private static void labelled(Sheet sheet, Styles styles, int row, String label, String value) {
		cell(sheet, row, LABEL_COLUMN, label, styles.bold);
		cell(sheet, row, VALUE_COLUMN, value, styles.plain);
	}

	/** A string cell (never a formula) with control characters made inert; a null text leaves the cell blank. */
	private static void cell(Sheet sheet, int rowIndex, int column, String text, CellStyle style) {
		Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
		Cell cell = row.createCell(column);
		if (text != null) {
			cell.setCellValue(SafeText.withoutControls(text));
		}
		cell.setCellStyle(style);
	}

	/** The workbook's cell styles; input cells are the only unlocked ones. */
	private static final class Styles {
		final CellStyle title;
		final CellStyle bold;
		final CellStyle plain;
		final CellStyle header;
		final CellStyle locked;
		final CellStyle score;
		final CellStyle comment;

		Styles(XSSFWorkbook workbook) {
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			title = workbook.createCellStyle();
			title.setFont(big);
			bold = workbook.createCellStyle();
			bold.setFont(boldFont);
			plain = workbook.createCellStyle();
			header = bordered(workbook);
			header.setFont(boldFont);
			locked = bordered(workbook);
			locked.setWrapText(true);
			score = bordered(workbook);
			score.setLocked(false);
			comment = bordered(workbook);
			comment.setLocked(false);
			comment.setWrapText(true);
		}

		private static CellStyle bordered(XSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		}
	}
}
