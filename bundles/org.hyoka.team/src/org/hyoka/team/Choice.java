package org.hyoka.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A side chosen in a {@link Conflict}, as the change that gives a merged model (an open editor's) that side's value of
 * the conflict's feature. The caller makes the change, e.g. as a command that can be undone.
 *
 * @param object
 *            the merged model's object
 * @param feature
 *            its feature in conflict
 * @param value
 *            the side's value: for a list, the whole list; for references, the merged model's objects
 * @param unset
 *            whether the side leaves the feature unset (then {@code value} is null)
 */
public record Choice(EObject object, EStructuralFeature feature, Object value, boolean unset) {

	/**
	 * The change that takes the side's value of the conflict's feature into the merged model.
	 *
	 * @param merged
	 *            the root of the merged model
	 * @param side
	 *            the root of the chosen side's model (ours or theirs as the merge read them)
	 * @return empty when the conflict is not about a value of one object both models hold (an object deleted on one
	 *         side, the order of a list of objects, a reference to an object the merged model no longer has): such a
	 *         conflict is corrected by hand
	 */
	public static Optional<Choice> of(Conflict conflict, EObject merged, EObject side) {
		Map<String, EObject> mergedObjects = ModelMerge.index(merged);
		EObject object = mergedObjects.get(conflict.path());
		EObject source = ModelMerge.index(side).get(conflict.path());
		EStructuralFeature feature = object == null ? null : object.eClass().getEStructuralFeature(conflict.feature());
		if (source == null || feature == null || source.eClass() != object.eClass() || !feature.isChangeable()
				|| feature instanceof EReference reference && reference.isContainment()) {
			return Optional.empty();
		}
		if (!source.eIsSet(feature)) {
			return Optional.of(new Choice(object, feature, null, true));
		}
		Object value = source.eGet(feature);
		if (feature instanceof EReference) {
			List<EObject> targets = new ArrayList<>();
			for (Object target : feature.isMany() ? (List<?>) value : List.of(value)) {
				EObject found = mergedObjects.get(ModelMerge.key((EObject) target));
				if (found == null) {
					return Optional.empty();
				}
				targets.add(found);
			}
			value = feature.isMany() ? targets : targets.get(0);
		} else if (feature.isMany()) {
			value = List.copyOf((List<?>) value);
		}
		return Optional.of(new Choice(object, feature, value, false));
	}

	/** Whether the merged model already holds the side's value. */
	public boolean made() {
		if (unset) {
			return !object.eIsSet(feature);
		}
		Object current = object.eGet(feature);
		return object.eIsSet(feature) && (feature.isMany() ? List.copyOf((List<?>) current).equals(value) : Objects.equals(current, value));
	}
}
