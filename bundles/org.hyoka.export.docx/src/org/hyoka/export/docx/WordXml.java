package org.hyoka.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;

import org.hyoka.export.Exports;

/**
 * One XML part of the Word package, written element by element as UTF-8 into its zip entry. Texts and attribute
 * values are escaped here; the outline has already replaced characters XML does not allow. The JDK's StAX writer did
 * this before, and was a third of a large export (docs/benchmarks.md, issue 51): it looks each namespace up for
 * every element and writes every byte on its own.
 */
final class WordXml implements AutoCloseable {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$
	static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"; //$NON-NLS-1$
	static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"; //$NON-NLS-1$
	static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main"; //$NON-NLS-1$
	static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart"; //$NON-NLS-1$
	static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"; //$NON-NLS-1$
	/** Word's own groups of shapes and shapes (Word 2010 on). */
	static final String WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"; //$NON-NLS-1$
	static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"; //$NON-NLS-1$
	/** Markup compatibility: content a reader may choose by what it knows, or ignore. */
	static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"; //$NON-NLS-1$
	/** Word 2010's additions to WordprocessingML and to its drawings, which Word declares ignorable. */
	static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml"; //$NON-NLS-1$
	static final String WP14 = "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"; //$NON-NLS-1$
	static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"; //$NON-NLS-1$
	static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"; //$NON-NLS-1$

	private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r"); //$NON-NLS-1$
	/** The last start tag is closed, still open for attributes, or that of an empty element. */
	private static final int CLOSED = 0;
	private static final int START = 1;
	private static final int EMPTY = 2;

	/** What ends the part once its XML is written: the zip entry's closing, or the file's. */
	@FunctionalInterface
	interface Ending {
		void run() throws IOException;
	}

	private final OutputStream target;
	private final Ending ending;
	private final byte[] buffer = new byte[1 << 13];
	private int size;
	private final Map<String, String> prefixes = new HashMap<>();
	/** The open elements' prefixes and local names, one after the other. */
	private String[] open = new String[32];
	private int depth;
	private int tag = CLOSED;

	/** Starts the part {@code name} in {@code zip}, with its root element in namespace {@code uri}. */
	static WordXml part(ZipOutputStream zip, String name, String prefix, String uri, String root, String... prefixesAndUris)
			throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		return new WordXml(Exports.keepOpen(zip), zip::closeEntry, prefix, uri, root, prefixesAndUris);
	}

	/**
	 * Starts XML into {@code target}, the root element in namespace {@code uri} with {@code prefix} (empty: the
	 * default namespace) and the other namespaces' prefixes declared; {@code ending} runs after the document ends.
	 */
	WordXml(OutputStream target, Ending ending, String prefix, String uri, String root, String... prefixesAndUris) throws IOException {
		this.target = target;
		this.ending = ending;
		prefixes.put(uri, prefix);
		for (int i = 0; i < prefixesAndUris.length; i += 2) {
			prefixes.put(prefixesAndUris[i + 1], prefixesAndUris[i]);
		}
		ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"); //$NON-NLS-1$
		start(uri, root);
		attribute(prefix.isEmpty() ? "" : "xmlns", uri, prefix.isEmpty() ? "xmlns" : prefix, uri); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (int i = 0; i < prefixesAndUris.length; i += 2) {
			attribute("xmlns", prefixesAndUris[i + 1], prefixesAndUris[i], prefixesAndUris[i + 1]); //$NON-NLS-1$
		}
	}

	WordXml start(String uri, String local) throws IOException {
		closeTag();
		String prefix = prefix(uri);
		if (depth + 2 > open.length) {
			open = Arrays.copyOf(open, 2 * open.length);
		}
		open[depth++] = prefix;
		open[depth++] = local;
		put('<');
		name(prefix, local);
		tag = START;
		return this;
	}

	/** An element without content, with attributes given as local name, value, local name, value… */
	WordXml empty(String uri, String local, String... attributes) throws IOException {
		closeTag();
		put('<');
		name(prefix(uri), local);
		tag = EMPTY;
		return attributes(uri, attributes);
	}

	/** Attributes in the element's namespace (as WordprocessingML wants them), or unqualified for other parts. */
	WordXml attributes(String uri, String... attributes) throws IOException {
		String prefix = W.equals(uri) ? prefix(W) : ""; //$NON-NLS-1$
		for (int i = 0; i < attributes.length; i += 2) {
			attribute(prefix, uri, attributes[i], attributes[i + 1]);
		}
		return this;
	}

	/** An attribute of another namespace, such as {@code r:id} or {@code xml:space}; unqualified without a prefix. */
	WordXml attribute(String prefix, String uri, String local, String value) throws IOException {
		put(' ');
		name(prefix, local);
		put('=');
		put('"');
		escaped(value, true);
		put('"');
		return this;
	}

	WordXml text(String text) throws IOException {
		closeTag();
		escaped(text, false);
		return this;
	}

	/** An element holding only text. */
	WordXml element(String uri, String local, String text) throws IOException {
		return start(uri, local).text(text).end();
	}

	/** A run of text in WordprocessingML, its line breaks as Word line breaks. */
	WordXml run(String text, boolean bold, boolean underline) throws IOException {
		start(W, "r"); //$NON-NLS-1$
		if (bold || underline) {
			start(W, "rPr"); //$NON-NLS-1$
			if (bold) {
				empty(W, "b"); //$NON-NLS-1$
			}
			if (underline) {
				empty(W, "u", "val", "single"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			end();
		}
		// most texts are one line: no pattern is matched for them
		String[] lines = text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? new String[] { text } : LINE_BREAK.split(text, -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				empty(W, "br"); //$NON-NLS-1$
			}
			t(lines[i]);
		}
		return end();
	}

	/**
	 * A line of text in WordprocessingML, marked to keep its white space only when it has some that a reader could
	 * fold: at either end, two in a row, or a tab (most texts have none, and the mark was a tenth of the document).
	 */
	WordXml t(String line) throws IOException {
		start(W, "t"); //$NON-NLS-1$
		if (foldable(line)) {
			attribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text(line).end();
	}

	private static boolean foldable(String line) {
		if (line.isEmpty()) {
			return false;
		}
		if (Character.isWhitespace(line.charAt(0)) || Character.isWhitespace(line.charAt(line.length() - 1))) {
			return true;
		}
		for (int i = 1; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\t' || Character.isWhitespace(c) && Character.isWhitespace(line.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	/** Ends the element started last, after the empty element written since, if any. */
	WordXml end() throws IOException {
		if (tag == START) {
			ascii("/>"); //$NON-NLS-1$
			depth -= 2;
		} else {
			closeTag();
			ascii("</"); //$NON-NLS-1$
			name(open[depth - 2], open[depth - 1]);
			put('>');
			depth -= 2;
		}
		tag = CLOSED;
		return this;
	}

	/** Ends the root element, the document and the part. */
	@Override
	public void close() throws IOException {
		while (depth > 0) {
			end();
		}
		target.write(buffer, 0, size);
		size = 0;
		ending.run();
	}

	private String prefix(String uri) {
		String prefix = prefixes.get(uri);
		if (prefix == null) {
			throw new IllegalArgumentException("No prefix declared for " + uri); //$NON-NLS-1$
		}
		return prefix;
	}

	/** Ends the start tag open for attributes, if one is. */
	private void closeTag() throws IOException {
		if (tag == START) {
			put('>');
		} else if (tag == EMPTY) {
			ascii("/>"); //$NON-NLS-1$
		}
		tag = CLOSED;
	}

	private void name(String prefix, String local) throws IOException {
		if (!prefix.isEmpty()) {
			ascii(prefix);
			put(':');
		}
		ascii(local);
	}

	/** Text as UTF-8, markup characters as references; in an attribute also quotes and the white space XML would fold. */
	private void escaped(String text, boolean attribute) throws IOException {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> ascii("&amp;"); //$NON-NLS-1$
			case '<' -> ascii("&lt;"); //$NON-NLS-1$
			case '>' -> ascii("&gt;"); //$NON-NLS-1$
			case '"' -> ascii(attribute ? "&quot;" : "\""); //$NON-NLS-1$ //$NON-NLS-2$
			case '\r' -> ascii("&#13;"); // a bare carriage return would be read as a line feed //$NON-NLS-1$
			case '\n' -> ascii(attribute ? "&#10;" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			case '\t' -> ascii(attribute ? "&#9;" : "\t"); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				if (c < 0x80) {
					put(c);
				} else if (c < 0x800) {
					put((char) (0xC0 | c >> 6));
					put((char) (0x80 | c & 0x3F));
				} else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					int point = Character.toCodePoint(c, text.charAt(++i));
					put((char) (0xF0 | point >> 18));
					put((char) (0x80 | point >> 12 & 0x3F));
					put((char) (0x80 | point >> 6 & 0x3F));
					put((char) (0x80 | point & 0x3F));
				} else {
					// half a surrogate pair cannot be written in UTF-8: the replacement character, as the outline would
					char written = Character.isSurrogate(c) ? '\uFFFD' : c;
					put((char) (0xE0 | written >> 12));
					put((char) (0x80 | written >> 6 & 0x3F));
					put((char) (0x80 | written & 0x3F));
				}
			}
			}
		}
	}

	private void ascii(String text) throws IOException {
		for (int i = 0; i < text.length(); i++) {
			put(text.charAt(i));
		}
	}

	/** One byte: a character below 0x80, or a byte of a character's UTF-8. */
	private void put(char value) throws IOException {
		if (size == buffer.length) {
			target.write(buffer, 0, size);
			size = 0;
		}
		buffer[size++] = (byte) value;
	}
}
