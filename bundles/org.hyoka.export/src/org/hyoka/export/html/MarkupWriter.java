package org.hyoka.export.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.hyoka.core.report.SafeText;

/**
 * Writes XHTML that HTML browsers and XML parsers read alike. Every text and attribute value passes through
 * {@link #escape}, so data can never become markup: {@code <script>} in a name stays text, and characters XML
 * does not allow (C0/C1 controls, non-characters, lone surrogates) become U+FFFD.
 */
final class MarkupWriter {

	/** Elements HTML writes without an end tag; any other element gets one even when empty. */
	private static final Set<String> VOID = Set.of("meta", "br", "hr", "col"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final Writer out;
	private final Deque<String> open = new ArrayDeque<>();
	private boolean inStartTag;

	MarkupWriter(Writer out) {
		this.out = out;
	}

	/** Writes markup the exporter itself wrote: never pass data here. */
	MarkupWriter raw(String markup) throws IOException {
		closeStartTag();
		out.write(markup);
		return this;
	}

	MarkupWriter start(String element) throws IOException {
		closeStartTag();
		out.write('<');
		out.write(element);
		open.push(element);
		inStartTag = true;
		return this;
	}

	MarkupWriter attribute(String name, String value) throws IOException {
		if (!inStartTag) {
			throw new IllegalStateException("attribute " + name + " outside a start tag"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.write(' ');
		out.write(name);
		out.write("=\""); //$NON-NLS-1$
		out.write(escape(value, true));
		out.write('"');
		return this;
	}

	MarkupWriter text(String text) throws IOException {
		closeStartTag();
		out.write(escape(text, false));
		return this;
	}

	MarkupWriter end() throws IOException {
		String element = open.pop();
		if (inStartTag && VOID.contains(element)) {
			out.write(" />"); //$NON-NLS-1$
			inStartTag = false;
			return this;
		}
		closeStartTag();
		out.write("</"); //$NON-NLS-1$
		out.write(element);
		out.write('>');
		return this;
	}

	/** An element holding only text. */
	MarkupWriter element(String element, String text) throws IOException {
		return start(element).text(text).end();
	}

	/** An element with a class attribute holding only text. */
	MarkupWriter element(String element, String cssClass, String text) throws IOException {
		return start(element).attribute("class", cssClass).text(text).end(); //$NON-NLS-1$
	}

	void flush() throws IOException {
		if (!open.isEmpty()) {
			throw new IllegalStateException("unclosed elements " + open); //$NON-NLS-1$
		}
		out.flush();
	}

	private void closeStartTag() throws IOException {
		if (inStartTag) {
			out.write('>');
			inStartTag = false;
		}
	}

	/** The text with markup characters as entities and characters XML forbids replaced. */
	static String escape(String text, boolean attribute) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
			case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
			case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
			case '"' -> escaped.append(attribute ? "&quot;" : "\""); //$NON-NLS-1$ //$NON-NLS-2$
			// attribute values normalise white space: keep line breaks and tabs as references
			case '\n' -> escaped.append(attribute ? "&#10;" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			case '\t' -> escaped.append(attribute ? "&#9;" : "\t"); //$NON-NLS-1$ //$NON-NLS-2$
			case '\r' -> escaped.append(attribute ? "&#13;" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					escaped.append(c).append(text.charAt(++i));
				} else {
					escaped.append(SafeText.isDocumentCharacter(c) ? c : SafeText.REPLACEMENT);
				}
			}
			}
		}
		return escaped.toString();
	}
}
