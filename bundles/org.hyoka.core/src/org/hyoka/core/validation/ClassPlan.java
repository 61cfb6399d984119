package org.hyoka.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMapUtil;

/**
 * For one class, the features on which each of EMF's default constraints ({@code EObjectValidator}) can report
 * anything, read once from the metamodel. The generic validator asks every feature of every object; the answer
 * for the others is fixed by the metamodel (e.g. an optional single-valued feature has no multiplicity to break).
 * Arrays, as they are walked for every object: iterating them allocates nothing.
 *
 * @param generic
 *            the class needs EMF's generic path: a class of the Ecore package or validation delegates on its way
 *            to its root super type
 * @param bounded
 *            features whose multiplicity can be wrong: required, or many-valued with bounds
 * @param paired
 *            references with an opposite whose pairing EMF checks (resolving, bidirectional)
 * @param values
 *            attributes whose values EMF checks against their data type, each with whether an instance check is
 *            all that check does
 * @param identified
 *            the class has an id attribute, whose value must be unique in the resource
 * @param keyed
 *            the class has many-valued references with keys
 * @param mapEntries
 *            the class has features holding map entries
 */
record ClassPlan(boolean generic, EStructuralFeature[] bounded, EReference[] paired, ValueCheck[] values,
		boolean identified, boolean keyed, boolean mapEntries) {

	/**
	 * An attribute whose values EMF checks, with its feature id in the class; {@code instanceOnly} when its data
	 * type adds no facets to the check.
	 */
	record ValueCheck(EAttribute attribute, int featureId, boolean instanceOnly) {
	}

	static ClassPlan of(EClass eClass, Predicate<EAttribute> instanceOnly) {
		List<EStructuralFeature> bounded = new ArrayList<>();
		boolean keyed = false;
		boolean mapEntries = false;
		for (int i = 0; i < eClass.getFeatureCount(); i++) {
			EStructuralFeature feature = eClass.getEStructuralFeature(i);
			if (feature.isMany() ? feature.getLowerBound() > 0 || feature.getUpperBound() > 0 : feature.isRequired()) {
				bounded.add(feature);
			}
			keyed |= feature instanceof EReference reference && reference.isMany() && !reference.getEKeys().isEmpty();
			mapEntries |= "java.util.Map$Entry".equals(feature.getEType().getInstanceClassName()); //$NON-NLS-1$
		}
		List<EReference> paired = new ArrayList<>();
		for (EReference reference : eClass.getEAllReferences()) {
			if (reference.isResolveProxies() && reference.getEOpposite() != null) {
				paired.add(reference);
			}
		}
		List<ValueCheck> values = new ArrayList<>();
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			values.add(new ValueCheck(attribute, eClass.getFeatureID(attribute), !FeatureMapUtil.isFeatureMap(attribute) && instanceOnly.test(attribute)));
		}
		return new ClassPlan(needsGenericPath(eClass), bounded.toArray(EStructuralFeature[]::new), paired.toArray(EReference[]::new),
				values.toArray(ValueCheck[]::new), eClass.getEIDAttribute() != null, keyed, mapEntries);
	}

	/** The class's references that lead outside an object's containment: not containment, container, derived or transient. */
	static EReference[] crossReferences(EClass eClass) {
		return eClass.getEAllReferences().stream()
				.filter(reference -> !reference.isContainment() && !reference.isContainer() && !reference.isDerived() && !reference.isTransient())
				.toArray(EReference[]::new);
	}

	// EObjectValidator walks the first super types up to a root, asking each package for validation delegates.
	private static boolean needsGenericPath(EClass eClass) {
		for (EClass current = eClass; current != null;
				current = current.getESuperTypes().isEmpty() ? null : current.getESuperTypes().get(0)) {
			if (current.getEPackage() == EcorePackage.eINSTANCE || !EcoreUtil.getValidationDelegates(current.getEPackage()).isEmpty()) {
				return true;
			}
		}
		return false;
	}
}
