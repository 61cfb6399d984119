package org.hyoka.core.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Named;
import org.hyoka.model.base.Period;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.evaluation.WGReview;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.persistence.AddOnContent;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ScheduledEvaluation;
import org.hyoka.model.results.Calculation;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeExample;

/** How messages name an object: its type and what the report calls it, with the program or project it belongs to. */
public final class ObjectLabels {

	private static final int MAX_TEXT = 30;
	private static final String TYPE = "type."; //$NON-NLS-1$
	private static final String TITLE = "titleJa"; //$NON-NLS-1$

	private ObjectLabels() {
	}

	/** E.g. 「プロジェクト A 糖鎖利用による革新的創薬技術開発」 or 「予算表 資金配分 (プロジェクト A …)」. */
	public static String describe(EObject object) {
		String own = of(object);
		EvaluationSubject subject = subjectOf(object);
		return subject == null || subject == object ? own : own + " (" + of(subject) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The object's own label, without context. */
	public static String of(EObject object) {
		String printed = printed(object);
		if (printed != null) {
			return printed;
		}
		String type = ValidationMessages.optional(TYPE + object.eClass().getName(), null);
		if (type == null) {
			type = addOnLabel(object.eClass()).orElse(object.eClass().getName());
		}
		String detail = detail(object);
		return detail == null || detail.isBlank() ? type : type + " " + shorten(detail); //$NON-NLS-1$
	}

	/** The object's own label when the report names or numbers it; empty for objects known only by their type. */
	public static Optional<String> ofNamed(EObject object) {
		if (printed(object) != null) {
			return Optional.of(printed(object));
		}
		String detail = detail(object);
		return detail == null || detail.isBlank() ? Optional.empty() : Optional.of(of(object));
	}

	/**
	 * The name the 技術評価報告書 itself prints for the object, in its words whatever the user's language: its title
	 * for the report, 「第1回 評価検討会」 for a meeting, 「座長 山田 太郎」 for a member; null for other objects.
	 */
	private static String printed(EObject object) {
		if (object instanceof EvaluationReport report) {
			String title = ReportText.title(report);
			return title.isBlank() ? null : shorten(title);
		}
		if (object instanceof Meeting meeting && meeting.getOrdinal() != null && meeting.eContainer() instanceof EvaluationCommittee committee) {
			return ReportText.format("meeting", meeting.getOrdinal(), ReportText.nonNull(committee.getNameJa())).strip(); //$NON-NLS-1$
		}
		if (object instanceof CommitteeMember member && member.isSetRole() && member.getPerson() != null && member.getPerson().getNameJa() != null) {
			// a member nobody has named yet is known by its type, as other unnamed objects are
			return join(ReportText.get("role." + member.getRole().getName()), member.getPerson().getNameJa()); //$NON-NLS-1$
		}
		return null;
	}

	private static String detail(EObject object) {
		if (object instanceof Project project) {
			return join(project.getLetterCode(), project.getNameJa());
		}
		if (object instanceof Named named) {
			// never by its id (「person-1」): a user knows things by the names they gave them, or by their type alone
			return named.getNameJa();
		}
		if (object instanceof Evaluation evaluation) {
			return join(Printed.of(evaluation, EvaluationPackage.Literals.EVALUATION__TYPE), evaluation.getTarget() == null ? null : of(evaluation.getTarget()));
		}
		if (object instanceof ItemScore row) {
			return Printed.or(row, EvaluationPackage.Literals.ITEM_SCORE__ITEM, () -> row.isSetItem() ? row.getItem().getName() : null);
		}
		if (object instanceof EvaluatorScore score) {
			// whose score of which item: the member the report names for the column, else 評価者 and the column
			return join(ReportText.evaluator(score), detailOf(score.eContainer()));
		}
		if (object instanceof BudgetTable table) {
			return table.getTitlePrinted() != null ? table.getTitlePrinted() : Printed.of(table, FinancePackage.Literals.BUDGET_TABLE__KIND);
		}
		if (object instanceof BudgetLine line) {
			return Printed.of(line, FinancePackage.Literals.BUDGET_LINE__RESEARCH_ITEM);
		}
		if (object instanceof IndicatorTarget target) {
			return join(target.isSetKind() ? ValidationMessages.word(target.getKind()) : null, text(target.getFiscalYear()),
					detailOf(object.eContainer()));
		}
		if (object instanceof Calculation calculation) {
			return calculation.getDescriptionJa();
		}
		if (object instanceof PreviousFinding finding) {
			// the finding as it reads, not its id
			return finding.getText() != null ? finding.getText() : Printed.of(finding, EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE);
		}
		if (object instanceof OutcomeExample example) {
			return example.getTitle();
		}
		if (object instanceof NarrativeSection narrative) {
			return Printed.of(narrative, ProgramPackage.Literals.NARRATIVE_SECTION__ITEM);
		}
		if (object instanceof CommitteeMember member) {
			return member.getPerson() == null ? null : detail(member.getPerson());
		}
		if (object instanceof RoleAssignment assignment) {
			String role = Printed.or(assignment, BasePackage.Literals.ROLE_ASSIGNMENT__ROLE,
					() -> !assignment.isSetRole() ? null : assignment.getRole().getName());
			// a role is held by a person or, for a 実施機関, by an organisation
			return join(role, detailOf(assignment.getPerson() != null ? assignment.getPerson() : assignment.getOrganization()));
		}
		if (object instanceof ScheduledEvaluation scheduled) {
			return Printed.or(scheduled, ProgramPackage.Literals.SCHEDULED_EVALUATION__TYPE,
					() -> join(scheduled.isSetType() ? EvaluationSkeleton.typeLabel(scheduled.getType()) : null, text(scheduled.getFiscalYear())));
		}
		if (object instanceof Period period) {
			// the years as the report prints them, not the model's first year alone
			return ReportText.period(period);
		}
		if (object instanceof Meeting meeting) {
			return meeting.getOrdinal() == null ? null : ReportText.format("meeting", meeting.getOrdinal(), "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		// an add-on's objects are named by their printed title
		return addOn(object.eClass()) != null && object.eClass().getEStructuralFeature(TITLE) instanceof EAttribute title
				&& title.getEType().getInstanceClass() == String.class ? (String) object.eGet(title) : null;
	}

	private static String detailOf(EObject object) {
		return object == null ? null : detail(object);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static EAnnotation addOn(EClass eClass) {
		return eClass.getEPackage().getEAnnotation(AddOnContent.ANNOTATION);
	}

	/**
	 * An add-on's name for its type: the key {@code type.<class>} in the resource bundle its package names in the
	 * {@value AddOnContent#ANNOTATION} annotation ({@code labels}), read with the package's own class loader.
	 */
	private static Optional<String> addOnLabel(EClass eClass) {
		EPackage ePackage = eClass.getEPackage();
		EAnnotation annotation = addOn(eClass);
		String labels = annotation == null ? null : annotation.getDetails().get("labels"); //$NON-NLS-1$
		if (labels == null) {
			return Optional.empty();
		}
		try {
			ResourceBundle bundle = ResourceBundle.getBundle(labels, Locale.getDefault(), ePackage.getClass().getClassLoader());
			return bundle.containsKey(TYPE + eClass.getName()) ? Optional.of(bundle.getString(TYPE + eClass.getName())) : Optional.empty();
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
	}

	private static EvaluationSubject subjectOf(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof EvaluationSubject subject) {
				return subject;
			}
			if (current instanceof Evaluation evaluation && evaluation.getTarget() != null) {
				return evaluation.getTarget();
			}
			if (current instanceof WGReview review && review.getTarget() != null) {
				return review.getTarget();
			}
		}
		return null;
	}

	private static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(text.isEmpty() ? "" : " ").append(part); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return text.toString();
	}

	private static String shorten(String text) {
		String line = text.replace('\n', ' ');
		return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT) + "…"; //$NON-NLS-1$
	}
}
