package org.hyoka.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.Evaluation;
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

	/**
	 * The result of one item (null for a row that states none): how many evaluators scored it, the rounded average, and
	 * whether it needs a note.
	 */
	public record ItemResult(EvaluationItem item, int evaluators, BigDecimal average) {

		/** True when the average is below 2.0. */
		public boolean needsExplanation() {
			return average != null && average.compareTo(EXPLANATION_THRESHOLD) < 0;
		}
	}

	/**
	 * The evaluator columns of a report's score tables, from column 1 on, each with the committee member a score in it
	 * links to (null for an anonymous column, one whose scores name nobody): the committee members no score links yet
	 * take the columns no score uses, in the committee's order, then new columns after the last one, so that their
	 * scores never go into an anonymous column and a member keeps the column shown before any score.
	 */
	public static Map<Integer, CommitteeMember> evaluators(EvaluationReport report) {
		Map<Integer, CommitteeMember> linked = new HashMap<>();
		Set<Integer> used = new HashSet<>();
		for (Evaluation evaluation : report.getEvaluations()) {
			if (evaluation.getScoreTable() == null) {
				continue;
			}
			for (ItemScore row : evaluation.getScoreTable().getRows()) {
				for (EvaluatorScore score : row.getScores()) {
					used.add(score.getColumn());
					if (score.getMember() != null) {
						linked.putIfAbsent(score.getColumn(), score.getMember());
					}
				}
			}
		}
		Map<Integer, CommitteeMember> columns = new TreeMap<>(linked);
		used.forEach(column -> columns.putIfAbsent(column, null));
		if (report.getCommittee() != null) {
			int free = 1;
			for (CommitteeMember member : report.getCommittee().getMembers()) {
				if (!linked.containsValue(member)) {
					while (columns.containsKey(free)) {
						free++;
					}
					columns.put(free, member);
				}
			}
		}
		// a column between used ones that nobody fills is shown, empty, as an anonymous one
		int last = columns.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		Map<Integer, CommitteeMember> evaluators = new LinkedHashMap<>();
		for (int column = 1; column <= last; column++) {
			evaluators.put(column, columns.get(column));
		}
		return evaluators;
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
			results.add(new ItemResult(row.isSetItem() ? row.getItem() : null, evaluators(row), average(row).orElse(null)));
		}
		return results;
	}
}
