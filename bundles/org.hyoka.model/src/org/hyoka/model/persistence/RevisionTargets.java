package org.hyoka.model.persistence;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.hyoka.model.persistence.FileFormat.Version;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.TargetRevision;

/**
 * The migration from format 1.3, which tied a target revision to no target: besides the attributes 1.4 made
 * unsettable, a revision is tied to the one target of its indicator whose value is the revision's new value, when
 * exactly one is (a target without an id gets one, since references are written as ids).
 */
final class RevisionTargets extends StatedValues {

	RevisionTargets() {
		super(new Version(1, 3), UNSETTABLE_IN_1_4);
	}

	@Override
	public void migrate(EObject root, Map<EObject, AnyType> unknownContent) {
		super.migrate(root, unknownContent);
		Set<String> ids = new HashSet<>();
		root.eAllContents().forEachRemaining(object -> {
			if (EcoreUtil.getID(object) != null) {
				ids.add(EcoreUtil.getID(object));
			}
		});
		root.eAllContents().forEachRemaining(object -> {
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
		});
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
}
