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
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.hyoka.scoresheets.ImportPlan.Conflict;
import org.hyoka.xlsx.XlsxCell;
import org.hyoka.xlsx.XlsxException;
import org.hyoka.xlsx.XlsxSheet;
import org.hyoka.xlsx.XlsxTables;

/**
 * Reads filled 評点票 through {@link XlsxTables}, which evaluates nothing (a formula cell contributes its cached value
 * only) and checks the container first. Only the rows a score sheet uses are read.
 */
public final class XlsxReader {

	/** The last row (from 0) the importer reads. */
	private static final int LAST_ROW = FIRST_ITEM_ROW + ITEMS.size() - 1;

	private XlsxReader() {
	}

	public static void read(Path file, String name, List<Entry> entries, List<Conflict> conflicts) throws IOException {
		List<XlsxSheet> sheets;
		try {
			sheets = XlsxTables.read(file, LAST_ROW);
		} catch (XlsxException e) {
			conflicts.add(new Conflict(name, e.getMessage()));
			return;
		}
		int read = 0;
		for (XlsxSheet sheet : sheets) {
			if (isScoreSheet(sheet)) {
				read++;
				read(sheet, name + "!" + sheet.name() + "!", entries); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (read == 0) {
			conflicts.add(new Conflict(name, Messages.format("xlsx.noSheet"))); //$NON-NLS-1$
		}
	}

	private static boolean isScoreSheet(XlsxSheet sheet) {
		return SheetLayout.text("evaluator").equals(text(sheet, EVALUATOR_ROW, LABEL_COLUMN)) //$NON-NLS-1$
				&& SheetLayout.text("project").equals(text(sheet, PROJECT_ROW, LABEL_COLUMN)); //$NON-NLS-1$
	}

	private static void read(XlsxSheet sheet, String prefix, List<Entry> entries) {
		String evaluator = text(sheet, EVALUATOR_ROW, VALUE_COLUMN);
		String project = text(sheet, PROJECT_ROW, VALUE_COLUMN);
		String evaluatorSource = prefix + reference(EVALUATOR_ROW, VALUE_COLUMN);
		String projectSource = prefix + reference(PROJECT_ROW, VALUE_COLUMN);
		for (int row = FIRST_ITEM_ROW; row <= LAST_ROW; row++) {
			String item = text(sheet, row, ITEM_COLUMN);
			if (item == null) {
				continue;
			}
			XlsxCell score = sheet.cell(row, SCORE_COLUMN);
			boolean formula = score != null && score.formula();
			// many tools write formulas without computing them; a missing value is never 0
			String value = formula && score.text() == null ? Entry.UNCOMPUTED : text(sheet, row, SCORE_COLUMN);
			entries.add(new Entry(project, projectSource, item, evaluator, evaluatorSource, value, formula, text(sheet, row, COMMENT_COLUMN),
					prefix + reference(row, SCORE_COLUMN)));
		}
	}

	/** The cell's value as text, a formula's cached value (never recalculated); null when blank. */
	private static String text(XlsxSheet sheet, int row, int column) {
		XlsxCell cell = sheet.cell(row, column);
		return cell == null ? null : cell.text();
	}

	private static String reference(int row, int column) {
		return new CellReference(row, column).formatAsString(false);
	}
}
