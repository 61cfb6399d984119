package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.ProgressCell;
import org.hyoka.model.results.ProgressMatrix;
import org.hyoka.model.results.ResultsPackage;

/** The subject's progress tables as printed: the mark of each row and step, as printed (else the word for the mark entered), with the note printed in the cell. */
public final class ProgressSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		return ((EvaluationSubject) target).getProgressMatrices().stream().<Block>map(ProgressSection::table).toList();
	}

	private static Table table(ProgressMatrix matrix) {
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> head = new ArrayList<>();
		head.add(Cell.header("")); //$NON-NLS-1$
		matrix.getColumns().forEach(column -> head.add(Cell.header(column)));
		rows.add(head);
		for (String label : matrix.getRows()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.header(label));
			for (String column : matrix.getColumns()) {
				row.add(Cell.text(matrix.getCells().stream().filter(cell -> label.equals(cell.getRow()) && column.equals(cell.getColumn()))
						.findFirst().map(ProgressSection::markAndNote).orElse(""), Tables.TEXT)); //$NON-NLS-1$
			}
			rows.add(row);
		}
		return new Table(Kind.DATA, "", nonNull(matrix.getTitlePrinted()), "", rows, 1, 0); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String markAndNote(ProgressCell cell) {
		String printed = Printed.of(cell, ResultsPackage.Literals.PROGRESS_CELL__MARK);
		String mark = printed != null ? printed : Tables.word(cell, ResultsPackage.Literals.PROGRESS_CELL__MARK, "mark."); //$NON-NLS-1$
		// the report prints 「期間内に検体が揃わないため中止」 alone: a note that says the mark already is not preceded by it
		if (cell.getNote() != null && printed == null && cell.getNote().contains(mark)) {
			mark = ""; //$NON-NLS-1$
		}
		return cell.getNote() == null ? mark : (mark + " " + cell.getNote()).strip(); //$NON-NLS-1$
	}
}
