package org.hyoka.team;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.team.internal.TeamMessages;

/**
 * The changes between two versions of a model, by object and feature: objects matched as {@link ModelMerge} matches
 * them (by id, objects without one by their place), features read as it reads them; but the entries without ids of a
 * list are matched by what they hold ({@link Reordering}), so that a moved entry is one change, and an entry added or
 * removed before others one change too, not an edit of every entry after it.
 * Features and values are named by the model's item providers, as the Properties view names them.
 */
final class ModelDiff implements AutoCloseable {

	private final List<Change> changes = new ArrayList<>();
	/** The objects before and after of each row of a changed feature. */
	private final Map<Change, EObject[]> objects = new IdentityHashMap<>();
	private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	/** The path of the list holding the entry without an id, moved, whose changes are found: null outside one. */
	private String place;

	private ModelDiff() {
	}

	/** What changed from before to after, in the order of the after model; either may be null (no file). */
	static List<Change> changes(EObject before, EObject after) {
		try (ModelDiff diff = new ModelDiff()) {
			diff.child(before, after, null);
			return List.copyOf(diff.changes);
		}
	}

	/**
	 * The objects, in before and in after, whose feature a row of {@link #changes} of the two says changed: for an
	 * entry without an id whose place changed, the row's path is the list's owner, not the entry's. Null where no
	 * row of the two is equal to it, or the row is not of a changed feature.
	 */
	static EObject[] objects(EObject before, EObject after, Change change) {
		try (ModelDiff diff = new ModelDiff()) {
			diff.child(before, after, null);
			return diff.changes.stream().filter(change::equals).findFirst().map(diff.objects::get).orElse(null);
		}
	}

	private void object(EObject before, EObject after) {
		String outer = place;
		if (ModelMerge.identified(List.of(after))) {
			place = null;
		}
		for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
			if (!ModelMerge.merges(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (reference.isMany()) {
					contents(ModelMerge.contents(before, reference), ModelMerge.contents(after, reference), after, reference);
				} else {
					child((EObject) before.eGet(reference), (EObject) after.eGet(reference), reference);
				}
			} else if (feature.isMany()) {
				if (!ModelMerge.keys(before, feature).equals(ModelMerge.keys(after, feature))) {
					changed(before, after, feature, ModelMerge.values(before, feature), ModelMerge.values(after, feature));
				}
			} else if (!ModelMerge.equal(ModelMerge.state(before, feature), ModelMerge.state(after, feature))) {
				changed(before, after, feature, ModelMerge.state(before, feature), ModelMerge.state(after, feature));
			}
		}
		place = outer;
	}

	private void child(EObject before, EObject after, EReference reference) {
		if (before != null && after != null && before.eClass() == after.eClass() && Objects.equals(EcoreUtil.getID(before), EcoreUtil.getID(after))) {
			object(before, after);
		} else if (!ModelMerge.same(before, after)) {
			if (before != null) {
				moved(Change.Kind.REMOVED, before, reference);
			}
			if (after != null) {
				moved(Change.Kind.ADDED, after, reference);
			}
		}
	}

	private void contents(List<EObject> before, List<EObject> after, EObject owner, EReference reference) {
		if (ModelMerge.identified(before) && ModelMerge.identified(after)) {
			Map<Object, EObject> was = ModelMerge.byKey(before);
			Map<Object, EObject> is = ModelMerge.byKey(after);
			was.forEach((key, object) -> {
				if (!is.containsKey(key)) {
					moved(Change.Kind.REMOVED, object, reference);
				}
			});
			for (EObject object : after) {
				child(was.get(ModelMerge.key(object)), object, reference);
			}
			List<Object> kept = is.keySet().stream().filter(was::containsKey).toList();
			List<Object> keptBefore = was.keySet().stream().filter(is::containsKey).toList();
			if (!kept.equals(keptBefore)) {
				changed(null, owner, reference, keptBefore.stream().map(was::get).toList(), kept.stream().map(is::get).toList());
			}
		} else if (!ModelMerge.sameLists(before, after)) {
			// most lists did not change: one walk through them, not their contents built for a match
			int[] matched = Reordering.match(before, after);
			if (matched == null) {
				for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
					child(i < before.size() ? before.get(i) : null, i < after.size() ? after.get(i) : null, reference);
				}
			} else {
				reordered(before, after, matched, owner, reference);
			}
		}
	}

	/**
	 * A list without ids whose entries changed places: a row per moved, added or removed entry, and the edits of the
	 * entries, if any, as rows of the list's owner where an entry's place, and so its key, is not the same in the two
	 * versions.
	 */
	private void reordered(List<EObject> before, List<EObject> after, int[] matched, EObject owner, EReference reference) {
		boolean[] moved = Reordering.moved(matched);
		String outer = place;
		String ownerPath = outer != null ? outer : ModelMerge.key(owner);
		place = ownerPath;
		for (int i : Reordering.removed(matched, before.size())) {
			moved(Change.Kind.REMOVED, before.get(i), reference);
		}
		for (int j = 0; j < after.size(); j++) {
			int i = matched[j];
			if (i < 0) {
				place = ownerPath;
				moved(Change.Kind.ADDED, after.get(j), reference);
				continue;
			}
			if (moved[j]) {
				changes.add(new Change(Change.Kind.MOVED, ownerPath, ObjectLabels.describe(after.get(j)), reference.getName(), item(owner, reference),
						TeamMessages.format("position", i + 1), TeamMessages.format("position", j + 1))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			place = i == j ? outer : ownerPath;
			object(before.get(i), after.get(j));
		}
		place = outer;
	}

	/** A feature of an object changed; was, its counterpart in before, is null for the order of a list with ids. */
	private void changed(EObject was, EObject object, EStructuralFeature feature, Object before, Object after) {
		Change change = new Change(Change.Kind.CHANGED, path(object), ObjectLabels.describe(object), feature.getName(), item(object, feature),
				value(object, feature, before), value(object, feature, after));
		changes.add(change);
		objects.put(change, new EObject[] { was, object });
	}

	/** An object added or removed; the whole model when the reference is null (a file added or deleted). */
	private void moved(Change.Kind kind, EObject object, EReference reference) {
		String label = ModelMerge.label(object);
		String none = ModelMerge.UNSET.toString();
		EObject owner = object.eContainer();
		changes.add(new Change(kind, path(object), ObjectLabels.describe(object), reference == null ? "" : reference.getName(), //$NON-NLS-1$
				reference == null || owner == null ? "" : item(owner, reference), kind == Change.Kind.ADDED ? none : label, //$NON-NLS-1$
				kind == Change.Kind.ADDED ? label : none));
	}

	/**
	 * The object's key; inside an entry without an id that moved, for the objects found by their place, the path of
	 * the object holding the entry's list.
	 */
	private String path(EObject object) {
		return place == null || ModelMerge.identified(List.of(object)) ? ModelMerge.key(object) : place;
	}

	/** The feature as the owner's item provider names it, e.g. 「金額」 for a cell's amount; else its name. */
	private String item(EObject owner, EStructuralFeature feature) {
		if (adapters.adapt(owner, IItemLabelProvider.class) instanceof ResourceLocator provider) {
			try {
				return provider.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} catch (MissingResourceException e) {
				// an item provider without the feature's name: the model's name below
			}
		}
		return feature.getName();
	}

	/** A value as the Properties view shows it: objects by their labels, literals in the user's language. */
	private String value(EObject owner, EStructuralFeature feature, Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(each -> value(owner, feature, each)).collect(Collectors.joining(", ", "[", "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (value == null || value == ModelMerge.UNSET || value instanceof EObject) {
			return ModelMerge.shown(value == null ? ModelMerge.UNSET : value);
		}
		IItemPropertyDescriptor descriptor = new AdapterFactoryItemDelegator(adapters).getPropertyDescriptor(owner, feature.getName());
		IItemLabelProvider labels = descriptor == null ? null : descriptor.getLabelProvider(owner);
		return labels == null ? ModelMerge.shown(value) : labels.getText(value);
	}

	@Override
	public void close() {
		adapters.dispose();
	}
}
