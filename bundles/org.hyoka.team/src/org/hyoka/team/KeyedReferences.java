package org.hyoka.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.EcoreUtil.Copier;

/**
 * References to set in a model being built from another one (a merge, a restore) once all its objects are in place:
 * targets are objects of the other model, found in this one by their keys ({@link ModelMerge#key}).
 */
final class KeyedReferences {

	/** A target that is not in the model: left out of the reference. */
	interface Missing {
		/**
		 * @param set
		 *            true for a reference being set from the other model, false for one the model already held to an
		 *            object that left it
		 */
		void target(EObject owner, EReference reference, EObject target, boolean set);
	}

	private record Pending(EObject owner, EReference reference, List<EObject> targets) {
	}

	private final List<Pending> pending = new ArrayList<>();
	/** The root's objects by key, made when first needed: most merges set no reference. */
	private Map<String, EObject> index;

	/** Sets the reference, later, to the model's objects of the targets' keys. */
	void set(EObject owner, EReference reference, List<EObject> targets) {
		pending.add(new Pending(owner, reference, targets));
	}

	/** A copy of an object of the other model, its references to be pointed at this model's objects. */
	EObject copy(EObject object) {
		Copier copier = new Copier();
		EObject copy = copier.copy(object);
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			for (EReference reference : entry.getKey().eClass().getEAllReferences()) {
				// a copy's references are not set: one the object does not set stays so
				if (!reference.isContainment() && ModelMerge.merges(reference) && entry.getKey().eIsSet(reference)) {
					set(entry.getValue(), reference, ModelMerge.values(entry.getKey(), reference).stream().map(EObject.class::cast).toList());
				}
			}
		}
		return copy;
	}

	/**
	 * Sets the pending references to the objects of the root's tree of the same keys, then points each reference to an
	 * object that left the tree at the tree's object of its key, if any. A target the tree does not hold is left out.
	 *
	 * @param objectsLeft
	 *            false when no object was removed from the tree: then none of its own references can point out of it,
	 *            and they are not looked at
	 */
	void resolve(EObject root, boolean objectsLeft, Missing missing) {
		for (Pending each : pending) {
			List<EObject> targets = new ArrayList<>();
			for (EObject target : each.targets()) {
				EObject found = target.eIsProxy() ? target : find(root, target);
				if (found == null) {
					missing.target(each.owner(), each.reference(), target, true);
				} else {
					targets.add(found);
				}
			}
			setAll(each.owner(), each.reference(), targets);
		}
		pending.clear();
		if (!objectsLeft) {
			index = null;
			return;
		}
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(List.of(root))) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && ModelMerge.merges(reference)) {
					List<Object> values = ModelMerge.values(object, reference);
					if (values.stream().allMatch(value -> isIn((EObject) value, root))) {
						continue;
					}
					List<EObject> targets = new ArrayList<>();
					for (Object value : values) {
						EObject target = isIn((EObject) value, root) ? (EObject) value : identified((EObject) value) ? find(root, (EObject) value) : null;
						if (target == null || !isIn(target, root)) {
							missing.target(object, reference, (EObject) value, false);
						} else {
							targets.add(target);
						}
					}
					setAll(object, reference, targets);
				}
			}
		}
		index = null;
	}

	/** The tree's object of the target's key, or null; setting references moves no object, so the index stays valid. */
	private EObject find(EObject root, EObject target) {
		if (index == null) {
			index = ModelMerge.index(root);
		}
		return index.get(ModelMerge.key(target));
	}

	private static void setAll(EObject owner, EReference reference, List<EObject> targets) {
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			EList<EObject> list = (EList<EObject>) owner.eGet(reference);
			ECollections.setEList(list, targets);
		} else if (targets.isEmpty()) {
			owner.eUnset(reference);
		} else {
			owner.eSet(reference, targets.get(0));
		}
	}

	/** Whether the object has an id: a detached object without one has no key left to find it by. */
	private static boolean identified(EObject object) {
		String id = EcoreUtil.getID(object);
		return id != null && !id.isEmpty();
	}

	private static boolean isIn(EObject object, EObject root) {
		return object.eIsProxy() || EcoreUtil.isAncestor(root, object);
	}
}
