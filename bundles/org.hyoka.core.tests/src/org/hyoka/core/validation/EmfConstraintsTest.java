package org.hyoka.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Identifiable;
import org.hyoka.model.base.impl.MoneyImpl;
import org.hyoka.model.base.impl.PeriodImpl;
import org.hyoka.model.impl.EvaluationReportImpl;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HyokaValidator checks EMF's default constraints only where the metamodel lets them fail. These tests hold its
 * findings against those of EMF's generic {@link EObjectValidator} on the same objects: same diagnostics, same
 * order, same messages and data.
 */
class EmfConstraintsTest {

	/** The generic path as HyokaValidator took it before: all of EObjectValidator but dangling references. */
	private static final EObjectValidator GENERIC = new EObjectValidator() {
		@Override
		public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return true;
		}

		@Override
		public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return true;
		}
	};

	@Test
	void emptyObjectsOfEveryClassSharingOneIdGetTheGenericFindings() {
		Resource resource = new ResourceImpl(URI.createURI("defects.hyoka"));
		List<EObject> roots = new ArrayList<>();
		for (EClass eClass : concreteClasses(HyokaPackage.eINSTANCE, new ArrayList<>())) {
			for (int copy = 0; copy < 2; copy++) {
				EObject object = EcoreUtil.create(eClass);
				if (object instanceof Identifiable identifiable) {
					identifiable.setId("same"); // every identified object but one is a duplicate
				}
				roots.add(object);
			}
		}
		resource.getContents().addAll(roots);

		List<String> generic = new ArrayList<>();
		List<String> planned = new ArrayList<>();
		for (EObject root : roots) {
			generic.addAll(generic(root));
			planned.addAll(planned(root));
		}
		Set<Integer> codes = codes(roots);
		assertTrue(codes.containsAll(List.of(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS, EObjectValidator.EOBJECT__UNIQUE_ID)),
				"the model must break EMF's constraints for the comparison to mean something: " + generic);
		assertEquals(generic, planned);
	}

	@Test
	void valuesOfTheWrongTypeGetTheGenericFindings() {
		Resource resource = new ResourceImpl(URI.createURI("values.hyoka"));
		EObject report = new TextGuidelinesReport();
		EObject period = new TextYearPeriod();
		EObject money = new TextUnitMoney();
		resource.getContents().addAll(List.of(report, period, money));
		for (EObject root : List.of(report, period, money)) {
			List<String> generic = generic(root);
			assertTrue(generic.stream().anyMatch(d -> d.contains("|" + EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS + "|")), generic::toString);
			assertEquals(generic, planned(root));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021.hyoka", "saisei-iryo-2022.hyoka" })
	void samplesGetTheGenericFindings(String sample) throws IOException {
		EObject report = HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample));
		assertEquals(generic(report), planned(report));
	}

	// ----- helpers

	private static List<EClass> concreteClasses(EPackage ePackage, List<EClass> classes) {
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
				classes.add(eClass);
			}
		}
		ePackage.getESubpackages().forEach(sub -> concreteClasses(sub, classes));
		return classes;
	}

	private static List<String> generic(EObject root) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		register(registry, HyokaPackage.eINSTANCE);
		return render(new Diagnostician(registry).validate(root).getChildren());
	}

	private static void register(EValidator.Registry registry, EPackage ePackage) {
		registry.put(ePackage, GENERIC);
		ePackage.getESubpackages().forEach(sub -> register(registry, sub));
	}

	/** HyokaValidator's findings from EMF's constraints, without those of the Hyoka rules. */
	private static List<String> planned(EObject root) {
		return render(Validation.validate(root).getChildren().stream()
				.filter(d -> EObjectValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList());
	}

	private static Set<Integer> codes(List<EObject> roots) {
		return roots.stream().flatMap(root -> Validation.validate(root).getChildren().stream())
				.filter(d -> EObjectValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).map(Diagnostic::getCode).collect(Collectors.toSet());
	}

	private static List<String> render(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getSeverity() + "|" + d.getSource() + "|" + d.getCode() + "|" + d.getMessage()
				+ "|" + d.getData() + "|" + render(d.getChildren())).toList();
	}

	/** A value that no generated setter allows, read from one feature. */
	private record Wrong(int feature, Object value) {

		Object get(int featureID, Supplier<Object> generated) {
			return featureID == feature ? value : generated.get();
		}

		boolean isSet(int featureID, BooleanSupplier generated) {
			return featureID == feature || generated.getAsBoolean();
		}
	}

	/** A report whose guideline list holds a number. */
	@SuppressWarnings("restriction") // only the model's own implementation can be made to break its types
	private static final class TextGuidelinesReport extends EvaluationReportImpl {
		private final Wrong wrong = new Wrong(HyokaPackage.EVALUATION_REPORT__GUIDELINE_REFS, List.of("METI 技術評価指針", 2022));

		@Override
		public Object eGet(int featureID, boolean resolve, boolean coreType) {
			return wrong.get(featureID, () -> super.eGet(featureID, resolve, coreType));
		}

		@Override
		public boolean eIsSet(int featureID) {
			return wrong.isSet(featureID, () -> super.eIsSet(featureID));
		}
	}

	/** A period whose first year, an Ecore data type, is text. */
	private static final class TextYearPeriod extends PeriodImpl {
		private final Wrong wrong = new Wrong(BasePackage.PERIOD__START_FY, "平成30年度");

		@Override
		public Object eGet(int featureID, boolean resolve, boolean coreType) {
			return wrong.get(featureID, () -> super.eGet(featureID, resolve, coreType));
		}

		@Override
		public boolean eIsSet(int featureID) {
			return wrong.isSet(featureID, () -> super.eIsSet(featureID));
		}
	}

	/** An amount whose unit, an enumeration of the Hyoka model, is text. */
	private static final class TextUnitMoney extends MoneyImpl {
		private final Wrong wrong = new Wrong(BasePackage.MONEY__UNIT, "百万円");

		@Override
		public Object eGet(int featureID, boolean resolve, boolean coreType) {
			return wrong.get(featureID, () -> super.eGet(featureID, resolve, coreType));
		}

		@Override
		public boolean eIsSet(int featureID) {
			return wrong.isSet(featureID, () -> super.eIsSet(featureID));
		}
	}
}
