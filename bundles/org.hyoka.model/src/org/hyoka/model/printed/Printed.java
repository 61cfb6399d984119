package org.hyoka.model.printed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hyoka.model.base.Sourced;
import org.hyoka.model.base.SourceRef;

/**
 * What a report printed, the one way to read it. A report prints many values in words of its own (「終了時評価」 for a
 * type, 「Ａ」 for a letter, 「2022FY（予定）」 for a column); the model keeps the typed value and, beside it, an attribute
 * with the words, its <em>twin</em>, annotated {@value #ANNOTATION} with the feature it prints ({@code of}) or the
 * features a printed figure was derived from ({@code from}: a stated total, a printed duration). Pages, exporters and
 * rules read printed words through {@link #or} and never through the twins' getters, so that a new twin, or an
 * add-on's, is honoured everywhere its value is shown. A source line may also name the feature it prints
 * ({@link SourceRef#getFeature()}), found by {@link #source}.
 */
public final class Printed {

	/** The annotation source of a twin; its details are {@code of} or {@code from}, feature names separated by spaces. */
	public static final String ANNOTATION = "http://www.hyoka.org/model/printed"; //$NON-NLS-1$

	private static final String OF = "of"; //$NON-NLS-1$

	private static final String FROM = "from"; //$NON-NLS-1$

	private static final Map<EStructuralFeature, Optional<EAttribute>> TWINS = new ConcurrentHashMap<>();

	private Printed() {
	}

	/** The attribute holding the words a report printed for the feature, declared beside it; empty when none is. */
	public static Optional<EAttribute> twin(EStructuralFeature feature) {
		return TWINS.computeIfAbsent(feature, key -> key.getEContainingClass().getEAttributes().stream()
				.filter(attribute -> printedFeatures(attribute, OF).contains(key.getName())).findFirst());
	}

	/** The words the report printed for the object's feature; null when it printed none or nobody recorded them. */
	public static String of(EObject object, EStructuralFeature feature) {
		return twin(feature).filter(object::eIsSet).map(attribute -> (String) object.eGet(attribute)).orElse(null);
	}

	/** The words the report printed for the object's feature, else the value in the words of {@code formatted}. */
	public static String or(EObject object, EStructuralFeature feature, Supplier<String> formatted) {
		String printed = of(object, feature);
		return printed != null ? printed : formatted.get();
	}

	/** Whether the feature records what a report printed: a twin, or a figure stated from other features. */
	public static boolean isPrinted(EStructuralFeature feature) {
		return feature.getEAnnotation(ANNOTATION) != null;
	}

	/** The features the twin prints or was derived from, in the object's class; empty for any other attribute. */
	public static List<EStructuralFeature> features(EStructuralFeature twin) {
		EClass type = twin.getEContainingClass();
		return Stream.of(OF, FROM).flatMap(key -> printedFeatures(twin, key).stream()).map(type::getEStructuralFeature).toList();
	}

	/**
	 * Where the report printed the object's feature: its source line naming the feature, else its first source line
	 * naming none (the source of the object as a whole); empty when neither was recorded.
	 */
	public static Optional<SourceRef> source(EObject object, EStructuralFeature feature) {
		if (!(object instanceof Sourced sourced)) {
			return Optional.empty();
		}
		return sourced.getSources().stream().filter(source -> feature.getName().equals(source.getFeature())).findFirst()
				.or(() -> sourced.getSources().stream().filter(source -> source.getFeature() == null).findFirst());
	}

	private static List<String> printedFeatures(EStructuralFeature attribute, String key) {
		EAnnotation annotation = attribute.getEAnnotation(ANNOTATION);
		String names = annotation == null ? null : annotation.getDetails().get(key);
		return names == null ? List.of() : List.of(names.strip().split("\\s+")); //$NON-NLS-1$
	}
}
