package org.hyoka.cli;

/**
 * Text from files on its way to a terminal: one field of one line, and nothing the terminal would act on. Control
 * characters (escape sequences that move the cursor, retitle the window or clear the screen) and the invisible marks
 * that reorder text on screen are written as {@code \\uXXXX}.
 */
public final class Terminal {

	private Terminal() {
	}

	/** The text with line breaks and tabs turned into spaces and every other control character escaped. */
	public static String field(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder safe = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\t') {
				space = true;
				continue;
			}
			if (space) {
				safe.append(' ');
				space = false;
			}
			if (isControl(c)) {
				safe.append(String.format("\\u%04X", (int) c)); //$NON-NLS-1$
			} else {
				safe.append(c);
			}
		}
		return safe.toString().strip();
	}

	/** Whether the text holds a character {@link #field(String)} would escape or turn into a space. */
	public static boolean hasControl(String text) {
		return text != null && text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t' || isControl((char) c));
	}

	private static boolean isControl(char c) {
		return Character.getType(c) == Character.CONTROL || c == '\u061C' || c == '\u200E' || c == '\u200F'
				|| c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
	}
}
