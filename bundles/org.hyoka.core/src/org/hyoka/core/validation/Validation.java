package org.hyoka.core.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.hyoka.model.HyokaPackage;

/** Validates evaluation files with the Hyoka rules, without touching EMF's global validator registry. */
public final class Validation {

	private Validation() {
	}

	/** A diagnostician that applies {@link HyokaValidator} to every Hyoka package. */
	public static Diagnostician diagnostician() {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		register(registry, HyokaPackage.eINSTANCE);
		return new Diagnostician(registry);
	}

	/** Validates an object and everything it contains. */
	public static Diagnostic validate(EObject root) {
		return diagnostician().validate(root);
	}

	private static void register(EValidator.Registry registry, EPackage ePackage) {
		registry.put(ePackage, HyokaValidator.INSTANCE);
		ePackage.getESubpackages().forEach(sub -> register(registry, sub));
	}
}
