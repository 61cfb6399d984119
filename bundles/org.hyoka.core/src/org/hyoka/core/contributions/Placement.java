package org.hyoka.core.contributions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where a contribution goes among the built-in ones: right after the one it names in {@code after}, else right before
 * the one it names in {@code before}, else at the end. Contributions placed at the same spot keep the order in which
 * they were read, so a result never depends on which bundle started first.
 *
 * @param id
 *            the contribution's id, which later contributions may name
 * @param after
 *            the id it follows, or {@code null}
 * @param before
 *            the id it precedes, or {@code null}
 */
public record Placement(String id, String after, String before) {

	/**
	 * The built-in items, in their order, with the contributed ones placed among them. An anchor that names no item
	 * puts the contribution at the end and adds a message to {@code problems}.
	 */
	public static <T> List<T> arrange(List<? extends T> builtIn, List<? extends T> contributed, Function<? super T, Placement> placement,
			List<String> problems) {
		List<T> arranged = new ArrayList<>(builtIn);
		// contributions inserted right after an anchor so far, so the next one goes after them
		List<T> atEnd = new ArrayList<>();
		for (T item : contributed) {
			Placement place = placement.apply(item);
			int index = place.after() != null ? indexOf(arranged, placement, place.after()) : -1;
			if (index >= 0) {
				index++;
				while (index < arranged.size() && place.after().equals(placement.apply(arranged.get(index)).after())
						&& contributed.contains(arranged.get(index))) {
					index++;
				}
				arranged.add(index, item);
				continue;
			}
			index = place.before() != null ? indexOf(arranged, placement, place.before()) : -1;
			if (index >= 0) {
				arranged.add(index, item);
				continue;
			}
			String anchor = place.after() != null ? place.after() : place.before();
			if (anchor != null) {
				problems.add(ContributionMessages.format("unknownAnchor", place.id(), anchor)); //$NON-NLS-1$
			}
			atEnd.add(item);
		}
		arranged.addAll(atEnd);
		return arranged;
	}

	private static <T> int indexOf(List<T> items, Function<? super T, Placement> placement, String id) {
		for (int i = 0; i < items.size(); i++) {
			if (id.equals(placement.apply(items.get(i)).id())) {
				return i;
			}
		}
		return -1;
	}
}
