package org.hyoka.model.persistence;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.persistence.FileFormat.Version;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.ResultsPackage;
import org.hyoka.model.results.TargetRevision;

/**
 * The migration from format 1.3, which wrote an evaluation's type, a scheduled evaluation's type, a target's kind and
 * a budget table's kind only when they were not the first literal and tied a target revision to no target. Format
 * 1.4 tells "not stated" from the first literal (the attributes are unsettable and written whenever set), so an
 * attribute a 1.3 file leaves out is the first literal it stood for; and a revision is tied to the one target of its
 * indicator whose value is the revision's new value, when exactly one is (a target without an id gets one, since
 * references are written as ids).
 */
final class StatedValues implements ModelMigration {

	/** The attributes 1.4 made unsettable. */
	static final List<EAttribute> MADE_UNSETTABLE = List.of(EvaluationPackage.Literals.EVALUATION__TYPE,
			ProgramPackage.Literals.SCHEDULED_EVALUATION__TYPE, ResultsPackage.Literals.INDICATOR_TARGET__KIND,
			FinancePackage.Literals.BUDGET_TABLE__KIND);

	@Override
	public Version from() {
		return new Version(1, 3);
	}

	@Override
	public void migrate(EObject root, Map<EObject, AnyType> unknownContent) {
		Set<String> ids = new HashSet<>();
		root.eAllContents().forEachRemaining(object -> {
			if (EcoreUtil.getID(object) != null) {
				ids.add(EcoreUtil.getID(object));
			}
		});
		for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			for (EAttribute attribute : MADE_UNSETTABLE) {
				if (attribute.getEContainingClass().isInstance(object) && !object.eIsSet(attribute)) {
					object.eSet(attribute, attribute.getDefaultValue());
				}
			}
			if (object instanceof TargetRevision revision && revision.getTarget() == null && revision.getNewValue() != null
					&& revision.eContainer() instanceof Indicator indicator) {
				List<IndicatorTarget> revised = indicator.getTargets().stream()
						.filter(target -> sameValue(target.getTargetValue(), revision.getNewValue())).toList();
				if (revised.size() == 1) {
					IndicatorTarget target = revised.get(0);
					if (target.getId() == null && indicator.getId() != null) {
						target.setId(fresh(indicator.getId() + "-" + target.getFiscalYear(), ids)); //$NON-NLS-1$
					}
					revision.setTarget(target);
				}
			}
		}
	}

	/** The id, or the id with the first free "-2", "-3"… after it; taken from now on. */
	private static String fresh(String id, Set<String> ids) {
		String fresh = id;
		for (int n = 2; ids.contains(fresh); n++) {
			fresh = id + "-" + n; //$NON-NLS-1$
		}
		ids.add(fresh);
		return fresh;
	}

	private static boolean sameValue(BigDecimal value, BigDecimal other) {
		return value != null && value.compareTo(other) == 0;
	}

	@Override
	public boolean readsUnknownContent() {
		return false;
	}
}
