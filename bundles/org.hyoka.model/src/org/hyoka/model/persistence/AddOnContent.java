package org.hyoka.model.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.hyoka.model.AddOnReference;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;

/**
 * Content that add-on bundles keep in a .hyoka file, in the {@code extensions} slots of the report and of every
 * subject, each add-on in its own package. When the add-on is installed its package is registered and the content is
 * ordinary model objects. When it is not, the file still opens: the content is kept as read (EMF's unknown content
 * of the slot's owner), {@link #missing} lists it, and saving writes it back unchanged.
 * <p>
 * An add-on names its feature in an annotation {@value #ANNOTATION} on its package (details {@code feature} and
 * {@code featureName}); every save records the add-ons the file uses in {@link EvaluationReport#getAddOns()}, so a
 * workbench without one of them can say which feature to install.
 */
public final class AddOnContent {

	/** Source of the annotation on an add-on's package that names the feature installing it. */
	public static final String ANNOTATION = "http://www.hyoka.org/addOn"; //$NON-NLS-1$

	/**
	 * Content of an add-on that is not installed.
	 *
	 * @param owner
	 *            the report or subject whose slot holds it
	 * @param namespace
	 *            the namespace URI of the add-on's package
	 * @param type
	 *            the name of the content's class in that package
	 * @param addOn
	 *            what the file recorded about the add-on when it was last saved with it installed
	 */
	public record Missing(EObject owner, String namespace, String type, Optional<AddOnReference> addOn) {

		/** The feature to install, for a message: its name, else its id, else the namespace. */
		public String featureLabel() {
			return addOn.map(reference -> reference.getFeatureName() != null ? reference.getFeatureName()
					: reference.getFeature() != null ? reference.getFeature() : null).orElse(namespace);
		}
	}

	private AddOnContent() {
	}

	/** Whether a feature is an add-on slot: a containment of any model object. */
	public static boolean isSlot(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment()
				&& reference.getEReferenceType() == EcorePackage.Literals.EOBJECT;
	}

	/** The content of add-ons that are not installed, in file order of the owners. */
	public static List<Missing> missing(Resource resource) {
		if (!(resource instanceof XMLResource xml) || xml.getEObjectToExtensionMap().isEmpty()) {
			return List.of();
		}
		EvaluationReport report = resource.getContents().isEmpty() ? null
				: resource.getContents().get(0) instanceof EvaluationReport root ? root : null;
		Map<EObject, AnyType> unknown = xml.getEObjectToExtensionMap();
		// the map has no order; the owners do (only the report and its subjects have slots)
		List<EObject> owners = report == null ? List.copyOf(unknown.keySet()) : owners(report).filter(unknown::containsKey).toList();
		List<Missing> missing = new ArrayList<>();
		for (EObject owner : owners) {
			for (FeatureMap.Entry entry : unknown.get(owner).getAny()) {
				if (isSlot(owner.eClass().getEStructuralFeature(entry.getEStructuralFeature().getName()))
						&& entry.getValue() instanceof EObject content) {
					String namespace = content.eClass().getEPackage().getNsURI();
					missing.add(new Missing(owner, namespace, content.eClass().getName(), reference(report, namespace)));
				}
			}
		}
		return missing;
	}

	private static Optional<AddOnReference> reference(EvaluationReport report, String namespace) {
		return report == null ? Optional.empty()
				: report.getAddOns().stream().filter(addOn -> namespace.equals(addOn.getNamespace())).findFirst();
	}

	/**
	 * Brings the report's list of add-ons in line with its content before a save: one entry per add-on package in
	 * use, installed or not; the entries of installed add-ons take their feature from the package's annotation. The
	 * list keeps its order, and add-ons newly in use follow in order of first use: a save that changes no add-on leaves
	 * the list, and the file's text for it, as it was, so that history and diffs show no change the user did not make.
	 */
	static void recordAddOns(EvaluationReport report) {
		Map<String, EPackage> inUse = inUse(report);
		Set<String> listed = new HashSet<>();
		report.getAddOns().removeIf(addOn -> !inUse.containsKey(addOn.getNamespace()) || !listed.add(addOn.getNamespace()));
		for (Map.Entry<String, EPackage> addOn : inUse.entrySet()) {
			// an entry found is not set again: a save may run while other threads read the model (HyokaResource.OPTION_ALONGSIDE)
			AddOnReference reference = reference(report, addOn.getKey()).orElseGet(() -> {
				AddOnReference added = HyokaFactory.eINSTANCE.createAddOnReference();
				added.setNamespace(addOn.getKey());
				report.getAddOns().add(added);
				return added;
			});
			EAnnotation annotation = addOn.getValue() == null ? null : addOn.getValue().getEAnnotation(ANNOTATION);
			if (annotation != null && !(Objects.equals(reference.getFeature(), annotation.getDetails().get("feature")) //$NON-NLS-1$
					&& Objects.equals(reference.getFeatureName(), annotation.getDetails().get("featureName")))) { //$NON-NLS-1$
				reference.setFeature(annotation.getDetails().get("feature")); //$NON-NLS-1$
				reference.setFeatureName(annotation.getDetails().get("featureName")); //$NON-NLS-1$
			}
		}
	}

	/**
	 * The namespaces of the add-ons whose content the report holds, in order of first use, each with its package when
	 * the add-on is installed and {@code null} when it is not.
	 */
	static Map<String, EPackage> inUse(EvaluationReport report) {
		Map<String, EPackage> used = new LinkedHashMap<>();
		owners(report).forEach(owner -> owner.eClass().getEAllContainments().stream().filter(AddOnContent::isSlot)
				.forEach(slot -> ((List<?>) owner.eGet(slot)).forEach(content -> {
					EPackage addOn = root(((EObject) content).eClass().getEPackage());
					used.putIfAbsent(addOn.getNsURI(), addOn);
				})));
		missing(report.eResource()).forEach(content -> used.putIfAbsent(content.namespace(), null));
		return used;
	}

	private static Stream<EObject> owners(EvaluationReport report) {
		return report.getProgram() == null ? Stream.of(report)
				: Stream.concat(Stream.of(report, report.getProgram()), report.getProgram().getProjects().stream());
	}

	private static EPackage root(EPackage ePackage) {
		EPackage root = ePackage;
		while (root.getESuperPackage() != null) {
			root = root.getESuperPackage();
		}
		return root;
	}
}
