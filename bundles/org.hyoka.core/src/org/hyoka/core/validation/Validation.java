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

	/**
	 * Objects this close to the root are validated on their own and their contents split further; deeper objects
	 * are validated with everything they contain as one unit of parallel work. In a report, the units are the
	 * projects, the parts of evaluations and the like: up to a few hundred objects each.
	 */
	private static final int SPLIT_DEPTH = 2;

	/** Units validated one after the other by one thread, so that small units do not each cost a task. */
	private static final int BATCH = 64;

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
		return validate(root, SPLIT_DEPTH);
	}

	static Diagnostic validate(EObject root, int splitDepth) {
		ObjectDiagnostician diagnostician = new ObjectDiagnostician(registry());
		// Units in the order a sequential traversal meets them; each unit's findings keep its own order.
		List<Unit> units = new ArrayList<>();
		split(root, 0, splitDepth, units);
		int batches = (units.size() + BATCH - 1) / BATCH;
		BasicDiagnostic[] parts = new BasicDiagnostic[batches];
		// one run: the rules' shared values (indexes of the report) are made once for all the batches
		Map<Object, Object> shared = RuleFindings.shared();
		// The rules only read the model, so reading it from several threads is safe.
		IntStream.range(0, batches).parallel().forEach(batch -> {
			BasicDiagnostic part = new BasicDiagnostic();
			Map<Object, Object> context = diagnostician.createDefaultContext();
			context.put(ObjectDiagnostician.EACH_OBJECT_ALONE, Boolean.TRUE);
			context.put(RuleFindings.SHARED, shared);
			for (Unit unit : units.subList(batch * BATCH, Math.min(units.size(), (batch + 1) * BATCH))) {
				unit.validate(diagnostician, part, context);
			}
			parts[batch] = part;
		});
		BasicDiagnostic result = diagnostician.createDefaultDiagnostic(root);
		for (BasicDiagnostic part : parts) {
			part.getChildren().forEach(result::add);
		}
		return result;
	}

	private static void split(EObject object, int depth, int splitDepth, List<Unit> units) {
		if (depth < splitDepth) {
			units.add(new Unit(object, false));
			for (EObject child : object.eContents()) {
				split(child, depth + 1, splitDepth, units);
			}
		} else {
			units.add(new Unit(object, true));
		}
	}

	/** An object, alone or with everything it contains. */
	private record Unit(EObject object, boolean withContents) {

		void validate(Diagnostician diagnostician, DiagnosticChain diagnostics, Map<Object, Object> context) {
			validate(object, diagnostician, diagnostics, context);
		}

		private void validate(EObject each, Diagnostician diagnostician, DiagnosticChain diagnostics, Map<Object, Object> context) {
			diagnostician.validate(each.eClass(), each, diagnostics, context);
			if (withContents) {
				for (EObject child : each.eContents()) {
					validate(child, diagnostician, diagnostics, context);
				}
			}
		}
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
