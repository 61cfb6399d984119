package org.hyoka.editor.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Where a phrase occurs in the texts and figures a user typed into an evaluation: every text attribute of every object
 * in the file, add-ons' included, and every decimal figure (amounts, stated averages, values) as its field shows it,
 * in plain notation, in the order of the Outline. Half- and full-width forms and upper and lower case match each other
 * (「２０１７」 finds 2017, 「ａｉ」 finds AI), as Word's Japanese search does by default.
 */
final class TextSearch {

	/**
	 * An occurrence: characters {@code start} to {@code end} of the value of the owner's attribute, of its value at
	 * {@code index} for a list of texts (else -1).
	 */
	record Match(EObject owner, EAttribute attribute, int index, int start, int end) {

		String value() {
			return TextSearch.value(owner, attribute, index);
		}

		/** Whether it is in a figure, which is typed anew in its field rather than replaced in place. */
		boolean inFigure() {
			return figure(attribute);
		}
	}

	private TextSearch() {
	}

	/** Every occurrence of the phrase in the resource's texts; none for a blank phrase. */
	static List<Match> all(Resource resource, String phrase) {
		List<Match> matches = new ArrayList<>();
		Folded wanted = new Folded(phrase);
		if (resource == null || wanted.text.isBlank()) {
			return matches;
		}
		for (TreeIterator<EObject> objects = resource.getAllContents(); objects.hasNext();) {
			EObject object = objects.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if ((typed(attribute) || figure(attribute)) && object.eIsSet(attribute)) {
					if (attribute.isMany()) {
						for (int index = 0; index < ((List<?>) object.eGet(attribute)).size(); index++) {
							find(object, attribute, index, value(object, attribute, index), wanted, matches);
						}
					} else {
						find(object, attribute, -1, value(object, attribute, -1), wanted, matches);
					}
				}
			}
		}
		return matches;
	}

	/**
	 * The index of the first of the matches after the position (a match shown before, whose text may have changed
	 * since), or of the last one before it; -1 when there is none on that side.
	 */
	static int beside(Resource resource, List<Match> matches, Match position, boolean after) {
		Map<EObject, Integer> order = new HashMap<>();
		resource.getAllContents().forEachRemaining(object -> order.put(object, order.size()));
		Comparator<Match> inText = Comparator.comparingInt((Match match) -> order.getOrDefault(match.owner(), -1))
				.thenComparingInt(match -> match.owner().eClass().getEAllAttributes().indexOf(match.attribute())).thenComparingInt(Match::index);
		if (after) {
			for (int i = 0; i < matches.size(); i++) {
				int text = inText.compare(matches.get(i), position);
				if (text > 0 || text == 0 && matches.get(i).start() >= position.end()) {
					return i;
				}
			}
			return -1;
		}
		for (int i = matches.size() - 1; i >= 0; i--) {
			int text = inText.compare(matches.get(i), position);
			if (text < 0 || text == 0 && matches.get(i).start() < position.start()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether the match's place still holds the phrase (an edit since may have changed the text): the object is in
	 * the file still, and its text there folds to the phrase's form.
	 */
	static boolean stillAt(Match match, String phrase) {
		if (match.owner().eResource() == null || !match.owner().eIsSet(match.attribute())
				|| match.index() >= 0 && match.index() >= ((List<?>) match.owner().eGet(match.attribute())).size()) {
			return false;
		}
		String value = match.value();
		return value != null && match.end() <= value.length()
				&& new Folded(value.substring(match.start(), match.end())).text.equals(new Folded(phrase).text);
	}

	/** The text with every occurrence of the phrase in it replaced, as {@link #all} finds them. */
	static String replaced(String text, String phrase, String with) {
		List<Match> in = new ArrayList<>();
		find(null, null, -1, text, new Folded(phrase), in);
		StringBuilder result = new StringBuilder(text);
		for (int i = in.size() - 1; i >= 0; i--) {
			result.replace(in.get(i).start(), in.get(i).end(), with);
		}
		return result.toString();
	}

	/** A text the user typed: a string that the file keeps, not one the model derives or makes up as an id. */
	private static boolean typed(EAttribute attribute) {
		return attribute.getEAttributeType().getInstanceClass() == String.class && kept(attribute) && !attribute.isID();
	}

	/**
	 * A decimal figure the user typed (an amount, a stated average, a value), found as its cell shows it (1,200); whole
	 * numbers are left out, since years show as the report prints them (平成30年度), not as kept.
	 */
	private static boolean figure(EAttribute attribute) {
		return attribute.getEAttributeType().getInstanceClass() == BigDecimal.class && kept(attribute);
	}

	private static boolean kept(EAttribute attribute) {
		return attribute.isChangeable() && !attribute.isDerived() && !attribute.isTransient();
	}

	/** The text as its field or cell shows it: a figure as the report prints it. */
	static String value(EObject owner, EAttribute attribute, int index) {
		Object value = owner.eGet(attribute);
		Object one = index < 0 ? value : ((List<?>) value).get(index);
		return one instanceof BigDecimal figure ? Texts.amount(figure) : (String) one;
	}

	private static void find(EObject owner, EAttribute attribute, int index, String text, Folded wanted, List<Match> into) {
		if (text == null) {
			return;
		}
		Folded folded = new Folded(text);
		for (int at = folded.text.indexOf(wanted.text); at >= 0; at = folded.text.indexOf(wanted.text, at + wanted.text.length())) {
			int[] range = folded.original(at, at + wanted.text.length());
			into.add(new Match(owner, attribute, index, range[0], range[1]));
		}
	}

	/**
	 * A text in the form compared (each character's compatibility form, in lower case), with where each of its
	 * characters came from in the original, so that a match can be shown and replaced there.
	 */
	private static final class Folded {

		final String text;
		private final int[] starts;
		private final int[] ends;

		Folded(String original) {
			StringBuilder folded = new StringBuilder(original.length());
			List<int[]> from = new ArrayList<>(original.length());
			for (int i = 0; i < original.length();) {
				int codePoint = original.codePointAt(i);
				int next = i + Character.charCount(codePoint);
				String one = Normalizer.normalize(original.substring(i, next), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
				for (int k = 0; k < one.length(); k++) {
					from.add(new int[] { i, next });
				}
				folded.append(one);
				i = next;
			}
			text = folded.toString();
			starts = from.stream().mapToInt(range -> range[0]).toArray();
			ends = from.stream().mapToInt(range -> range[1]).toArray();
		}

		/** The original characters that the folded ones from {@code start} to {@code end} came from. */
		int[] original(int start, int end) {
			return new int[] { starts[start], ends[end - 1] };
		}
	}
}
