package org.hyoka.export.internal.sections;

import static org.hyoka.core.report.ReportText.format;
import static org.hyoka.core.report.ReportText.get;
import static org.hyoka.core.report.ReportText.nonNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.ScoreLevel;
import org.hyoka.model.evaluation.ScoringScale;

/** 評点基準: what each score means, scale by scale, for the items (and the kind of evaluation) it is used on. */
public final class ScalesSection implements ReportSection {

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		if (report.getScoringScales().isEmpty()) {
			return List.of();
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Heading(2, get("scales"), "scales", "scales")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (ScoringScale scale : report.getScoringScales()) {
			List<List<Cell>> rows = new ArrayList<>();
			rows.add(Tables.headers("scale.score", "scale.text")); //$NON-NLS-1$ //$NON-NLS-2$
			for (ScoreLevel level : scale.getLevels()) {
				rows.add(List.of(Cell.number(format("scale.points", Integer.toString(level.getScore())), Tables.TEXT), Cell.text(nonNull(level.getTextJa()), Tables.TEXT))); //$NON-NLS-1$
			}
			String items = String.join("、", scale.getItems().stream().map(ReportText::itemTitle).toList()); //$NON-NLS-1$
			String type = Tables.word(scale, EvaluationPackage.Literals.SCORING_SCALE__EVALUATION_TYPE, "evaluationType."); //$NON-NLS-1$
			blocks.add(new Table(Kind.DATA, "", format("scale.caption", type, items), "", rows, 1, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return blocks;
	}
}
