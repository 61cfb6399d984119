package org.hyoka.core.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.hyoka.model.evaluation.EvaluationItem;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's Hyoka preferences (Window &gt; Preferences &gt; Hyoka), kept in the instance scope, that is with the
 * workspace. A product may change the defaults in its {@code plugin_customization.ini} under the node {@link #NODE}.
 */
public final class HyokaPreferences {

	/** How fiscal years are labelled: 2019年度 (Western) or 令和元年度 (Japanese era). */
	public enum FiscalYearLabels {
		WESTERN, JAPANESE_ERA
	}

	public static final String NODE = "org.hyoka.core"; //$NON-NLS-1$
	public static final String FISCAL_YEAR_LABELS = "fiscalYearLabels"; //$NON-NLS-1$
	/** Items of the 評点法 a new evaluation scores, as item names separated by commas: {@code I1,I2,…}. */
	public static final String DEFAULT_ITEMS = "defaultItems"; //$NON-NLS-1$
	/** The name of the user, recorded as the author of what they write, e.g. a comment. */
	public static final String AUTHOR_NAME = "authorName"; //$NON-NLS-1$

	/** Items 1–7 of the METI guideline's 評点法. */
	public static final List<EvaluationItem> GUIDELINE_ITEMS = List.of(EvaluationItem.I1, EvaluationItem.I2,
			EvaluationItem.I3, EvaluationItem.I4, EvaluationItem.I5, EvaluationItem.I6, EvaluationItem.I7);

	private HyokaPreferences() {
	}

	public static FiscalYearLabels fiscalYearLabels() {
		return labels(get(FISCAL_YEAR_LABELS, null));
	}

	/** The labels without a choice of the user: the product's default, else Japanese era labels. */
	public static FiscalYearLabels productFiscalYearLabels() {
		return labels(productDefault(FISCAL_YEAR_LABELS));
	}

	private static FiscalYearLabels labels(String value) {
		for (FiscalYearLabels labels : FiscalYearLabels.values()) {
			if (labels.name().equals(value)) {
				return labels;
			}
		}
		return FiscalYearLabels.JAPANESE_ERA;
	}

	public static void setFiscalYearLabels(FiscalYearLabels labels) throws BackingStoreException {
		put(FISCAL_YEAR_LABELS, labels.name());
	}

	/** The items a new evaluation's score tables list; the guideline's seven when the preference names none. */
	public static List<EvaluationItem> defaultItems() {
		return itemsOrGuideline(get(DEFAULT_ITEMS, "")); //$NON-NLS-1$
	}

	/** The items without a choice of the user: the product's default, else the guideline's seven. */
	public static List<EvaluationItem> productDefaultItems() {
		return itemsOrGuideline(productDefault(DEFAULT_ITEMS));
	}

	private static List<EvaluationItem> itemsOrGuideline(String text) {
		List<EvaluationItem> items = parseItems(text == null ? "" : text); //$NON-NLS-1$
		return items.isEmpty() ? GUIDELINE_ITEMS : items;
	}

	public static void setDefaultItems(List<EvaluationItem> items) throws BackingStoreException {
		put(DEFAULT_ITEMS, formatItems(items));
	}

	/** The user's name as they entered it, without surrounding blanks; empty when they entered none. */
	public static String authorName() {
		return get(AUTHOR_NAME, "").strip(); //$NON-NLS-1$
	}

	/** The author's name without a choice of the user: the product's default, else empty. */
	public static String productAuthorName() {
		String name = productDefault(AUTHOR_NAME);
		return name == null ? "" : name.strip(); //$NON-NLS-1$
	}

	public static void setAuthorName(String name) throws BackingStoreException {
		put(AUTHOR_NAME, name.strip());
	}

	/** Item names separated by commas, in order, each once; names that are not items are skipped. */
	public static List<EvaluationItem> parseItems(String text) {
		List<EvaluationItem> items = new ArrayList<>();
		for (String name : text.split(",")) { //$NON-NLS-1$
			EvaluationItem item = EvaluationItem.getByName(name.strip());
			if (item != null && item != EvaluationItem.RECOMMENDATIONS && !items.contains(item)) {
				items.add(item);
			}
		}
		return items;
	}

	public static String formatItems(List<EvaluationItem> items) {
		return items.stream().map(EvaluationItem::getName).collect(Collectors.joining(",")); //$NON-NLS-1$
	}

	private static String get(String key, String fallback) {
		return Platform.getPreferencesService().getString(NODE, key, fallback, null);
	}

	/** The value a product sets in its plugin_customization.ini, which Restore Defaults returns to; null if none. */
	private static String productDefault(String key) {
		return DefaultScope.INSTANCE.getNode(NODE).get(key, null);
	}

	private static void put(String key, String value) throws BackingStoreException {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.put(key, value);
		node.flush();
	}
}
