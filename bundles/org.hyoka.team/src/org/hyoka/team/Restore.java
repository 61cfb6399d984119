package org.hyoka.team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Gives objects of a model (an open editor's) what they hold in another version of it, in place: objects matched as
 * {@link ModelMerge} matches them keep their identity, so that references to them and views of them stay; objects the
 * version has and the model not are copied in, references pointed at the model's objects of the same keys. The caller
 * records the changes, e.g. as a command that can be undone.
 */
final class Restore {

	private final KeyedReferences references = new KeyedReferences();

	private Restore() {
	}

	/**
	 * Restores the object of the path from the version: as the version holds it, added back when the model no longer
	 * has it, removed when the version does not have it.
	 *
	 * @param path
	 *            the object's key ({@link Change#path()}); null for the whole model
	 * @return false, changing nothing, when the object cannot be put back because the version's object holding it
	 *         is not in the model either (restore that one first)
	 */
	static boolean restore(EObject model, EObject version, String path) {
		if (!possible(model, version, path)) {
			return false;
		}
		Restore restore = new Restore();
		EObject from = path == null ? version : ModelMerge.index(version).get(path);
		EObject to = path == null ? model : ModelMerge.index(model).get(path);
		if (from != null && to != null && from.eClass() == to.eClass()) {
			restore.object(to, from);
		} else if (from == null) {
			EcoreUtil.remove(to);
		} else {
			restore.addBack(model, from, to);
		}
		restore.resolve(model);
		return true;
	}

	/**
	 * Restores the entry without an id of a row of a changed feature whose path names the entry's list's owner (the
	 * entry's place changed, and with it its key): the entry as the version holds it, where it is in the model, the
	 * owner's other objects and values as they are. False, changing nothing, for any other row.
	 */
	static boolean shiftedEntry(EObject model, EObject version, Change change) {
		if (change.kind() != Change.Kind.CHANGED) {
			return false;
		}
		EObject[] objects = ModelDiff.objects(version, model, change);
		if (objects == null || objects[0] == null || objects[1] == ModelMerge.index(model).get(change.path())) {
			return false;
		}
		Restore restore = new Restore();
		restore.object(objects[1], objects[0]);
		restore.resolve(model);
		return true;
	}

	/**
	 * Points the copies' references at the model's objects of the same keys, leaving out a target the model no
	 * longer holds, as a merge does.
	 */
	private void resolve(EObject model) {
		references.resolve(model, true, (owner, reference, target, set) -> {
			// left out
		});
	}

	/**
	 * Puts the entries of the owner's list back in the version's order, each as the model holds it, as when a moved
	 * row is restored; the list as the version holds it where entries were added or removed since (also where as many
	 * were added as removed), as when an added or removed row is restored. A list whose entries are in their places
	 * already stays as it is.
	 *
	 * @return false, changing nothing, where {@link #list} finds no such list in both
	 */
	static boolean order(EObject model, EObject version, String path, String feature) {
		EObject owner = ModelMerge.index(model).get(path);
		EObject source = ModelMerge.index(version).get(path);
		EReference reference = list(owner, source, feature);
		if (reference == null) {
			return false;
		}
		List<EObject> mine = ModelMerge.contents(owner, reference);
		List<EObject> theirs = ModelMerge.contents(source, reference);
		int[] matched = mine.size() == theirs.size() ? Reordering.match(theirs, mine) : null;
		if (mine.size() != theirs.size() || matched != null && Arrays.stream(matched).anyMatch(i -> i < 0)) {
			// entries added or removed: the list as it was, whole
			Restore restore = new Restore();
			restore.contents(owner, source, reference);
			restore.resolve(model);
			return true;
		}
		if (matched != null) {
			EObject[] ordered = new EObject[mine.size()];
			for (int j = 0; j < matched.length; j++) {
				ordered[matched[j]] = mine.get(j);
			}
			@SuppressWarnings("unchecked")
			EList<EObject> list = (EList<EObject>) owner.eGet(reference);
			ECollections.setEList(list, List.of(ordered));
		}
		return true;
	}

	/**
	 * Whether an added or removed row names the list's owner by its path, as for an entry of a list without ids whose
	 * entries changed places, rather than the entry itself. The object of an entry's own path is held by the list the
	 * row names; where an owner is held by a list of the same name, the row restores the owner instead, as a row of the
	 * owner does.
	 */
	static boolean ofList(EObject model, EObject version, Change change) {
		if (change.kind() == Change.Kind.CHANGED) {
			return false;
		}
		EObject owner = ModelMerge.index(model).get(change.path());
		if (list(owner, ModelMerge.index(version).get(change.path()), change.feature()) == null) {
			return false;
		}
		EReference holder = owner.eContainmentFeature();
		return change.kind() == Change.Kind.MOVED || holder == null || !holder.getName().equals(change.feature());
	}

	/** The list of objects the owner holds by the feature, where the model's and the version's owners (either may be null) both have it. */
	private static EReference list(EObject mine, EObject theirs, String feature) {
		if (mine == null || theirs == null || mine.eClass() != theirs.eClass()) {
			return null;
		}
		return mine.eClass().getEStructuralFeature(feature) instanceof EReference reference && reference.isContainment() && reference.isMany()
				? reference
				: null;
	}

	/** Whether {@link #restore} can restore the object: see there. */
	static boolean possible(EObject model, EObject version, String path) {
		EObject from = path == null ? version : ModelMerge.index(version).get(path);
		EObject to = path == null ? model : ModelMerge.index(model).get(path);
		if (from == null) {
			return to != null && to != model;
		}
		if (to != null && from.eClass() == to.eClass()) {
			return true;
		}
		EObject container = from.eContainer() == null ? null : ModelMerge.index(model).get(ModelMerge.key(from.eContainer()));
		return container != null && container.eClass().getEStructuralFeature(from.eContainmentFeature().getName()) == from.eContainmentFeature();
	}

	/** Puts a copy of the version's object into the model's object of its container's key, where it was there. */
	private void addBack(EObject model, EObject from, EObject replaced) {
		EObject container = ModelMerge.index(model).get(ModelMerge.key(from.eContainer()));
		EReference reference = from.eContainmentFeature();
		if (replaced != null) {
			EcoreUtil.remove(replaced);
		}
		EObject copy = references.copy(from);
		if (!reference.isMany()) {
			container.eSet(reference, copy);
			return;
		}
		// after the nearest object before it in the version that the model still holds
		List<EObject> siblings = ModelMerge.contents(from.eContainer(), reference);
		@SuppressWarnings("unchecked")
		EList<EObject> list = (EList<EObject>) container.eGet(reference);
		Map<Object, EObject> held = ModelMerge.byKey(list);
		int index = 0;
		for (int i = siblings.indexOf(from) - 1; i >= 0; i--) {
			EObject previous = held.get(ModelMerge.key(siblings.get(i)));
			if (previous != null) {
				index = list.indexOf(previous) + 1;
				break;
			}
		}
		list.add(index, copy);
	}

	private void object(EObject model, EObject version) {
		for (EStructuralFeature feature : version.eClass().getEAllStructuralFeatures()) {
			if (!ModelMerge.merges(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (reference.isMany()) {
					contents(model, version, reference);
				} else {
					child(model, version, reference);
				}
			} else if (!version.eIsSet(feature)) {
				if (model.eIsSet(feature)) {
					model.eUnset(feature);
				}
			} else if (!model.eIsSet(feature) || !ModelMerge.keys(model, feature).equals(ModelMerge.keys(version, feature))) {
				if (feature instanceof EReference reference) {
					references.set(model, reference, ModelMerge.values(version, reference).stream().map(EObject.class::cast).toList());
				} else if (feature.isMany()) {
					@SuppressWarnings("unchecked")
					EList<Object> list = (EList<Object>) model.eGet(feature);
					ECollections.setEList(list, ModelMerge.values(version, feature));
				} else {
					model.eSet(feature, version.eGet(feature));
				}
			}
		}
	}

	private void child(EObject model, EObject version, EReference reference) {
		EObject mine = (EObject) model.eGet(reference);
		EObject theirs = (EObject) version.eGet(reference);
		if (theirs == null) {
			if (mine != null) {
				model.eUnset(reference);
			}
		} else if (mine != null && mine.eClass() == theirs.eClass() && ModelMerge.key(mine).equals(ModelMerge.key(theirs))) {
			object(mine, theirs);
		} else {
			model.eSet(reference, references.copy(theirs));
		}
	}

	/** The version's list, of the model's objects where it has them (restored), else of copies. */
	private void contents(EObject model, EObject version, EReference reference) {
		List<EObject> mine = ModelMerge.contents(model, reference);
		List<EObject> theirs = ModelMerge.contents(version, reference);
		boolean byId = ModelMerge.identified(mine) && ModelMerge.identified(theirs);
		Map<Object, EObject> held = ModelMerge.byKey(mine);
		List<EObject> result = new ArrayList<>();
		for (int i = 0; i < theirs.size(); i++) {
			EObject other = theirs.get(i);
			EObject kept = byId ? held.get(ModelMerge.key(other)) : i < mine.size() ? mine.get(i) : null;
			if (kept != null && kept.eClass() == other.eClass()) {
				object(kept, other);
				result.add(kept);
			} else {
				result.add(references.copy(other));
			}
		}
		if (!result.equals(mine)) {
			@SuppressWarnings("unchecked")
			EList<EObject> list = (EList<EObject>) model.eGet(reference);
			ECollections.setEList(list, result);
		}
	}
}
