package org.hyoka.core.skeleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.ReportStatus;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.SourceDocument;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.FindingResponse;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.ResponseKind;
import org.hyoka.model.evaluation.ScoringScale;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.ScheduledEvaluation;
import org.hyoka.model.results.IndicatorTarget;

/**
 * The next evaluation of a program from its last one, as a secretariat starts it: a copy of the last report that keeps
 * what stays true (program, projects, periods, budgets, indicators and their targets, committee members, earlier
 * findings, WG reviews, source documents, all with their ids) and leaves out what belonged to the last evaluation
 * alone: its scores, comments, meetings and deadline, approval and status, the 達成状況 and 達成率 it stated for
 * each target with their reasons (the new report states those its actual values give), and where it was itself
 * printed (the new report is not read from that print; carried values keep their source lines). Each of its 提言
 * becomes a 前回の指摘事項 of the evaluated subject, with the 提言's text verbatim, the 対処方針 as its response and
 * the 提言's id, so that a tool can find it again in the file it came from, which the new report names as a source
 * document.
 */
public final class NextEvaluation {

	/**
	 * Where the last report is kept: its path (in its Git repository, or relative to the new file when in none), and
	 * the commit holding that file as it was read, or null when there is none (not in Git, or changed since).
	 */
	public record Origin(String path, String commit) {
		public Origin {
			Objects.requireNonNull(path, "path"); //$NON-NLS-1$
		}

		/**
		 * How the source document names the file: Git's name of a file at a commit ({@code COMMIT:PATH}, which
		 * {@code git show} takes), or the path alone.
		 */
		public String fileName() {
			return commit == null ? path : commit + ":" + path; //$NON-NLS-1$
		}
	}

	/** Why a year cannot be the next evaluation's. */
	public enum YearProblem {
		/** Outside the years the era tables cover. */
		OUT_OF_RANGE,
		/** Not after the last report's latest evaluation, so its 提言 could not be findings of an earlier one. */
		NOT_LATER
	}

	/** The id of the source document naming the last report (made unique when the file has it already). */
	static final String ORIGIN_ID = "previous-report"; //$NON-NLS-1$

	private NextEvaluation() {
	}

	/** The latest fiscal year of the report's evaluations, or null when none has one. */
	public static Integer latestYear(EvaluationReport previous) {
		return previous.getEvaluations().stream().map(Evaluation::getFiscalYear).filter(Objects::nonNull)
				.max(Integer::compare).orElse(null);
	}

	/** What is wrong with the year for the next evaluation after {@code previous}, or null when it can be it. */
	public static YearProblem yearProblem(EvaluationReport previous, int fiscalYear) {
		if (fiscalYear < EvaluationSkeleton.MIN_FISCAL_YEAR || fiscalYear > EvaluationSkeleton.MAX_FISCAL_YEAR) {
			return YearProblem.OUT_OF_RANGE;
		}
		Integer latest = latestYear(previous);
		return latest != null && fiscalYear <= latest ? YearProblem.NOT_LATER : null;
	}

	/**
	 * The next report: every evaluation of {@code previous} again, of the given type in the given year, without
	 * scores or comments, and its 提言 as findings. {@code previous} is left as it is.
	 *
	 * @throws IllegalArgumentException when {@link #yearProblem} names a problem
	 */
	public static EvaluationReport create(EvaluationReport previous, EvaluationType type, int fiscalYear, Origin origin) {
		YearProblem problem = yearProblem(previous, fiscalYear);
		if (problem != null) {
			throw new IllegalArgumentException(problem + ": " + fiscalYear); //$NON-NLS-1$
		}
		EvaluationReport next = EcoreUtil.copy(previous);
		String typeLabel = EvaluationSkeleton.typeLabel(type);
		next.setStatus(ReportStatus.DRAFT);
		next.setApprovalText(null);
		next.getSources().clear();
		next.eAllContents().forEachRemaining(object -> {
			if (object instanceof IndicatorTarget target) {
				unjudge(target);
			}
		});
		next.setTitleJa(relabel(next.getTitleJa(), previous, typeLabel));
		EvaluationCommittee committee = next.getCommittee();
		if (committee != null) {
			committee.setNameJa(relabel(committee.getNameJa(), previous, typeLabel));
			committee.getMeetings().clear();
			committee.setScoreSheetDeadline(null);
		}
		SourceDocument document = originDocument(next, previous, origin);
		next.getSourceDocuments().add(document);
		for (Evaluation evaluation : next.getEvaluations()) {
			carryFindings(evaluation);
			evaluation.getComments().clear();
			if (evaluation.getScoreTable() != null) {
				for (ItemScore row : evaluation.getScoreTable().getRows()) {
					row.getScores().clear();
					row.setStatedAverage(null);
				}
			}
			rescale(next, evaluation, type);
			evaluation.setType(type);
			evaluation.setTypePrinted(typeLabel);
			evaluation.setFiscalYear(fiscalYear);
			schedule(evaluation.getTarget(), type, fiscalYear);
		}
		dropReferencesToLeftOut(next);
		return next;
	}

	/** Leaves out what the last report stated about the target as of its evaluation. */
	private static void unjudge(IndicatorTarget target) {
		target.unsetStatus();
		target.setStatusPrinted(null);
		target.setAchievementRatePrinted(null);
		target.setReason(null);
	}

	/** Unsets references to what was left out (a score row's note among the comments, an add-on's to a 提言). */
	private static void dropReferencesToLeftOut(EvaluationReport next) {
		List<EObject> objects = new ArrayList<>();
		objects.add(next);
		next.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
						|| !object.eIsSet(reference)) {
					continue;
				}
				if (reference.isMany()) {
					((List<?>) object.eGet(reference)).removeIf(target -> EcoreUtil.getRootContainer((EObject) target) != next);
				} else if (EcoreUtil.getRootContainer((EObject) object.eGet(reference)) != next) {
					object.eUnset(reference);
				}
			}
		}
	}

	/** The 提言 of the evaluation as findings of its subject, in order, after the findings the subject has. */
	private static void carryFindings(Evaluation evaluation) {
		List<Recommendation> recommendations = new ArrayList<>(evaluation.getRecommendations());
		evaluation.getRecommendations().clear();
		EvaluationSubject subject = evaluation.getTarget();
		if (subject == null) {
			return;
		}
		String label = evaluation.isSetType()
				? EvaluationSkeleton.typeLabel(evaluation.getType()) + (evaluation.getFiscalYear() == null ? "" //$NON-NLS-1$
						: "（" + evaluation.getFiscalYear() + "年度）") //$NON-NLS-1$ //$NON-NLS-2$
				: null;
		for (Recommendation recommendation : recommendations) {
			PreviousFinding finding = EvaluationFactory.eINSTANCE.createPreviousFinding();
			// the 提言's id, free in the new file since the 提言 is gone, ties the finding to it in the last one
			finding.setId(recommendation.getId());
			if (evaluation.isSetType()) {
				finding.setSourceEvaluationType(evaluation.getType());
			}
			finding.setSourceFY(evaluation.getFiscalYear());
			finding.setSourceBody(evaluation.getBody());
			if (recommendation.isSetItem()) {
				finding.setCategory(recommendation.getItem());
			}
			finding.setLabelPrinted(label);
			finding.setText(recommendation.getText());
			finding.getSources().addAll(recommendation.getSources());
			if (recommendation.getResponse() != null) {
				FindingResponse response = EvaluationFactory.eINSTANCE.createFindingResponse();
				response.setKind(ResponseKind.PLANNED);
				response.setText(recommendation.getResponse().getText());
				response.getSources().addAll(recommendation.getResponse().getSources());
				finding.setResponse(response);
			}
			subject.getPreviousFindings().add(finding);
		}
	}

	/**
	 * Scales for another type of evaluation are swapped for the report's scale of the new type over the same items, or
	 * dropped when it has none: a 中間評価's levels do not score a 終了時評価.
	 */
	private static void rescale(EvaluationReport next, Evaluation evaluation, EvaluationType type) {
		List<ScoringScale> scales = new ArrayList<>();
		for (ScoringScale scale : evaluation.getScales()) {
			if (!scale.isSetEvaluationType() || scale.getEvaluationType() == type) {
				scales.add(scale);
			} else {
				next.getScoringScales().stream()
						.filter(s -> s.isSetEvaluationType() && s.getEvaluationType() == type && s.getItems().equals(scale.getItems()))
						.findFirst().ifPresent(scales::add);
			}
		}
		evaluation.getScales().clear();
		evaluation.getScales().addAll(scales.stream().distinct().toList());
	}

	/** Lists the new evaluation in the subject's schedule, when it has one that does not yet. */
	private static void schedule(EvaluationSubject subject, EvaluationType type, int fiscalYear) {
		if (subject == null || subject.getEvaluationSchedule().isEmpty() || subject.getEvaluationSchedule().stream()
				.anyMatch(s -> s.isSetType() && s.getType() == type && Integer.valueOf(fiscalYear).equals(s.getFiscalYear()))) {
			return;
		}
		ScheduledEvaluation scheduled = ProgramFactory.eINSTANCE.createScheduledEvaluation();
		scheduled.setType(type);
		scheduled.setFiscalYear(fiscalYear);
		scheduled.setPlanned(true);
		subject.getEvaluationSchedule().add(scheduled);
	}

	/** The source document naming the last report, with an id the report does not use yet. */
	private static SourceDocument originDocument(EvaluationReport next, EvaluationReport previous, Origin origin) {
		Set<String> ids = new HashSet<>();
		for (var contents = next.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
				ids.add(identifiable.getId());
			}
		}
		String id = ORIGIN_ID;
		for (int i = 2; ids.contains(id); i++) {
			id = ORIGIN_ID + "-" + i; //$NON-NLS-1$
		}
		SourceDocument document = BaseFactory.eINSTANCE.createSourceDocument();
		document.setId(id);
		document.setNameJa(previous.getTitleJa());
		document.setFileName(origin.fileName());
		return document;
	}

	/** The title with the last evaluation's type replaced by the new one's (「中間評価」 → 「終了時評価」). */
	private static String relabel(String title, EvaluationReport previous, String typeLabel) {
		if (title == null) {
			return null;
		}
		for (Evaluation evaluation : previous.getEvaluations()) {
			String old = evaluation.isSetType() ? EvaluationSkeleton.typeLabel(evaluation.getType()) : null;
			if (old != null && title.contains(old)) {
				return title.replace(old, typeLabel);
			}
		}
		return title;
	}
}
