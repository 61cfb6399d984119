package org.hyoka.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the beginning of a file says before the parser runs: the declared encoding and the
 * namespaces on the root element. Reads at most {@link #LIMIT} bytes and never fails; whatever it
 * cannot recognise is left to the XML parser to report.
 */
record Prolog(String encoding, List<String> namespaces, boolean empty, boolean byteOrderMark) {

	static final int LIMIT = 1 << 16;

	private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
	private static final Pattern XMLNS = Pattern.compile("xmlns(?::[\\w.-]+)?\\s*=\\s*[\"']([^\"']*)[\"']");

	/** Reads the prolog from a stream positioned at the start; the caller resets it afterwards. */
	static Prolog read(InputStream in) throws IOException {
		byte[] head = in.readNBytes(LIMIT);
		// Declarations and namespace URIs are ASCII; Latin-1 maps every byte, so decoding cannot fail.
		String text = new String(head, StandardCharsets.ISO_8859_1);
		boolean byteOrderMark = text.startsWith("\u00EF\u00BB\u00BF");
		if (byteOrderMark) {
			text = text.substring(3);
		}
		Matcher encoding = ENCODING.matcher(text);
		return new Prolog(encoding.find() ? encoding.group(1) : null, rootNamespaces(text), head.length == 0, byteOrderMark);
	}

	private static List<String> rootNamespaces(String text) {
		int index = 0;
		while (true) {
			int open = text.indexOf('<', index);
			if (open < 0 || open + 1 >= text.length()) {
				return List.of();
			}
			if (text.startsWith("<?", open)) {
				index = endOf(text, "?>", open);
			} else if (text.startsWith("<!--", open)) {
				index = endOf(text, "-->", open);
			} else if (text.startsWith("<!", open)) {
				return List.of(); // a DOCTYPE: the parser refuses it
			} else {
				int close = text.indexOf('>', open);
				if (close < 0) {
					return List.of();
				}
				List<String> namespaces = new ArrayList<>();
				Matcher xmlns = XMLNS.matcher(text.substring(open, close));
				while (xmlns.find()) {
					namespaces.add(xmlns.group(1));
				}
				return namespaces;
			}
			if (index < 0) {
				return List.of();
			}
		}
	}

	private static int endOf(String text, String end, int from) {
		int at = text.indexOf(end, from);
		return at < 0 ? -1 : at + end.length();
	}
}
