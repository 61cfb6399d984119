package org.hyoka.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.ScoreTable;

/**
 * The 評点法 as the reports apply it: the average of an item is the mean of the scores of the evaluators
 * who scored it, rounded half-up to one decimal (1, 3, 2, 3 → 2.25 → 2.3). Items averaging below 2.0 need
 * an explanation in the report.
 */
public final class Scoring {

	/** Averages below this need an explanatory note. */
	public static final BigDecimal EXPLANATION_THRESHOLD = new BigDecimal("2.0");

	/** Lowest and highest score of the scale. */
	public static final int MIN_SCORE = 0;
	public static final int MAX_SCORE = 3;

	private Scoring() {
	}

	/** The result of one item: how many evaluators scored it, the rounded average, and whether it needs a note. */
	public record ItemResult(EvaluationItem item, int evaluators, BigDecimal average) {

		/** True when the average is below 2.0. */
		public boolean needsExplanation() {
			return average != null && average.compareTo(EXPLANATION_THRESHOLD) < 0;
		}
	}

	/** The item's number as the reports print it: 1–7, sub-items as 2.1 or 3.2. */
	public static String itemNumber(EvaluationItem item) {
		return item.getName().substring(1).replace('_', '.');
	}

	/** The rounded average of the scores present, empty when nobody scored. Scores outside 0–3 are ignored. */
	public static Optional<BigDecimal> average(ItemScore row) {
		long sum = 0;
		int count = 0;
		for (EvaluatorScore score : row.getScores()) {
			Integer value = score.getValue();
			if (value != null && value >= MIN_SCORE && value <= MAX_SCORE) {
				sum += value;
				count++;
			}
		}
		return count == 0 ? Optional.empty()
				: Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP));
	}

	/** The number of evaluators who scored the item. */
	public static int evaluators(ItemScore row) {
		return (int) row.getScores().stream().filter(score -> score.getValue() != null).count();
	}

	/** One result per row of the table, in table order. */
	public static List<ItemResult> results(ScoreTable table) {
		List<ItemResult> results = new ArrayList<>();
		for (ItemScore row : table.getRows()) {
			results.add(new ItemResult(row.getItem(), evaluators(row), average(row).orElse(null)));
		}
		return results;
	}
}
