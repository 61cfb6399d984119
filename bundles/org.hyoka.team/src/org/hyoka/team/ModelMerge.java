package org.hyoka.team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.team.internal.TeamMessages;

/**
 * A three-way merge of models by object: objects are matched by their ids (stable in .hyoka files), objects without
 * an id by their place in the nearest object with one. The merge brings into ours, in place, what theirs changed
 * since the base, feature by feature: changes to different objects or different features merge by themselves,
 * additions and deletions in one list merge in order, and a feature both sides changed, each its own way, is a
 * {@link Conflict} in which ours is kept. Lists of objects without ids merge element by element while both sides keep
 * their length, or while one side only adds at the end; otherwise one side's change of the list is taken whole, or
 * both make a conflict. Base and theirs are not changed; objects of theirs enter ours as copies.
 * <p>
 * In place, since a copy of ours cost as much as the merge itself (docs/benchmarks.md, "Team sharing"): a list is
 * changed only after its objects were merged, so an object without an id keeps its place, and so its key, while the
 * merge still compares it.
 */
public final class ModelMerge {

	/** The state of a feature that is not set; distinct from every value. */
	static final Object UNSET = new Object() {
		@Override
		public String toString() {
			return "—"; //$NON-NLS-1$
		}
	};

	private final KeyedReferences references = new KeyedReferences();
	private final List<Conflict> conflicts = new ArrayList<>();
	/** Whether an object of ours left it: only then can a reference of ours point out of the merged model. */
	private boolean removed;

	private ModelMerge() {
	}

	/**
	 * Merges theirs into ours, changing ours: a caller that needs ours as it was reads it again.
	 *
	 * @param base
	 *            the common ancestor, or null when both sides created the model on their own; neither it nor theirs
	 *            may be ours
	 * @return ours, merged (in its resource, if it has one), and the conflicts; validation is the caller's
	 *         ({@link TeamFiles#merge})
	 */
	public static MergeResult merge(EObject base, EObject ours, EObject theirs) {
		return new ModelMerge().run(base, ours, theirs);
	}

	private MergeResult run(EObject base, EObject ours, EObject theirs) {
		if (ours == base || ours == theirs) {
			throw new IllegalArgumentException("ours is merged in place: it cannot be the base or theirs too"); //$NON-NLS-1$
		}
		if (ours.eClass() != theirs.eClass()) {
			conflict(ours, "eClass", base == null ? UNSET : base.eClass().getName(), ours.eClass().getName(), theirs.eClass().getName()); //$NON-NLS-1$
		} else {
			mergeObject(base != null && base.eClass() == ours.eClass() ? base : null, ours, theirs);
		}
		references.resolve(ours, removed, (owner, reference, target, set) -> conflict(owner, reference.getName(), UNSET,
				set ? deleted() : label(target), set ? label(target) : deleted()));
		return new MergeResult(ours, List.copyOf(conflicts), List.of());
	}

	private void mergeObject(EObject base, EObject ours, EObject theirs) {
		for (EStructuralFeature feature : ours.eClass().getEAllStructuralFeatures()) {
			if (!merges(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (reference.isMany()) {
					mergeContents(base, ours, theirs, reference);
				} else {
					mergeChild(base, ours, theirs, reference);
				}
			} else if (feature.isMany()) {
				mergeValues(base, ours, theirs, feature);
			} else {
				mergeValue(base, ours, theirs, feature);
			}
		}
	}

	/**
	 * Whether the merge looks at the feature: what the file holds. Of a two-way reference only one end is merged
	 * (the list end, which holds the order), since setting it sets the other.
	 */
	static boolean merges(EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || !feature.isChangeable() || FeatureMapUtil.isFeatureMap(feature)) {
			return false;
		}
		if (feature instanceof EReference reference) {
			EReference opposite = reference.getEOpposite();
			if (reference.isContainer() || opposite != null && opposite.isContainment()) {
				return false;
			}
			if (opposite != null && opposite.isMany() != reference.isMany()) {
				return reference.isMany();
			}
			return opposite == null || reference.getName().compareTo(opposite.getName()) < 0;
		}
		return true;
	}

	// single values and references

	private void mergeValue(EObject base, EObject ours, EObject theirs, EStructuralFeature feature) {
		Object o = state(ours, feature);
		Object t = state(theirs, feature);
		if (equal(o, t)) {
			return;
		}
		Object b = base == null ? null : state(base, feature);
		if (base != null && equal(b, o)) {
			if (feature instanceof EReference reference) {
				references.set(ours, reference, t == UNSET ? List.of() : List.of((EObject) t));
			} else if (t == UNSET) {
				ours.eUnset(feature);
			} else {
				ours.eSet(feature, t);
			}
		} else if (base == null || !equal(b, t)) {
			conflict(ours, feature.getName(), base == null ? UNSET : b, o, t);
		}
	}

	private void mergeValues(EObject base, EObject ours, EObject theirs, EStructuralFeature feature) {
		List<Object> o = keys(ours, feature);
		List<Object> t = keys(theirs, feature);
		if (o.equals(t)) {
			return;
		}
		List<Object> b = base == null ? null : keys(base, feature);
		List<Object> result;
		if (b != null && b.equals(o)) {
			result = t;
		} else if (b != null && b.equals(t)) {
			return;
		} else {
			result = b == null || !distinct(b) || !distinct(o) || !distinct(t) ? null : order(b, o, t, Set.of());
			if (result == null) {
				conflict(ours, feature.getName(), b == null ? UNSET : b, o, t);
				return;
			}
		}
		if (feature instanceof EReference reference) {
			Map<Object, EObject> byKey = new HashMap<>();
			values(ours, feature).forEach(value -> byKey.put(key((EObject) value), (EObject) value));
			values(theirs, feature).forEach(value -> byKey.putIfAbsent(key((EObject) value), (EObject) value));
			references.set(ours, reference, result.stream().map(byKey::get).toList());
		} else {
			@SuppressWarnings("unchecked")
			EList<Object> list = (EList<Object>) ours.eGet(feature);
			ECollections.setEList(list, result);
		}
	}

	// contained objects

	private void mergeChild(EObject base, EObject ours, EObject theirs, EReference reference) {
		EObject o = (EObject) ours.eGet(reference);
		EObject t = (EObject) theirs.eGet(reference);
		EObject b = base == null ? null : (EObject) base.eGet(reference);
		if (o != null && t != null && o.eClass() == t.eClass() && key(o).equals(key(t))) {
			mergeObject(b != null && b.eClass() == o.eClass() && key(b).equals(key(o)) ? b : null, o, t);
		} else if (!same(o, t)) {
			if (base != null && same(b, o)) {
				removed |= o != null;
				ours.eSet(reference, t == null ? null : copyOfTheirs(t));
			} else if (base == null || !same(b, t)) {
				conflict(ours, reference.getName(), base == null ? UNSET : label(b), label(o), label(t));
			}
		}
	}

	private void mergeContents(EObject base, EObject ours, EObject theirs, EReference reference) {
		List<EObject> o = contents(ours, reference);
		List<EObject> t = contents(theirs, reference);
		List<EObject> b = base == null ? List.of() : contents(base, reference);
		if (identified(o) && identified(t) && identified(b)) {
			mergeIdentified(base == null ? null : b, o, t, ours, reference);
		} else {
			mergeByPlace(base == null ? null : b, o, t, ours, reference);
		}
	}

	/** Lists whose objects all have ids: matched by id, ordered by {@link #order}. */
	private void mergeIdentified(List<EObject> base, List<EObject> ours, List<EObject> theirs, EObject owner, EReference reference) {
		Map<Object, EObject> b = byKey(base == null ? List.of() : base);
		Map<Object, EObject> o = byKey(ours);
		Map<Object, EObject> t = byKey(theirs);
		// a deletion by one side of what the other changed keeps the changed object
		Set<Object> kept = new HashSet<>();
		for (Map.Entry<Object, EObject> entry : b.entrySet()) {
			EObject mine = o.get(entry.getKey());
			EObject other = t.get(entry.getKey());
			if (mine == null && other != null && !same(entry.getValue(), other) || other == null && mine != null && !same(entry.getValue(), mine)) {
				kept.add(entry.getKey());
				conflict(entry.getValue(), reference.getName(), label(entry.getValue()), mine == null ? deleted() : label(mine),
						other == null ? deleted() : label(other));
			}
		}
		List<Object> keys = base == null ? null : order(List.copyOf(b.keySet()), List.copyOf(o.keySet()), List.copyOf(t.keySet()), kept);
		if (keys == null) {
			keys = new ArrayList<>(o.keySet());
			for (Object key : t.keySet()) {
				if (!o.containsKey(key) && (base == null || !b.containsKey(key) || kept.contains(key))) {
					keys.add(key);
				}
			}
			if (base != null) {
				conflict(owner, reference.getName(), labels(base), labels(ours), labels(theirs));
			}
		}
		List<EObject> result = new ArrayList<>();
		int mineKept = 0;
		for (Object key : keys) {
			EObject mine = o.get(key);
			EObject other = t.get(key);
			if (mine == null) {
				result.add(copyOfTheirs(other));
			} else {
				result.add(mine);
				mineKept++;
				if (other != null && other.eClass() == mine.eClass()) {
					EObject common = b.get(key);
					mergeObject(common != null && common.eClass() == mine.eClass() ? common : null, mine, other);
				} else if (other != null) {
					conflict(mine, "eClass", UNSET, mine.eClass().getName(), other.eClass().getName()); //$NON-NLS-1$
				}
			}
		}
		removed |= mineKept < ours.size();
		@SuppressWarnings("unchecked")
		EList<EObject> list = (EList<EObject>) owner.eGet(reference);
		ECollections.setEList(list, result);
	}

	/**
	 * Lists of objects without ids: element by element while no side changed the length, the elements a side moved
	 * matched by what they hold ({@link Reordering}) so that an edit of the other side stays with its element; matched
	 * the same way where one side inserted or removed elements and the other only edited; else whole, or a conflict.
	 */
	private void mergeByPlace(List<EObject> base, List<EObject> ours, List<EObject> theirs, EObject owner, EReference reference) {
		@SuppressWarnings("unchecked")
		EList<EObject> list = (EList<EObject>) owner.eGet(reference);
		if (base != null && sameLists(base, theirs)) {
			// theirs changed nothing here, as in most lists: ours is the merge, and nothing below needs a walk
			return;
		}
		boolean oneLength = base != null && base.size() == ours.size() && ours.size() == theirs.size();
		int[] oursFrom = oneLength && !sameLists(base, ours) ? Reordering.match(base, ours) : null;
		int[] theirsFrom = oneLength ? Reordering.match(base, theirs) : null;
		// an entry without a counterpart (-1): entries inserted and removed, which mergeReshaped takes
		boolean reshaped = oneLength && (added(oursFrom) || added(theirsFrom));
		if (!reshaped && (oursFrom != null || theirsFrom != null)) {
			mergeMoved(base, ours, theirs, oursFrom, theirsFrom, owner, reference, list);
		} else if (oneLength && !reshaped && sameClasses(ours, theirs)) {
			for (int i = 0; i < ours.size(); i++) {
				EObject common = base.get(i).eClass() == ours.get(i).eClass() ? base.get(i) : null;
				mergeObject(common, ours.get(i), theirs.get(i));
			}
		} else if (!sameLists(ours, theirs)) {
			if (base != null && sameLists(base, ours)) {
				removed |= !ours.isEmpty();
				ECollections.setEList(list, theirs.stream().map(this::copyOfTheirs).toList());
			} else if (base == null || !mergeReshaped(base, ours, theirs, list)) {
				conflict(owner, reference.getName(), base == null ? UNSET : labels(base), labels(ours), labels(theirs));
			}
		}
	}

	/**
	 * A list without ids of one length on all sides, whose elements a side moved: each element of the base merged with
	 * its counterparts, the list in the mover's order. Both sides moving, each its own way, is a conflict that keeps
	 * ours, as is an element matched with one of another class on the other side.
	 *
	 * @param oursFrom
	 *            for each element of ours, its index in the base; null where every element is in its place
	 * @param theirsFrom
	 *            the same of theirs
	 */
	private void mergeMoved(List<EObject> base, List<EObject> ours, List<EObject> theirs, int[] oursFrom, int[] theirsFrom, EObject owner,
			EReference reference, EList<EObject> list) {
		int[] oursAt = Reordering.places(oursFrom, base.size());
		int[] theirsAt = Reordering.places(theirsFrom, base.size());
		boolean classes = true;
		for (int i = 0; i < base.size(); i++) {
			classes &= ours.get(oursAt[i]).eClass() == theirs.get(theirsAt[i]).eClass();
		}
		if (oursFrom != null && theirsFrom != null && !Arrays.equals(oursFrom, theirsFrom) || !classes) {
			conflict(owner, reference.getName(), labels(base), labels(ours), labels(theirs));
			return;
		}
		List<EObject> mine = new ArrayList<>();
		for (int i = 0; i < base.size(); i++) {
			mine.add(ours.get(oursAt[i]));
		}
		if (oursFrom == null) {
			// in their order first, so that a conflict inside an element names its place in the merged list
			ECollections.setEList(list, Arrays.stream(theirsFrom).mapToObj(mine::get).toList());
		}
		for (int i = 0; i < base.size(); i++) {
			mergeObject(base.get(i).eClass() == mine.get(i).eClass() ? base.get(i) : null, mine.get(i), theirs.get(theirsAt[i]));
		}
	}

	/**
	 * A list without ids one side reshaped (entries inserted, removed or moved, matched as the history matches them)
	 * while the other kept every entry in its place and edited some: the list in the reshaping side's order, each entry
	 * of the base merged with its counterparts, the added ones kept (e.g. a section inserted here, another section's
	 * text edited there). Where both sides reshaped it, {@link #mergeBothReshaped}. False, changing nothing, when an
	 * entry one side removed was edited on the other.
	 */
	private boolean mergeReshaped(List<EObject> base, List<EObject> ours, List<EObject> theirs, EList<EObject> list) {
		int[] oursFrom = origins(base, ours);
		int[] theirsFrom = origins(base, theirs);
		// null: every entry in its place
		boolean oursInPlace = oursFrom == null;
		if (oursInPlace == (theirsFrom == null)) {
			return !oursInPlace && mergeBothReshaped(base, ours, theirs, oursFrom, theirsFrom, list);
		}
		List<EObject> kept = oursInPlace ? ours : theirs;
		List<EObject> reshaped = oursInPlace ? theirs : ours;
		int[] from = oursInPlace ? theirsFrom : oursFrom;
		List<Integer> gone = Reordering.removed(from, base.size());
		if (gone.stream().anyMatch(i -> !same(base.get(i), kept.get(i)))) {
			return false;
		}
		removed |= !gone.isEmpty();
		if (oursInPlace) {
			ECollections.setEList(list, IntStream.range(0, theirs.size())
					.mapToObj(j -> from[j] < 0 ? copyOfTheirs(theirs.get(j)) : ours.get(from[j])).toList());
		}
		for (int j = 0; j < reshaped.size(); j++) {
			if (from[j] >= 0) {
				mergeObject(base.get(from[j]), oursInPlace ? ours.get(from[j]) : ours.get(j), oursInPlace ? theirs.get(j) : theirs.get(from[j]));
			}
		}
		return true;
	}

	/**
	 * A list without ids both sides reshaped without moving entries, as two desks insert lines into one text: the
	 * base's entries in their order, each side's additions where it made them, an entry one side removed gone where
	 * the other left it as it was, the entries both kept merged (e.g. a section inserted at the top here, another
	 * appended there). False, changing nothing, where a side moved entries, the two added different entries in one
	 * place, or an entry one side removed was edited on the other.
	 */
	private boolean mergeBothReshaped(List<EObject> base, List<EObject> ours, List<EObject> theirs, int[] oursFrom, int[] theirsFrom,
			EList<EObject> list) {
		if (moves(oursFrom) || moves(theirsFrom)) {
			return false;
		}
		int[] oursAt = kept(oursFrom, base.size());
		int[] theirsAt = kept(theirsFrom, base.size());
		List<List<EObject>> oursAdded = added(ours, oursFrom, base.size());
		List<List<EObject>> theirsAdded = added(theirs, theirsFrom, base.size());
		for (int i = 0; i <= base.size(); i++) {
			List<EObject> mine = oursAdded.get(i);
			List<EObject> other = theirsAdded.get(i);
			if (!mine.isEmpty() && !other.isEmpty() && !sameLists(mine, other)
					|| i < base.size() && (oursAt[i] < 0 && theirsAt[i] >= 0 && !same(base.get(i), theirs.get(theirsAt[i]))
							|| theirsAt[i] < 0 && oursAt[i] >= 0 && !same(base.get(i), ours.get(oursAt[i])))) {
				return false;
			}
		}
		List<EObject> merged = new ArrayList<>();
		for (int i = 0; i <= base.size(); i++) {
			merged.addAll(oursAdded.get(i));
			if (oursAdded.get(i).isEmpty()) {
				theirsAdded.get(i).stream().map(this::copyOfTheirs).forEach(merged::add);
			}
			if (i < base.size() && oursAt[i] >= 0 && theirsAt[i] >= 0) {
				merged.add(ours.get(oursAt[i]));
			} else if (i < base.size()) {
				removed = true;
			}
		}
		ECollections.setEList(list, merged);
		for (int i = 0; i < base.size(); i++) {
			if (oursAt[i] >= 0 && theirsAt[i] >= 0) {
				mergeObject(base.get(i), ours.get(oursAt[i]), theirs.get(theirsAt[i]));
			}
		}
		return true;
	}

	/** Whether a match of a list has an entry without a counterpart in the base. */
	private static boolean added(int[] from) {
		return from != null && Arrays.stream(from).anyMatch(i -> i < 0);
	}

	/** Whether a side's entries matched in the base are out of the base's order. */
	private static boolean moves(int[] from) {
		int last = -1;
		for (int i : from) {
			if (i >= 0 && i < last) {
				return true;
			}
			last = Math.max(last, i);
		}
		return false;
	}

	/** For each entry of the base, the index of its counterpart on a side, -1 for one the side removed. */
	private static int[] kept(int[] from, int base) {
		int[] at = new int[base];
		Arrays.fill(at, -1);
		for (int j = 0; j < from.length; j++) {
			if (from[j] >= 0) {
				at[from[j]] = j;
			}
		}
		return at;
	}

	/**
	 * The entries a side added, by place: at index i those before the base's entry i (the next one the side kept), at
	 * the base's size those after its last.
	 */
	private static List<List<EObject>> added(List<EObject> side, int[] from, int base) {
		List<List<EObject>> added = new ArrayList<>();
		for (int i = 0; i <= base; i++) {
			added.add(new ArrayList<>());
		}
		int next = base;
		for (int j = side.size() - 1; j >= 0; j--) {
			if (from[j] >= 0) {
				next = from[j];
			} else {
				added.get(next).add(0, side.get(j));
			}
		}
		return added;
	}

	/**
	 * For each entry of a side, the index of its entry in the base, -1 for one added; null where the side kept every
	 * entry of the base in its place, of its class (edited or not, none inserted, removed or moved).
	 */
	private static int[] origins(List<EObject> base, List<EObject> side) {
		int[] from = Reordering.match(base, side);
		if (from != null || side.size() == base.size()) {
			return from;
		}
		// entries added or removed at the end only
		return IntStream.range(0, side.size()).map(j -> j < base.size() ? j : -1).toArray();
	}

	/**
	 * The merged order of keys: the order of the side that reordered the common keys (ours when neither did), without
	 * what the other side deleted, with what the other side added placed after the key it follows there. Null when
	 * both reordered differently.
	 *
	 * @param kept
	 *            keys one side deleted that stay because the other changed them
	 */
	static List<Object> order(List<Object> base, List<Object> ours, List<Object> theirs, Set<Object> kept) {
		// most lists of a model changed on one side or on neither: no sets needed
		if (kept.isEmpty() && (ours.equals(theirs) || base.equals(theirs))) {
			return ours;
		}
		if (kept.isEmpty() && base.equals(ours)) {
			return theirs;
		}
		// sets to look in: a list's contains would make this quadratic in the 5,000 projects of a portfolio
		Set<Object> common = new HashSet<>(base);
		common.retainAll(new HashSet<>(ours));
		common.retainAll(new HashSet<>(theirs));
		List<Object> b = base.stream().filter(common::contains).toList();
		List<Object> o = ours.stream().filter(common::contains).toList();
		List<Object> t = theirs.stream().filter(common::contains).toList();
		if (!o.equals(b) && !t.equals(b) && !o.equals(t)) {
			return null;
		}
		boolean theirsLeads = !t.equals(b) && o.equals(b);
		List<Object> lead = theirsLeads ? theirs : ours;
		List<Object> other = theirsLeads ? ours : theirs;
		Set<Object> inBase = new HashSet<>(base);
		Set<Object> inOther = new HashSet<>(other);
		List<Object> result = new ArrayList<>(lead.stream().filter(key -> !inBase.contains(key) || inOther.contains(key) || kept.contains(key)).toList());
		Set<Object> placed = new LinkedHashSet<>(result);
		Object after = null;
		for (Object key : other) {
			if (!placed.contains(key) && (!inBase.contains(key) || kept.contains(key))) {
				result.add(after == null ? 0 : result.indexOf(after) + 1, key);
				placed.add(key);
			}
			if (placed.contains(key)) {
				after = key;
			}
		}
		return result;
	}

	/** A copy of an object of theirs, its references to be pointed at ours. */
	private EObject copyOfTheirs(EObject object) {
		return references.copy(object);
	}

	// keys and comparison

	/** The object's id, else its place: the key of its container, the containing feature and the index in it. */
	static String key(EObject object) {
		String identity = identity(object);
		if (identity != null) {
			return identity;
		}
		EObject container = object.eContainer();
		if (container == null) {
			return "/"; //$NON-NLS-1$
		}
		EReference feature = object.eContainmentFeature();
		String place = key(container) + "/@" + feature.getName(); //$NON-NLS-1$
		return feature.isMany() ? place + "." + ((List<?>) container.eGet(feature)).indexOf(object) : place; //$NON-NLS-1$
	}

	/** The objects of a model by their keys, the root's included. */
	static Map<String, EObject> index(EObject root) {
		Map<String, EObject> objects = new HashMap<>();
		objects.put(key(root), root);
		root.eAllContents().forEachRemaining(object -> objects.putIfAbsent(key(object), object));
		return objects;
	}

	/** What tells an object from another in its place: its proxy's address, or its id; null for neither. */
	private static String identity(EObject object) {
		if (object.eIsProxy()) {
			return ((InternalEObject) object).eProxyURI().toString();
		}
		String id = EcoreUtil.getID(object);
		return id == null || id.isEmpty() ? null : id;
	}

	/** A single feature's value, {@link #UNSET} when not set; for references the target's key. */
	static Object state(EObject object, EStructuralFeature feature) {
		if (!object.eIsSet(feature)) {
			return UNSET;
		}
		return object.eGet(feature, false);
	}

	static boolean equal(Object one, Object other) {
		if (one instanceof EObject a && other instanceof EObject b) {
			return key(a).equals(key(b));
		}
		return Objects.equals(one, other);
	}

	/** A list feature's elements as compared: references by key, attribute values themselves. */
	static List<Object> keys(EObject object, EStructuralFeature feature) {
		return values(object, feature).stream().map(value -> value instanceof EObject target ? key(target) : value).toList();
	}

	static List<Object> values(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature, false);
		if (feature.isMany()) {
			return new ArrayList<>((Collection<?>) value);
		}
		return value == null ? List.of() : List.of(value);
	}

	/** The contained objects as they are now: a copy of the list, which the merge may change after. */
	@SuppressWarnings("unchecked")
	static List<EObject> contents(EObject object, EReference reference) {
		return (List<EObject>) (List<?>) values(object, reference);
	}

	static boolean identified(List<EObject> objects) {
		return objects.stream().allMatch(object -> {
			String id = EcoreUtil.getID(object);
			return id != null && !id.isEmpty();
		});
	}

	static Map<Object, EObject> byKey(List<EObject> objects) {
		Map<Object, EObject> map = new LinkedHashMap<>();
		objects.forEach(object -> map.putIfAbsent(key(object), object));
		return map;
	}

	private static boolean distinct(List<Object> values) {
		return new HashSet<>(values).size() == values.size();
	}

	private static boolean sameClasses(List<EObject> ours, List<EObject> theirs) {
		for (int i = 0; i < ours.size(); i++) {
			if (ours.get(i).eClass() != theirs.get(i).eClass()) {
				return false;
			}
		}
		return true;
	}

	static boolean sameLists(List<EObject> one, List<EObject> other) {
		if (one.size() != other.size()) {
			return false;
		}
		for (int i = 0; i < one.size(); i++) {
			if (!same(one.get(i), other.get(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether two objects of different models, each in the other's place (as every caller matched them), hold the same:
	 * ids, values, references by key, contents alike. Their paths are not compared: they are those places, and building
	 * a path searches the list holding the object, for every object of a long list.
	 */
	static boolean same(EObject one, EObject other) {
		if (one == null || other == null) {
			return one == other;
		}
		if (one.eClass() != other.eClass() || !Objects.equals(identity(one), identity(other))) {
			return false;
		}
		for (EStructuralFeature feature : one.eClass().getEAllStructuralFeatures()) {
			if (!merges(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (!sameLists(contents(one, reference), contents(other, reference))) {
					return false;
				}
			} else if (feature instanceof EAttribute && !feature.isMany()) {
				if (!Objects.equals(state(one, feature), state(other, feature))) {
					return false;
				}
			} else if (!keys(one, feature).equals(keys(other, feature)) || one.eIsSet(feature) != other.eIsSet(feature)) {
				return false;
			}
		}
		return true;
	}

	// conflicts

	private void conflict(EObject object, String feature, Object base, Object ours, Object theirs) {
		conflicts.add(new Conflict(key(object), ObjectLabels.describe(object), feature, shown(base), shown(ours), shown(theirs)));
	}

	static String shown(Object value) {
		if (value instanceof EObject object) {
			return label(object);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(ModelMerge::shown).collect(Collectors.joining(", ", "[", "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return String.valueOf(value);
	}

	static String label(EObject object) {
		return object == null ? UNSET.toString() : object.eIsProxy() ? key(object) : ObjectLabels.of(object);
	}

	private static List<String> labels(List<EObject> objects) {
		return objects.stream().map(ModelMerge::label).toList();
	}

	private static String deleted() {
		return TeamMessages.format("deleted"); //$NON-NLS-1$
	}
}
