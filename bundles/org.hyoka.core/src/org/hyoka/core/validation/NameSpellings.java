package org.hyoka.core.validation;

import java.text.Normalizer;

/**
 * How the rules compare names and texts the reports print. Width and spacing are typesetting, not spelling: 「新家 一男」
 * and 「新家一男」, 「ＭＡＢ」 and 「MAB」 are one spelling. Two spellings differ in one character, as 「坂元 亨宇」 and
 * 「坂元 享宇」 (a misread or old form of a kanji) or 「TRAHED」 and 「TRHED」 do; a name cut short (「加藤」 for
 * 「加藤 紘」) is a short form, not another spelling.
 */
final class NameSpellings {

	private NameSpellings() {
	}

	/** The text without its width and spacing: NFKC (full-width letters and digits to half width), no white space. */
	static String normal(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether the two are one name spelled two ways: one character replaced, added or left out, and not a short form. */
	static boolean variants(String a, String b) {
		String x = normal(a);
		String y = normal(b);
		if (x.equals(y) || x.startsWith(y) || y.startsWith(x) || Math.min(x.length(), y.length()) < 3) {
			return false;
		}
		return oneEdit(x, y);
	}

	private static boolean oneEdit(String x, String y) {
		String longer = x.length() >= y.length() ? x : y;
		String shorter = longer == x ? y : x;
		if (longer.length() - shorter.length() > 1) {
			return false;
		}
		int i = 0;
		while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
			i++;
		}
		// the rest after the one difference: the same, with the longer one's character skipped or both replaced
		return longer.length() == shorter.length() ? longer.substring(i + 1).equals(shorter.substring(i + 1))
				: longer.substring(i + 1).equals(shorter.substring(i));
	}
}
