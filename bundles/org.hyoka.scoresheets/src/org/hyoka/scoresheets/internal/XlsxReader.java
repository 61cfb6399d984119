package org.hyoka.scoresheets.internal;

import static org.hyoka.scoresheets.internal.SheetLayout.COMMENT_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.EVALUATOR_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.FIRST_ITEM_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.ITEMS;
import static org.hyoka.scoresheets.internal.SheetLayout.ITEM_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.LABEL_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.PROJECT_ROW;
import static org.hyoka.scoresheets.internal.SheetLayout.SCORE_COLUMN;
import static org.hyoka.scoresheets.internal.SheetLayout.VALUE_COLUMN;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.scoresheets.ImportPlan.Conflict;

/**
 * Reads filled 評点票. Nothing in the workbook is evaluated: a formula cell contributes its cached value only, and
 * the container is checked ({@link SafeZip}, then POI's {@code ZipSecureFile} limits, which {@link OPCPackage#open}
 * applies) before any part is parsed.
 */
public final class XlsxReader {

	private XlsxReader() {
	}

	public static void read(Path file, String name, List<Entry> entries, List<Conflict> conflicts) throws IOException {
		String refused = SafeZip.problem(file);
		if (refused != null) {
			conflicts.add(new Conflict(name, Messages.format("xlsx.refused", refused))); //$NON-NLS-1$
			return;
		}
		OPCPackage container;
		try {
			container = OPCPackage.open(file.toFile(), PackageAccess.READ);
		} catch (InvalidFormatException | RuntimeException e) {
			conflicts.add(new Conflict(name, Messages.format("xlsx.unreadable", e.getMessage()))); //$NON-NLS-1$
			return;
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(container)) {
			int sheets = 0;
			for (Sheet sheet : workbook) {
				if (isScoreSheet(sheet)) {
					sheets++;
					read(sheet, name + "!" + sheet.getSheetName() + "!", entries); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			if (sheets == 0) {
				conflicts.add(new Conflict(name, Messages.format("xlsx.noSheet"))); //$NON-NLS-1$
			}
		} catch (RuntimeException e) {
			// POI reports broken parts as unchecked exceptions.
			conflicts.add(new Conflict(name, Messages.format("xlsx.unreadable", e.getMessage()))); //$NON-NLS-1$
		} finally {
			container.revert();
		}
	}

	private static boolean isScoreSheet(Sheet sheet) {
		return SheetLayout.text("evaluator").equals(text(cell(sheet, EVALUATOR_ROW, LABEL_COLUMN))) //$NON-NLS-1$
				&& SheetLayout.text("project").equals(text(cell(sheet, PROJECT_ROW, LABEL_COLUMN))); //$NON-NLS-1$
	}

	private static void read(Sheet sheet, String prefix, List<Entry> entries) {
		String evaluator = text(cell(sheet, EVALUATOR_ROW, VALUE_COLUMN));
		String project = text(cell(sheet, PROJECT_ROW, VALUE_COLUMN));
		String evaluatorSource = prefix + new CellReference(EVALUATOR_ROW, VALUE_COLUMN).formatAsString(false);
		String projectSource = prefix + new CellReference(PROJECT_ROW, VALUE_COLUMN).formatAsString(false);
		for (int rowIndex = FIRST_ITEM_ROW; rowIndex < FIRST_ITEM_ROW + ITEMS.size(); rowIndex++) {
			String item = text(cell(sheet, rowIndex, ITEM_COLUMN));
			Cell score = cell(sheet, rowIndex, SCORE_COLUMN);
			String comment = text(cell(sheet, rowIndex, COMMENT_COLUMN));
			if (item == null) {
				continue;
			}
			boolean formula = score != null && score.getCellType() == CellType.FORMULA;
			String source = prefix + new CellReference(rowIndex, SCORE_COLUMN).formatAsString(false);
			// many tools write formulas without computing them; POI would read the missing value as 0
			String value = formula && ((XSSFCell) score).getRawValue() == null ? Entry.UNCOMPUTED : text(score);
			entries.add(new Entry(project, projectSource, item, evaluator, evaluatorSource, value, formula, comment, source));
		}
	}

	private static Cell cell(Sheet sheet, int rowIndex, int column) {
		Row row = sheet.getRow(rowIndex);
		return row == null ? null : row.getCell(column);
	}

	/** The cell's value as text, a formula's cached value (never recalculated); null when blank. */
	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		String text = switch (type) {
		case STRING -> cell.getStringCellValue();
		case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
		case ERROR -> "#ERROR"; //$NON-NLS-1$
		default -> null;
		};
		return text == null || text.isBlank() ? null : text.strip();
	}
}
