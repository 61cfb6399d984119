package org.hyoka.core.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;

/** Rules on the shape of the file: unique project letters, references that lead somewhere. */
final class StructureRules {

	private StructureRules() {
	}

	static void check(Program program, Findings findings) {
		Set<String> letters = new HashSet<>();
		for (Project project : program.getProjects()) {
			String letter = project.getLetterCode();
			if (letter != null && !letters.add(letter.strip())) {
				findings.report(Rule.PROJECT_LETTER_DUPLICATE, project, letter);
			}
		}
	}

	/**
	 * A reference must lead to an object of the same file: not an unresolved proxy, not a removed object.
	 * {@code crossReferences} are the object's references that are not containment, container, derived or transient.
	 */
	static void checkReferences(EObject object, EReference[] crossReferences, Findings findings) {
		for (EReference reference : crossReferences) {
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
			String where = target.eIsProxy() ? ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI().fragment() : ObjectLabels.of(target);
			findings.report(Rule.REFERENCE_DANGLING, object, reference.getName(), where);
		}
	}

	// A model being built (a wizard's, or one not yet saved) has no resource: there the root decides.
	private static boolean outside(EObject object, EObject target) {
		Resource resource = object.eResource();
		return target.eResource() != resource
				|| resource == null && EcoreUtil.getRootContainer(target) != EcoreUtil.getRootContainer(object);
	}
}
