package org.hyoka.core.report;

/**
 * Text made inert for documents and spreadsheets, shared by the exporters: control characters become U+FFFD,
 * and text that a spreadsheet would run as a formula is recognised.
 */
public final class SafeText {

	public static final char REPLACEMENT = '\uFFFD';

	/** What spreadsheets read as the start of a formula (OWASP CSV injection). */
	private static final String FORMULA_STARTS = "=+-@\t\r"; //$NON-NLS-1$
	private static final String NO_AMOUNT = "-"; //$NON-NLS-1$

	private SafeText() {
	}

	/** C0 controls other than tab, line feed and carriage return, and C1 controls. */
	public static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	/** The text with every {@linkplain #isControl control character} replaced by U+FFFD; "" for null. */
	public static String withoutControls(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			clean.append(isControl(c) ? REPLACEMENT : c);
		}
		return clean.toString();
	}

	/**
	 * Text that documents (XML, PDF) can hold: controls, lone surrogates and the non-characters U+FFFE/U+FFFF
	 * become U+FFFD; tabs and line breaks stay; "" for null.
	 */
	public static String forDocument(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		int first = firstUnfit(text);
		if (first == text.length()) {
			// the common case: every block of a report passes here, most texts need nothing
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		clean.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			} else {
				clean.append(isDocumentCharacter(c) ? c : REPLACEMENT);
			}
		}
		return clean.toString();
	}

	/**
	 * The index of the first character forDocument must replace (a control character, a lone surrogate), or the
	 * length when there is none: imports refuse text that a file cannot keep, naming the character and its place.
	 */
	public static int firstUnfit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (!isDocumentCharacter(c)) {
				return i;
			}
		}
		return text.length();
	}

	/** XML 1.0 characters other than controls (C1 controls are legal XML but invisible and unsafe to pass on). */
	public static boolean isDocumentCharacter(char c) {
		return !isControl(c) && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
	}

	/**
	 * True when a spreadsheet would read the text as a formula: it starts with = + - @, a tab or a carriage return.
	 * A lone 「-」, what reports print for no amount, is no formula and stays as printed.
	 */
	public static boolean looksLikeFormula(String text) {
		return text != null && !text.isEmpty() && !NO_AMOUNT.equals(text) && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
	}
}
