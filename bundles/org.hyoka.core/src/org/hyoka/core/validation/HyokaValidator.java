package org.hyoka.core.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.hyoka.model.base.Period;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.evaluation.WGReview;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;

/**
 * The rules of Hyoka evaluation files on top of EMF's own constraints (multiplicities, values, unique ids).
 * Each finding is a diagnostic with source {@value Findings#SOURCE}, the rule's number as code and
 * {@code data = [object, rule]}; see {@link Rule} for the codes.
 */
public class HyokaValidator extends EObjectValidator {

	public static final HyokaValidator INSTANCE = new HyokaValidator();

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, object, diagnostics, context);
		Findings findings = new Findings(diagnostics);
		StructureRules.checkReferences(object, findings);
		if (object instanceof EvaluationSubject subject) {
			ScheduleRules.check(subject, findings);
			BudgetRules.checkSubject(subject, findings);
			if (subject instanceof Program program) {
				StructureRules.check(program, findings);
			}
		} else if (object instanceof BudgetTable table) {
			BudgetRules.check(table, findings);
			YearRules.check(table, findings);
		} else if (object instanceof Period period) {
			YearRules.check(period, findings);
		} else if (object instanceof ScoreTable table) {
			ScoreRules.check(table, findings);
		} else if (object instanceof ItemScore row) {
			ScoreRules.check(row, findings);
		} else if (object instanceof Evaluation evaluation) {
			ScoreRules.check(evaluation, findings);
			ScheduleRules.check(evaluation, findings);
		} else if (object instanceof Indicator indicator) {
			IndicatorRules.check(indicator, findings);
		} else if (object instanceof IndicatorTarget target) {
			IndicatorRules.check(target, findings);
		} else if (object instanceof EvaluationCommittee committee) {
			CommitteeRules.check(committee, findings);
		} else if (object instanceof Meeting meeting) {
			CommitteeRules.check(meeting, findings);
		} else if (object instanceof PreviousFinding finding) {
			ScheduleRules.check(finding, findings);
		} else if (object instanceof Recommendation recommendation) {
			ScheduleRules.check(recommendation, findings);
		} else if (object instanceof WGReview review) {
			ScheduleRules.check(review, findings);
		}
		return valid && findings.clean();
	}

	// Dangling references are reported once, by REFERENCE_DANGLING with its code, instead of by EMF's generic checks.
	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	@Override
	public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}
