package org.hyoka.core.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.evaluation.ScoringScale;

/** Rules on score tables (評点法): ranges, averages, items 1–7, columns, committee size, notes, scales. */
public final class ScoreRules implements RuleChecker {

	private static final String SCORE_RANGE = "HY-SC-01"; //$NON-NLS-1$
	private static final String SCORE_AVERAGE = "HY-SC-02"; //$NON-NLS-1$
	private static final String SCORE_ITEMS = "HY-SC-03"; //$NON-NLS-1$
	private static final String SCORE_COLUMNS = "HY-SC-04"; //$NON-NLS-1$
	private static final String SCORE_COMMITTEE_SIZE = "HY-SC-05"; //$NON-NLS-1$
	private static final String SCORE_EXPLANATION = "HY-SC-06"; //$NON-NLS-1$
	private static final String SCORE_SCALE_TYPE = "HY-SC-07"; //$NON-NLS-1$
	private static final String SCORE_EVALUATORS_UNNAMED = "HY-SC-08"; //$NON-NLS-1$
	private static final String SCORE_NOTE_BELOW_TWO = "HY-SC-09"; //$NON-NLS-1$

	/** How a note says an item was scored below 2 (「評点が2点未満になっている」), in half or full width digits. */
	private static final Pattern BELOW_TWO = Pattern.compile("[2２]点未満"); //$NON-NLS-1$

	private static final EvaluationItem[] ITEMS = { EvaluationItem.I1, EvaluationItem.I2, EvaluationItem.I3, EvaluationItem.I4,
			EvaluationItem.I5, EvaluationItem.I6, EvaluationItem.I7 };

	@Override
	public void check(EObject object, Findings findings) {
		switch (object) {
		case ScoreTable table -> check(table, findings);
		case ItemScore row -> check(row, findings);
		case Evaluation evaluation -> check(evaluation, findings);
		default -> {
			// not a type of this set
		}
		}
	}

	private static void check(ScoreTable table, Findings findings) {
		boolean itemsInOrder = table.getRows().size() == ITEMS.length;
		int minColumns = Integer.MAX_VALUE;
		int maxColumns = 0;
		for (int i = 0; i < table.getRows().size(); i++) {
			ItemScore row = table.getRows().get(i);
			itemsInOrder &= i < ITEMS.length && row.getItem() == ITEMS[i];
			minColumns = Math.min(minColumns, row.getScores().size());
			maxColumns = Math.max(maxColumns, row.getScores().size());
		}
		if (!itemsInOrder) {
			findings.report(SCORE_ITEMS, table);
		}
		if (minColumns != maxColumns && !table.getRows().isEmpty()) {
			findings.report(SCORE_COLUMNS, table, minColumns, maxColumns);
		}
		List<CommitteeMember> members = committeeMembers(table);
		if (!members.isEmpty() && maxColumns > members.size()) {
			if (members.stream().allMatch(member -> member.getRole() == CommitteeRole.CHAIR)) {
				// reports often name only the chair (座長); the other evaluators are then not missing from the file
				findings.report(SCORE_EVALUATORS_UNNAMED, table, maxColumns,
						members.stream().map(ScoreRules::name).collect(Collectors.joining(", ")), //$NON-NLS-1$
						SourceLines.of(table), SourceLines.span(members));
			} else {
				findings.report(SCORE_COMMITTEE_SIZE, table, maxColumns, members.size(), SourceLines.of(table), SourceLines.span(members));
			}
		}
	}

	private static String name(CommitteeMember member) {
		return member.getPerson() != null && member.getPerson().getNameJa() != null ? member.getPerson().getNameJa()
				: ObjectLabels.of(member);
	}

	private static void check(ItemScore row, Findings findings) {
		for (EvaluatorScore score : row.getScores()) {
			Integer value = score.getValue();
			if (value != null && (value < Scoring.MIN_SCORE || value > Scoring.MAX_SCORE)) {
				findings.reportIn(SCORE_RANGE, row, score, EvaluationPackage.Literals.EVALUATOR_SCORE__VALUE, score.getColumn(), value);
			}
		}
		Optional<BigDecimal> computed = Scoring.average(row);
		BigDecimal stated = row.getStatedAverage();
		if (stated != null && computed.isPresent() && stated.compareTo(computed.get()) != 0) {
			findings.reportAt(SCORE_AVERAGE, row, EvaluationPackage.Literals.ITEM_SCORE__STATED_AVERAGE,
					stated.toPlainString(), computed.get().toPlainString(), SourceLines.of(row));
		}
		BigDecimal average = computed.orElse(stated);
		if (average != null && average.compareTo(Scoring.EXPLANATION_THRESHOLD) < 0 && row.getExplanation() == null
				&& notes(row).findAny().isEmpty()) {
			findings.reportAt(SCORE_EXPLANATION, row, EvaluationPackage.Literals.ITEM_SCORE__EXPLANATION,
					average.toPlainString(), SourceLines.of(row));
		}
		if (average != null && average.compareTo(Scoring.EXPLANATION_THRESHOLD) >= 0
				&& notes(row).anyMatch(note -> note.getText() != null && BELOW_TWO.matcher(note.getText()).find())) {
			findings.report(SCORE_NOTE_BELOW_TWO, row, average.toPlainString());
		}
	}

	private static void check(Evaluation evaluation, Findings findings) {
		for (ScoringScale scale : evaluation.getScales()) {
			if (scale.isSetEvaluationType() && evaluation.isSetType() && scale.getEvaluationType() != evaluation.getType()) {
				findings.report(SCORE_SCALE_TYPE, evaluation, ValidationMessages.word(scale.getEvaluationType()),
						ValidationMessages.word(evaluation.getType()));
			}
		}
	}

	/** The notes of the evaluation on the row's item, also those printed once for it and other items. */
	private static Stream<EvaluationComment> notes(ItemScore row) {
		return row.eContainer() != null && row.eContainer().eContainer() instanceof Evaluation evaluation
				? evaluation.getComments().stream().filter(comment -> comment.getPolarity() == CommentPolarity.NOTE
						&& (comment.isSetItem() && comment.getItem() == row.getItem() || comment.getOtherItems().contains(row.getItem())))
				: Stream.empty();
	}

	private static List<CommitteeMember> committeeMembers(ScoreTable table) {
		for (var current = table.eContainer(); current != null; current = current.eContainer()) {
			if (current instanceof EvaluationReport report) {
				return report.getCommittee() == null ? List.of() : report.getCommittee().getMembers();
			}
		}
		return List.of();
	}
}
