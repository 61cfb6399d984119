package org.hyoka.core.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;

/**
 * A reference must lead to an object of the same file: not an unresolved proxy, not a removed object. Checked on
 * every object, first, as EMF's own proxy checks are replaced by this rule (see {@link HyokaValidator}).
 */
public final class ReferenceRules implements RuleChecker {

	private static final String REFERENCE_DANGLING = "HY-ST-02"; //$NON-NLS-1$

	/** Per class, the references that lead outside an object's containment, read once from the metamodel. */
	private final Map<EClass, EReference[]> crossReferences = new ConcurrentHashMap<>();

	@Override
	public void check(EObject object, Findings findings) {
		for (EReference reference : crossReferences.computeIfAbsent(object.eClass(), ClassPlan::crossReferences)) {
			if (reference.isMany() && !object.eIsSet(reference)) {
				continue; // reading an empty list would create it, for every object
			}
			Object value = object.eGet(reference, false);
			if (value instanceof Iterable<?> values) {
				for (Object target : values) {
					checkTarget(object, reference, (EObject) target, findings);
				}
			} else if (value != null) {
				checkTarget(object, reference, (EObject) value, findings);
			}
		}
	}

	private static void checkTarget(EObject object, EReference reference, EObject target, Findings findings) {
		if (target.eIsProxy() || outside(object, target)) {
			String where = target.eIsProxy() ? ((InternalEObject) target).eProxyURI().fragment() : ObjectLabels.of(target);
			findings.reportAt(REFERENCE_DANGLING, object, reference, reference.getName(), where);
		}
	}

	// A model being built (a wizard's, or one not yet saved) has no resource: there the root decides.
	private static boolean outside(EObject object, EObject target) {
		Resource resource = object.eResource();
		return target.eResource() != resource
				|| resource == null && EcoreUtil.getRootContainer(target) != EcoreUtil.getRootContainer(object);
	}
}
