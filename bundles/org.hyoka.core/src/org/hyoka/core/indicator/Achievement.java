package org.hyoka.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.SourceDocument;
import org.hyoka.model.base.SourceRef;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.IndicatorTarget;

/** Achievement of indicator targets: rate = actual / target in percent, rounded half-up to a whole percent. */
public final class Achievement {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Achievement() {
	}

	/** The achievement rate in percent; empty without an actual value or with a zero target. */
	public static Optional<BigDecimal> rate(IndicatorTarget target) {
		BigDecimal goal = target.getTargetValue();
		BigDecimal actual = target.getActualValue();
		if (goal == null || actual == null || goal.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(actual.multiply(HUNDRED).divide(goal, 0, RoundingMode.HALF_UP));
	}

	/** The status the numbers imply once the target is due: achieved when the actual value reaches the target. */
	public static Optional<AchievementStatus> status(IndicatorTarget target) {
		if (target.getTargetValue() == null || target.getActualValue() == null) {
			return Optional.empty();
		}
		return Optional.of(target.getActualValue().compareTo(target.getTargetValue()) >= 0
				? AchievementStatus.ACHIEVED : AchievementStatus.NOT_ACHIEVED);
	}

	/**
	 * The status as of an evaluation's fiscal year: a target reached is achieved whenever it was reached; one not
	 * reached is not achieved once its year has come, and not yet due before (a 2025 outcome in a 2021 evaluation).
	 */
	public static Optional<AchievementStatus> status(IndicatorTarget target, int asOfFiscalYear) {
		return status(target).map(status -> status == AchievementStatus.NOT_ACHIEVED && target.getFiscalYear() != null
				&& target.getFiscalYear() > asOfFiscalYear ? AchievementStatus.NOT_YET_DUE : status);
	}

	/**
	 * The fiscal year a subject's targets are judged at: that of the subject's evaluation, else of the report's first
	 * evaluation that has one.
	 *
	 * @since 1.1
	 */
	public static Optional<Integer> evaluationYear(EvaluationSubject subject) {
		if (!(EcoreUtil.getRootContainer(subject) instanceof EvaluationReport report)) {
			return Optional.empty();
		}
		List<Evaluation> evaluations = report.getEvaluations();
		return evaluations.stream().filter(evaluation -> evaluation.getTarget() == subject).map(Evaluation::getFiscalYear)
				.filter(Objects::nonNull).findFirst()
				.or(() -> evaluations.stream().map(Evaluation::getFiscalYear).filter(Objects::nonNull).findFirst());
	}

	/**
	 * The status the numbers imply as of the {@link #evaluationYear} of the target's subject, or once due where no
	 * evaluation has a year.
	 *
	 * @since 1.1
	 */
	public static Optional<AchievementStatus> statusAtEvaluation(IndicatorTarget target) {
		Optional<Integer> year = target.eContainer() != null && target.eContainer().eContainer() instanceof EvaluationSubject subject
				? evaluationYear(subject) : Optional.empty();
		return year.map(asOf -> status(target, asOf)).orElseGet(() -> status(target));
	}

	/**
	 * The status a report states for the target: the one the file records; else, for a target not read from the
	 * report's own print (typed in the workbench, or carried from the last report into the next evaluation), the one
	 * its numbers imply at its evaluation. A target read from the printed report states only what that report printed,
	 * so an export reproduces the report.
	 *
	 * @since 1.1
	 */
	public static Optional<AchievementStatus> statedStatus(IndicatorTarget target) {
		if (target.isSetStatus()) {
			return Optional.of(target.getStatus());
		}
		return readFromReport(target) ? Optional.empty() : statusAtEvaluation(target);
	}

	/**
	 * The rate a report states for the target: the one it printed; else, for a target not read from the report's own
	 * print, the one its numbers give ({@link #statedStatus} says why only then).
	 *
	 * @since 1.1
	 */
	public static Optional<BigDecimal> statedRate(IndicatorTarget target) {
		if (target.getAchievementRatePrinted() != null) {
			return Optional.of(target.getAchievementRatePrinted());
		}
		return readFromReport(target) ? Optional.empty() : rate(target);
	}

	/**
	 * Whether a source line of the target names a document the report itself was read from. A target outside a report
	 * counts as read when it has any source line.
	 */
	private static boolean readFromReport(IndicatorTarget target) {
		if (!(EcoreUtil.getRootContainer(target) instanceof EvaluationReport report)) {
			return !target.getSources().isEmpty();
		}
		Set<SourceDocument> own = report.getSources().stream().map(SourceRef::getDocument).collect(Collectors.toSet());
		return target.getSources().stream().map(SourceRef::getDocument).anyMatch(own::contains);
	}
}
