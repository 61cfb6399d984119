package org.hyoka.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.core.rules.RuleRegistry;
import org.hyoka.core.rules.RuleRegistry.Check;
import org.hyoka.core.validation.ClassPlan.ValueCheck;
import org.hyoka.model.HyokaPackage;

/**
 * The rules of Hyoka evaluation files on top of EMF's own constraints (multiplicities, values, unique ids): each
 * object is checked by the installed rule sets ({@link RuleRegistry}) that name its type, in their order. Each finding
 * is a diagnostic with the rule's number as code and {@code data = [object, rule]}; see {@link org.hyoka.core.rules.Rule#of}.
 * <p>
 * EMF's constraints are checked by {@link EObjectValidator}'s own methods, but only on the features where the
 * metamodel lets them fail ({@link ClassPlan}); an attribute value is handed to EMF's data type check when it is
 * not an instance of its type or the type has facets. This validator is registered for the Hyoka packages and
 * validates their data types with {@link EObjectValidator}'s rules; Ecore's data types have no rule but the
 * instance check.
 */
public class HyokaValidator extends EObjectValidator {

	public static final HyokaValidator INSTANCE = new HyokaValidator();

	private final Map<EClass, ClassPlan> plans = new HashMap<>();
	private final RuleRegistry rules = RuleRegistry.installed();

	private HyokaValidator() {
		// planned at once, before several threads validate: EMF computes a class's feature lists lazily
		plan(HyokaPackage.eINSTANCE);
	}

	private void plan(EPackage ePackage) {
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				plans.put(eClass, ClassPlan.of(eClass, this::instanceOnly));
			}
		}
		ePackage.getESubpackages().forEach(this::plan);
	}

	/** Whether EMF's check of a value of the attribute's type is the instance check alone. */
	private boolean instanceOnly(EAttribute attribute) {
		EDataType type = attribute.getEAttributeType();
		if (type.getEPackage() == EcorePackage.eINSTANCE) {
			return true;
		}
		if (EcoreUtil.getRootContainer(type) != HyokaPackage.eINSTANCE || !EcoreUtil.getValidationDelegates(type.getEPackage()).isEmpty()) {
			return false;
		}
		return new DynamicEDataTypeValidator(type) {
			boolean withoutFacets() {
				return effectiveEnumeration == null && effectivePattern == null && effectiveTotalDigits == -1
						&& effectiveFractionDigits == -1 && effectiveMinLength == -1 && effectiveMaxLength == -1
						&& effectiveMin == null && effectiveMax == null && builtinType == null && itemType == null
						&& memberTypes.isEmpty();
			}
		}.withoutFacets();
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		ClassPlan plan = plans.get(object.eClass());
		boolean valid = plan == null || plan.generic() || object.eIsProxy() ? super.validate(eClass, object, diagnostics, context)
				: defaultConstraints(plan, object, diagnostics, context);
		RuleFindings findings = new RuleFindings(diagnostics, context);
		for (Check check : rules.checks(object.eClass())) {
			findings.of(check.ruleSet());
			try {
				check.checker().check(object, findings);
			} catch (RuntimeException e) {
				rules.failed(check.ruleSet(), e);
			}
		}
		return valid && findings.clean();
	}

	@Override
	public boolean validate_EveryDefaultConstraint(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		ClassPlan plan = plans.get(object.eClass());
		return plan == null ? super.validate_EveryDefaultConstraint(object, diagnostics, context)
				: defaultConstraints(plan, object, diagnostics, context);
	}

	/** EObjectValidator's default constraints, in its order and with its short cuts, on the planned features. */
	private boolean defaultConstraints(ClassPlan plan, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(object, diagnostics, context)) {
			return false;
		}
		boolean result = multiplicities(plan, object, diagnostics, context);
		// proxies and references outside the resource: HY-ST-02 (ReferenceRules), see below
		if (result || diagnostics != null) {
			result &= pairs(plan, object, diagnostics, context);
		}
		if (result || diagnostics != null) {
			result &= values(plan, object, diagnostics, context);
		}
		if (result || diagnostics != null) {
			result &= !plan.identified() || validate_UniqueID(object, diagnostics, context);
		}
		if (result || diagnostics != null) {
			result &= !plan.keyed() || validate_EveryKeyUnique(object, diagnostics, context);
		}
		if (result || diagnostics != null) {
			result &= !plan.mapEntries() || validate_EveryMapEntryUnique(object, diagnostics, context);
		}
		return result;
	}

	private boolean multiplicities(ClassPlan plan, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (EStructuralFeature feature : plan.bounded()) {
			result &= validate_MultiplicityConforms(object, feature, diagnostics, context);
			if (!result && diagnostics == null) {
				return false;
			}
		}
		return result;
	}

	private boolean pairs(ClassPlan plan, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (EReference reference : plan.paired()) {
			result &= validate_BidirectionalReferenceIsPaired(object, reference, reference.getEOpposite(), diagnostics, context);
			if (!result && diagnostics == null) {
				return false;
			}
		}
		return result;
	}

	private boolean values(ClassPlan plan, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (ValueCheck check : plan.values()) {
			if (!check.instanceOnly() || !instances((InternalEObject) object, check)) {
				result &= validate_DataValueConforms(object, check.attribute(), diagnostics, context);
				if (!result && diagnostics == null) {
					return false;
				}
			}
		}
		return result;
	}

	/**
	 * Whether every value of the attribute is null or an instance of its type, which is all EMF checks then. A
	 * single value is read even when unset (its default; should that not be an instance, EMF's own check decides);
	 * a list only when set, as reading creates it.
	 */
	private static boolean instances(InternalEObject object, ValueCheck check) {
		EDataType type = check.attribute().getEAttributeType();
		if (check.attribute().isMany()) {
			if (!object.eIsSet(check.featureId())) {
				return true;
			}
			for (Object each : (List<?>) object.eGet(check.featureId(), true, true)) {
				if (each != null && !type.isInstance(each)) {
					return false;
				}
			}
			return true;
		}
		Object value = object.eGet(check.featureId(), true, true); // as eGet(attribute), without finding the id
		return value == null || type.isInstance(value);
	}

	// Dangling references are reported once, by HY-ST-02 (ReferenceRules), instead of by EMF's generic checks.
	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	@Override
	public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}
