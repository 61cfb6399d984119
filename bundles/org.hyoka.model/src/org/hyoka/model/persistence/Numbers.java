package org.hyoka.model.persistence;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as people write it into a cell or copy it from a spreadsheet or a printed report: digits of full or half
 * width, thousands grouped by commas (1,200; １，２００), a minus written as a Japanese account writes it (△300, ▲300) or
 * as a sign (−300, -300). Grouping is read only where it stands every three digits, so that 1,2 is refused rather
 * than read as twelve or as one and a fifth.
 */
public final class Numbers {

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?"); //$NON-NLS-1$
	private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+"); //$NON-NLS-1$

	private Numbers() {
	}

	/**
	 * The number the text writes, in plain notation ({@code 1200}, {@code -300.5}); empty when it writes none. The
	 * text's own notation, such as an exponent, is left to the caller's type to read.
	 */
	public static Optional<String> plain(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2212', '-').strip();
		String sign = ""; //$NON-NLS-1$
		if (!folded.isEmpty() && "-+\u25b3\u25b2".indexOf(folded.charAt(0)) >= 0) { //$NON-NLS-1$
			sign = folded.charAt(0) == '+' ? "" : "-"; //$NON-NLS-1$ //$NON-NLS-2$
			folded = folded.substring(1);
		}
		if (GROUPED.matcher(folded).matches()) {
			return Optional.of(sign + folded.replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return PLAIN.matcher(folded).matches() ? Optional.of(sign + folded) : Optional.empty();
	}
}
