package org.hyoka.model.persistence;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.persistence.FileFormat.Version;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.results.ResultsPackage;

/**
 * The migration from a format that wrote some attributes only when they were not their first literal: the next
 * format tells "not stated" from the first literal (the attributes are unsettable and written whenever set), so an
 * attribute the older file leaves out is the first literal it stood for. Format 1.4 did so for four enums, 1.5 for
 * the rest that a report may leave unsaid.
 */
class StatedValues implements ModelMigration {

	/** The attributes 1.4 made unsettable. */
	static final List<EAttribute> UNSETTABLE_IN_1_4 = List.of(EvaluationPackage.Literals.EVALUATION__TYPE,
			ProgramPackage.Literals.SCHEDULED_EVALUATION__TYPE, ResultsPackage.Literals.INDICATOR_TARGET__KIND,
			FinancePackage.Literals.BUDGET_TABLE__KIND);

	/** The attributes 1.5 made unsettable. */
	static final List<EAttribute> UNSETTABLE_IN_1_5 = List.of(BasePackage.Literals.ROLE_ASSIGNMENT__ROLE,
			FinancePackage.Literals.BUDGET_TABLE__UNIT, FinancePackage.Literals.FISCAL_YEAR_AMOUNT__STATUS,
			EvaluationPackage.Literals.COMMITTEE_MEMBER__ROLE, EvaluationPackage.Literals.MEETING__FORMAT,
			EvaluationPackage.Literals.ITEM_SCORE__ITEM, EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY,
			EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_EVALUATION_TYPE,
			EvaluationPackage.Literals.PREVIOUS_FINDING__SOURCE_BODY, EvaluationPackage.Literals.FINDING_RESPONSE__KIND);

	private final Version from;

	private final List<EAttribute> madeUnsettable;

	StatedValues(Version from, List<EAttribute> madeUnsettable) {
		this.from = from;
		this.madeUnsettable = madeUnsettable;
	}

	@Override
	public Version from() {
		return from;
	}

	@Override
	public void migrate(EObject root, Map<EObject, AnyType> unknownContent) {
		root.eAllContents().forEachRemaining(object -> {
			for (EAttribute attribute : madeUnsettable) {
				if (attribute.getEContainingClass().isInstance(object) && !object.eIsSet(attribute)) {
					object.eSet(attribute, attribute.getDefaultValue());
				}
			}
		});
	}

	@Override
	public boolean readsUnknownContent() {
		return false;
	}
}
