package org.hyoka.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.hyoka.model.HyokaPackage;

/** Validates evaluation files with the Hyoka rules, without touching EMF's global validator registry. */
public final class Validation {

	/** Objects per unit of parallel work: large enough that splitting costs little, small enough to balance. */
	private static final int CHUNK = 20_000;

	private Validation() {
	}

	/** A diagnostician that applies {@link HyokaValidator} to every Hyoka package. */
	public static Diagnostician diagnostician() {
		return new ObjectDiagnostician(registry());
	}

	/**
	 * Validates an object and everything it contains, in parallel over the processors for large models. Findings
	 * come in the order a sequential {@link Diagnostician} reports them (each object, then its contents).
	 */
	public static Diagnostic validate(EObject root) {
		return validate(root, CHUNK);
	}

	static Diagnostic validate(EObject root, int chunkSize) {
		ObjectDiagnostician diagnostician = new ObjectDiagnostician(registry());
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		root.eAllContents().forEachRemaining(objects::add);
		int chunks = (objects.size() + chunkSize - 1) / chunkSize;
		BasicDiagnostic[] parts = new BasicDiagnostic[chunks];
		// The rules only read the model, so reading it from several threads is safe.
		IntStream.range(0, chunks).parallel().forEach(chunk -> {
			BasicDiagnostic part = new BasicDiagnostic();
			Map<Object, Object> context = diagnostician.createDefaultContext();
			context.put(ObjectDiagnostician.EACH_OBJECT_ALONE, Boolean.TRUE);
			for (EObject object : objects.subList(chunk * chunkSize, Math.min(objects.size(), (chunk + 1) * chunkSize))) {
				diagnostician.validate(object.eClass(), object, part, context);
			}
			parts[chunk] = part;
		});
		BasicDiagnostic result = diagnostician.createDefaultDiagnostic(root);
		for (BasicDiagnostic part : parts) {
			part.getChildren().forEach(result::add);
		}
		return result;
	}

	private static EValidator.Registry registry() {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		register(registry, HyokaPackage.eINSTANCE);
		return registry;
	}

	private static void register(EValidator.Registry registry, EPackage ePackage) {
		registry.put(ePackage, HyokaValidator.INSTANCE);
		ePackage.getESubpackages().forEach(sub -> register(registry, sub));
	}

	/** A diagnostician that can be told to validate objects without descending into their contents. */
	private static final class ObjectDiagnostician extends Diagnostician {

		static final String EACH_OBJECT_ALONE = "org.hyoka.core.validation.eachObjectAlone"; //$NON-NLS-1$

		ObjectDiagnostician(EValidator.Registry registry) {
			super(registry);
		}

		@Override
		protected boolean doValidateContents(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return context.containsKey(EACH_OBJECT_ALONE) || super.doValidateContents(object, diagnostics, context);
		}
	}
}
