package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.get;
import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Bar;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Chart;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.ScoreTable;

/** 評点結果: every evaluator's score, the averages of {@link Scoring} and their chart. */
public final class ScoresSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		Evaluation evaluation = (Evaluation) target;
		ScoreTable table = evaluation.getScoreTable();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Heading(3, get("scores"))); //$NON-NLS-1$
		if (table == null || table.getRows().isEmpty()) {
			blocks.add(new Paragraph(get("noScores"), "no-scores")); //$NON-NLS-1$ //$NON-NLS-2$
			return blocks;
		}
		if (table.getMethod() != null) {
			blocks.add(new Paragraph(method(table.getMethod()), "method")); //$NON-NLS-1$
		}
		SortedSet<Integer> columns = ReportText.scoreColumns(table);
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> head = new ArrayList<>();
		head.add(Cell.header(get("item"))); //$NON-NLS-1$
		columns.forEach(column -> head.add(new Cell(ReportText.evaluatorOf(table, column), true, false, false, "", Integer.toString(column)))); //$NON-NLS-1$
		head.add(Cell.header(get("average"))); //$NON-NLS-1$
		rows.add(head);
		List<Scoring.ItemResult> results = Scoring.results(table);
		boolean anyLow = false;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			ItemScore item = table.getRows().get(i);
			Scoring.ItemResult result = results.get(i);
			rows.add(row(item, result, columns));
			anyLow |= result.needsExplanation();
			bars.add(new Bar(ReportText.itemLabel(item), result.average(), result.needsExplanation()));
		}
		blocks.add(new Table(Kind.SCORES, nonNull(evaluation.getId()), "", "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		if (anyLow) {
			blocks.add(new Paragraph(get("needsExplanation"), "legend")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		blocks.add(new Chart(nonNull(evaluation.getId()), get("chart"), get("item"), get("average"), Scoring.MIN_SCORE, Scoring.MAX_SCORE, bars)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return blocks;
	}

	/** 評点法：method, or the method alone when it names the 評点法 itself (a new evaluation's is just 評点法). */
	private static String method(String method) {
		return method.contains(get("scoreMethodName")) ? method : format("scoreMethod", method); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An item's row: its label, every evaluator's score and the average, marked when it needs an explanation. */
	private static List<Cell> row(ItemScore item, Scoring.ItemResult result, SortedSet<Integer> columns) {
		List<Cell> row = new ArrayList<>();
		row.add(new Cell(ReportText.itemLabel(item), true, false, false, "", ReportText.itemCode(item.getItem()))); //$NON-NLS-1$
		for (int column : columns) {
			Integer value = ReportText.scoreAt(item, column);
			row.add(new Cell(value == null ? "" : value.toString(), false, true, false, "score", Integer.toString(column))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		row.add(new Cell(result.average() == null ? get("notPrinted") : result.average().toPlainString(), false, true, //$NON-NLS-1$
				result.needsExplanation(), "average", "")); //$NON-NLS-1$ //$NON-NLS-2$
		return row;
	}
}
