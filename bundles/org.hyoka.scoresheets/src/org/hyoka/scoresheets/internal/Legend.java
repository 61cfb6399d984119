package org.hyoka.scoresheets.internal;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.ScoreLevel;
import org.hyoka.model.evaluation.ScoringScale;

/**
 * The 判定基準 of an item: the evaluation's own scale, else the report's scale for the item and evaluation type,
 * else the guideline's wording as the reports print it (sheet.properties).
 */
public final class Legend {

	/** One level: its score and what it means. */
	public record Level(int score, String text) {
	}

	private Legend() {
	}

	public static List<Level> of(EvaluationReport report, Evaluation evaluation, EvaluationItem item) {
		for (ScoringScale scale : evaluation.getScales()) {
			if (scale.getItems().contains(item)) {
				return levels(scale);
			}
		}
		for (ScoringScale scale : report.getScoringScales()) {
			if (scale.getItems().contains(item) && (!scale.isSetEvaluationType() || evaluation.isSetType() && scale.getEvaluationType() == evaluation.getType())) {
				return levels(scale);
			}
		}
		String set = item != EvaluationItem.I7 ? "items" //$NON-NLS-1$
				: evaluation.getType() == EvaluationType.INTERIM || evaluation.getType() == EvaluationType.EX_ANTE ? "interim" : "final"; //$NON-NLS-1$ //$NON-NLS-2$
		List<Level> levels = new ArrayList<>();
		for (int score = 3; score >= 0; score--) {
			levels.add(new Level(score, SheetLayout.text("legend." + set + "." + score))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return levels;
	}

	private static List<Level> levels(ScoringScale scale) {
		return scale.getLevels().stream().map((ScoreLevel level) -> new Level(level.getScore(), level.getTextJa())).toList();
	}
}
