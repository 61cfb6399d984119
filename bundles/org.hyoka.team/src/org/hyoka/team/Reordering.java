package org.hyoka.team;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which entries of two versions of a list of objects without ids are one entry that changed places: entries holding
 * the same wherever they are (their contents, not their keys, which are their places), then each entry left with the
 * entry of its class it is most alike, as when a secretariat moves a row of a score table and edits it. In a list
 * that gained or lost entries, an entry left without a counterpart was added or removed, so that a row inserted
 * before others does not read as an edit of every row after it.
 */
final class Reordering {

	private Reordering() {
	}

	/**
	 * For each entry of after, the index of its entry in before, -1 for an entry added; null when every entry kept its
	 * place (entries added or removed at the end only). In a list that kept its length, too, an entry left without a
	 * counterpart of its class was added, another removed: compared by place, an entry inserted at the top and the
	 * last removed read as an edit of every entry, and an edit of the other side landed on its neighbour.
	 */
	static int[] match(List<EObject> before, List<EObject> after) {
		List<List<Object>> was = before.stream().map(Reordering::content).toList();
		List<List<Object>> is = after.stream().map(Reordering::content).toList();
		if (was.equals(is)) {
			return null;
		}
		int[] matched = new int[after.size()];
		Arrays.fill(matched, -1);
		boolean[] taken = new boolean[before.size()];
		// by a map of contents: a list's indexOf would make a long list quadratic
		Map<List<Object>, Deque<Integer>> unchanged = new HashMap<>();
		for (int i = 0; i < was.size(); i++) {
			unchanged.computeIfAbsent(was.get(i), content -> new ArrayDeque<>()).add(i);
		}
		for (int j = 0; j < is.size(); j++) {
			Deque<Integer> same = unchanged.get(is.get(j));
			if (same != null && !same.isEmpty()) {
				matched[j] = same.poll();
				taken[matched[j]] = true;
			}
		}
		for (int j = 0; j < is.size(); j++) {
			if (matched[j] < 0) {
				int best = edited(was, is.get(j), j, taken);
				matched[j] = best;
				if (best >= 0) {
					taken[best] = true;
				}
			}
		}
		for (int j = 0; j < Math.min(before.size(), after.size()); j++) {
			if (matched[j] != j) {
				return matched;
			}
		}
		return null;
	}

	/**
	 * For each entry of before, the index of its entry in after: the inverse of a match of two lists of one length,
	 * every entry in its place where the match is null.
	 */
	static int[] places(int[] matched, int size) {
		int[] places = new int[size];
		for (int i = 0; i < size; i++) {
			places[i] = matched == null ? i : -1;
		}
		if (matched != null) {
			for (int j = 0; j < matched.length; j++) {
				places[matched[j]] = j;
			}
		}
		return places;
	}

	/** The indices of before's entries that match no entry of after: those removed. */
	static List<Integer> removed(int[] matched, int before) {
		boolean[] kept = new boolean[before];
		for (int i : matched) {
			if (i >= 0) {
				kept[i] = true;
			}
		}
		List<Integer> removed = new ArrayList<>();
		for (int i = 0; i < before; i++) {
			if (!kept[i]) {
				removed.add(i);
			}
		}
		return removed;
	}

	/**
	 * The entry of before not matched yet that after's entry at the index is an edit of: of its class, with the most
	 * values in common, the nearest of those; at its own place even with none in common. -1 for none.
	 */
	private static int edited(List<List<Object>> was, List<Object> entry, int index, boolean[] taken) {
		int best = -1;
		int bestAlike = 0;
		for (int i = 0; i < was.size(); i++) {
			if (taken[i] || was.get(i).get(0) != entry.get(0)) {
				continue;
			}
			int alike = alike(was.get(i), entry);
			if ((alike > 0 || i == index) && (best < 0 || alike > bestAlike || alike == bestAlike && Math.abs(i - index) < Math.abs(best - index))) {
				best = i;
				bestAlike = alike;
			}
		}
		return best;
	}

	/** How many features two contents of one class both hold a value of, the same. */
	private static int alike(List<Object> one, List<Object> other) {
		int alike = 0;
		for (int k = 1; k < one.size(); k++) {
			Object value = one.get(k);
			if (value != ModelMerge.UNSET && !(value instanceof List<?> list && list.isEmpty()) && Objects.equals(value, other.get(k))) {
				alike++;
			}
		}
		return alike;
	}

	/**
	 * Which entries moved, by after's index: those outside a longest run of entries that kept their order. A row
	 * moved up by one is one entry moved, though the row below it changed its place too; an entry added did not move.
	 */
	static boolean[] moved(int[] matched) {
		int[] tails = new int[matched.length];
		int[] previous = new int[matched.length];
		int length = 0;
		for (int j = 0; j < matched.length; j++) {
			if (matched[j] < 0) {
				continue;
			}
			int low = 0;
			int high = length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (matched[tails[middle]] < matched[j]) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			previous[j] = low > 0 ? tails[low - 1] : -1;
			tails[low] = j;
			length = Math.max(length, low + 1);
		}
		boolean[] moved = new boolean[matched.length];
		for (int j = 0; j < matched.length; j++) {
			moved[j] = matched[j] >= 0;
		}
		for (int j = length == 0 ? -1 : tails[length - 1]; j >= 0; j = previous[j]) {
			moved[j] = false;
		}
		return moved;
	}

	/**
	 * What an object holds, wherever it is: its class, then per feature the merge reads its value, the keys of the
	 * objects it refers to, or the contents of the objects it contains.
	 */
	static List<Object> content(EObject object) {
		List<Object> content = new ArrayList<>();
		content.add(object.eClass());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!ModelMerge.merges(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				content.add(ModelMerge.contents(object, reference).stream().map(Reordering::content).toList());
			} else if (feature.isMany()) {
				content.add(ModelMerge.keys(object, feature));
			} else {
				Object value = ModelMerge.state(object, feature);
				content.add(value instanceof EObject target ? ModelMerge.key(target) : value);
			}
		}
		return content;
	}
}
