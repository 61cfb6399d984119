package org.hyoka.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.core.budget.Budgets;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.core.time.PrintedYears;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.Period;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.WGReview;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ScheduledEvaluation;

/**
 * Rules of the METI evaluation guideline (経済産業省技術評価指針) on when evaluations happen: ex-ante before the
 * start (required from 10億円), interim during the period (for projects of 5 years or more), final at the end; and
 * evaluations, WG reviews and findings must match the printed schedule.
 */
public final class ScheduleRules implements RuleChecker {

	private static final String SCHEDULE_ORDER = "HY-EV-01"; //$NON-NLS-1$
	private static final String SCHEDULE_INTERIM_MISSING = "HY-EV-02"; //$NON-NLS-1$
	private static final String SCHEDULE_EX_ANTE_MISSING = "HY-EV-03"; //$NON-NLS-1$
	private static final String SCHEDULE_EVALUATION_UNLISTED = "HY-EV-04"; //$NON-NLS-1$
	private static final String FINDING_SOURCE = "HY-EV-05"; //$NON-NLS-1$
	private static final String FINDING_RESPONSE = "HY-EV-06"; //$NON-NLS-1$
	private static final String RECOMMENDATION_RESPONSE = "HY-EV-07"; //$NON-NLS-1$
	private static final String FINDING_YEAR_AMBIGUOUS = "HY-EV-08"; //$NON-NLS-1$

	/** 10億円 in 百万円: from this total an ex-ante evaluation is required. */
	private static final BigDecimal EX_ANTE_THRESHOLD = new BigDecimal("1000");
	private static final int INTERIM_FROM_YEARS = 5;

	@Override
	public void check(EObject object, Findings findings) {
		switch (object) {
		case EvaluationSubject subject -> check(subject, findings);
		case Evaluation evaluation -> check(evaluation, findings);
		case PreviousFinding finding -> check(finding, findings);
		case Recommendation recommendation -> check(recommendation, findings);
		case WGReview review -> check(review, findings);
		default -> {
			// not a type of this set
		}
		}
	}

	private static void check(EvaluationSubject subject, Findings findings) {
		Period period = subject.getPeriod();
		Integer start = period == null ? null : period.getStartFY();
		Integer end = period == null ? null : period.getEndFY();
		for (ScheduledEvaluation entry : subject.getEvaluationSchedule()) {
			Integer year = entry.getFiscalYear();
			if (year == null || !entry.isSetType() || start == null) {
				continue;
			}
			boolean wrong = switch (entry.getType()) {
				case EX_ANTE -> year >= start;
				case INTERIM -> year < start || end != null && year > end;
				case FINAL -> end != null && year < end;
				default -> false;
			};
			if (wrong) {
				findings.report(SCHEDULE_ORDER, subject, ValidationMessages.word(entry.getType()), year, BudgetRules.range(period));
			}
		}
		if (!(subject instanceof Project project) || start == null || end == null) {
			return;
		}
		if (end - start + 1 >= INTERIM_FROM_YEARS && !scheduled(project, EvaluationType.INTERIM)
				&& !Subjects.of(project, findings).evaluated(project, EvaluationType.INTERIM)) {
			findings.report(SCHEDULE_INTERIM_MISSING, project, end - start + 1);
		}
		Optional<BigDecimal> total = budgetTotal(project);
		if (total.isPresent() && total.get().compareTo(EX_ANTE_THRESHOLD) >= 0 && !scheduled(project, EvaluationType.EX_ANTE)) {
			findings.report(SCHEDULE_EX_ANTE_MISSING, project, BudgetRules.plain(total.get()));
		}
	}

	private static void check(Evaluation evaluation, Findings findings) {
		EvaluationSubject target = evaluation.getTarget();
		if (target != null && evaluation.isSetType() && evaluation.getFiscalYear() != null
				&& !target.getEvaluationSchedule().isEmpty() && !scheduled(target, evaluation.getType(), evaluation.getFiscalYear())) {
			findings.report(SCHEDULE_EVALUATION_UNLISTED, evaluation, ValidationMessages.word(evaluation.getType()), evaluation.getFiscalYear(),
					SourceLines.of(evaluation), SourceLines.span(target.getEvaluationSchedule()), printed(target));
		}
	}

	private static void check(WGReview review, Findings findings) {
		EvaluationSubject target = review.getTarget();
		if (target != null && review.getEvaluationType() != null && review.getFiscalYear() != null
				&& !target.getEvaluationSchedule().isEmpty() && !scheduled(target, review.getEvaluationType(), review.getFiscalYear())) {
			findings.report(SCHEDULE_EVALUATION_UNLISTED, review, ValidationMessages.word(review.getEvaluationType()), review.getFiscalYear(),
					SourceLines.of(review), SourceLines.span(target.getEvaluationSchedule()), printed(target));
		}
	}

	private static void check(PreviousFinding finding, Findings findings) {
		WGReview review = finding.eContainer() instanceof WGReview r ? r : null;
		if (finding.getResponse() == null && (review == null || !review.isPending())) {
			findings.reportAt(FINDING_RESPONSE, finding, EvaluationPackage.Literals.PREVIOUS_FINDING__RESPONSE);
		}
		EvaluationSubject subject = review != null ? review.getTarget()
				: finding.eContainer() instanceof EvaluationSubject s ? s : null;
		if (subject == null || !finding.isSetSourceEvaluationType()) {
			return;
		}
		if (finding.getSourceFY() == null) {
			checkUndated(finding, subject, findings);
			return;
		}
		if (subject.getEvaluationSchedule().isEmpty()) {
			return;
		}
		if (!scheduled(subject, finding.getSourceEvaluationType(), finding.getSourceFY())) {
			findings.reportAt(FINDING_SOURCE, finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_FY,
					ValidationMessages.word(finding.getSourceEvaluationType()), finding.getSourceFY(),
					SourceLines.of(finding), SourceLines.span(subject.getEvaluationSchedule()), printed(subject));
		}
	}

	/**
	 * A finding whose label names the type of evaluation but no year (「評価検討会（中間評価）」) points at one
	 * evaluation only when the file has one of that type before the report's own evaluation of the subject: the
	 * years of that type in the subject's schedule and in the WG reviews of it.
	 */
	private static void checkUndated(PreviousFinding finding, EvaluationSubject subject, Findings findings) {
		EvaluationType type = finding.getSourceEvaluationType();
		String label = Printed.of(finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE);
		String printedType = ReportText.get("evaluationType." + type.getName()); //$NON-NLS-1$
		if (label == null || !label.contains(printedType) || !PrintedYears.in(label).isEmpty()) {
			return;
		}
		Subjects subjects = Subjects.of(subject, findings);
		Map<Integer, EObject> years = new TreeMap<>();
		subject.getEvaluationSchedule().stream().filter(entry -> entry.isSetType() && entry.getType() == type && entry.getFiscalYear() != null)
				.forEach(entry -> years.putIfAbsent(entry.getFiscalYear(), entry));
		subjects.reviews(subject).stream().filter(review -> review.getEvaluationType() == type && review.getFiscalYear() != null)
				.forEach(review -> years.putIfAbsent(review.getFiscalYear(), review));
		// the report's own evaluation of the subject came after the finding
		Integer own = subjects.firstEvaluated(subject);
		if (own != null) {
			years.keySet().removeIf(year -> year >= own);
		}
		if (years.size() >= 2) {
			findings.reportAt(FINDING_YEAR_AMBIGUOUS, finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_FY, label,
					SourceLines.of(finding), printedType, years.entrySet().stream()
							.map(year -> year.getKey() + " (" + SourceLines.of(year.getValue()) + ")").collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static void check(Recommendation recommendation, Findings findings) {
		if (recommendation.getResponse() == null) {
			findings.reportAt(RECOMMENDATION_RESPONSE, recommendation, EvaluationPackage.Literals.RECOMMENDATION__RESPONSE);
		}
	}

	/** The schedule as printed: 「事前評価：2016年度、中間評価：2019年度、終了時評価：2022年度」. */
	private static String printed(EvaluationSubject subject) {
		return subject.getEvaluationSchedule().stream()
				.map(entry -> Printed.or(entry, ProgramPackage.Literals.SCHEDULED_EVALUATION__TYPE,
						// as the report words an entry, so that it reads like the printed ones beside it
						() -> (entry.isSetType() ? ReportText.get("evaluationType." + entry.getType().getName()) + "：" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ (entry.getFiscalYear() == null ? "" : ReportText.fiscalYear(entry.getFiscalYear())))) //$NON-NLS-1$
				.collect(Collectors.joining("、")); //$NON-NLS-1$
	}

	private static boolean scheduled(EvaluationSubject subject, EvaluationType type) {
		return subject.getEvaluationSchedule().stream().anyMatch(entry -> entry.isSetType() && entry.getType() == type);
	}

	private static boolean scheduled(EvaluationSubject subject, EvaluationType type, int year) {
		return subject.getEvaluationSchedule().stream()
				.anyMatch(entry -> entry.isSetType() && entry.getType() == type && entry.getFiscalYear() != null && entry.getFiscalYear() == year);
	}

	/**
	 * The report's evaluations and WG reviews by their subject, made once per validation run: looking for a subject's
	 * own in every evaluation of the report, for each subject, took time quadratic in the projects of a portfolio.
	 */
	private record Subjects(Map<EvaluationSubject, Set<EvaluationType>> evaluatedTypes, Map<EvaluationSubject, Integer> firstYears,
			Map<EvaluationSubject, List<WGReview>> reviews) {

		private static final Subjects NONE = new Subjects(Map.of(), Map.of(), Map.of());

		/** The key of a report's index among the run's shared values. */
		private record Key(EvaluationReport report) {
		}

		/** The index of the report that holds the subject; empty when the subject is in none. */
		static Subjects of(EvaluationSubject subject, Findings findings) {
			return EcoreUtil.getRootContainer(subject) instanceof EvaluationReport report
					? findings.shared(new Key(report), () -> of(report))
					: NONE;
		}

		private static Subjects of(EvaluationReport report) {
			Map<EvaluationSubject, Set<EvaluationType>> types = new HashMap<>();
			Map<EvaluationSubject, Integer> first = new HashMap<>();
			for (Evaluation evaluation : report.getEvaluations()) {
				EvaluationSubject target = evaluation.getTarget();
				if (target == null) {
					continue;
				}
				if (evaluation.isSetType()) {
					types.computeIfAbsent(target, t -> EnumSet.noneOf(EvaluationType.class)).add(evaluation.getType());
				}
				if (evaluation.getFiscalYear() != null) {
					first.merge(target, evaluation.getFiscalYear(), Math::min);
				}
			}
			Map<EvaluationSubject, List<WGReview>> reviews = new HashMap<>();
			for (WGReview review : report.getWgReviews()) {
				if (review.getTarget() != null) {
					reviews.computeIfAbsent(review.getTarget(), t -> new ArrayList<>()).add(review);
				}
			}
			return new Subjects(types, first, reviews);
		}

		/** Whether the file holds an evaluation of this type of the subject, e.g. the interim evaluation being written. */
		boolean evaluated(EvaluationSubject subject, EvaluationType type) {
			return evaluatedTypes.getOrDefault(subject, Set.of()).contains(type);
		}

		/** The earliest year of the file's own evaluations of the subject, or null. */
		Integer firstEvaluated(EvaluationSubject subject) {
			return firstYears.get(subject);
		}

		/** The WG reviews of the subject, in the file's order. */
		List<WGReview> reviews(EvaluationSubject subject) {
			return reviews.getOrDefault(subject, List.of());
		}
	}

	private static Optional<BigDecimal> budgetTotal(Project project) {
		for (BudgetTable table : project.getBudgetTables()) {
			if (table.getStatedBudgetTotal() != null) {
				return Budgets.inHyakumanYen(table.getStatedBudgetTotal(), table.getUnit());
			}
		}
		return Budgets.total(project);
	}
}
