package org.hyoka.export.docx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.hyoka.export.Exports;

/**
 * One XML part of the Word package, written element by element into its zip entry. Texts and attribute values are
 * escaped by the StAX writer; the outline has already replaced characters XML does not allow.
 */
final class WordXml implements AutoCloseable {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$
	static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"; //$NON-NLS-1$
	static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"; //$NON-NLS-1$
	static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main"; //$NON-NLS-1$
	static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart"; //$NON-NLS-1$
	static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"; //$NON-NLS-1$
	static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"; //$NON-NLS-1$
	static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"; //$NON-NLS-1$

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
	private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r"); //$NON-NLS-1$

	/** What ends the part once its XML is written: the zip entry's closing, or the file's. */
	@FunctionalInterface
	interface Ending {
		void run() throws IOException;
	}

	private final Writer out;
	private final Ending ending;
	private final XMLStreamWriter xml;

	/** Starts the part {@code name} in {@code zip}, with its root element in namespace {@code uri}. */
	static WordXml part(ZipOutputStream zip, String name, String prefix, String uri, String root, String... prefixesAndUris)
			throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		return new WordXml(Exports.keepOpen(zip), zip::closeEntry, prefix, uri, root, prefixesAndUris);
	}

	/** Starts XML into {@code target}; {@code ending} runs after the document ends. */
	WordXml(OutputStream target, Ending ending, String prefix, String uri, String root, String... prefixesAndUris) throws IOException {
		// Given a stream, the StAX writer encodes every character on its own into it, each byte a locked write of a
		// BufferedOutputStream; given a writer, each name, attribute and text on its own, which the encoder pays for a
		// call at a time. Each was a fifth of a large export (docs/benchmarks.md): the buffer encodes in blocks.
		this.out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
		this.ending = ending;
		try {
			xml = FACTORY.createXMLStreamWriter(out);
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0"); //$NON-NLS-1$
			if (prefix.isEmpty()) {
				xml.setDefaultNamespace(uri);
			} else {
				xml.setPrefix(prefix, uri);
			}
			xml.writeStartElement(prefix, root, uri);
			xml.writeNamespace(prefix, uri);
			for (int i = 0; i < prefixesAndUris.length; i += 2) {
				xml.setPrefix(prefixesAndUris[i], prefixesAndUris[i + 1]);
				xml.writeNamespace(prefixesAndUris[i], prefixesAndUris[i + 1]);
			}
		} catch (XMLStreamException e) {
			throw new IOException(root + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	WordXml start(String uri, String local) throws IOException {
		try {
			xml.writeStartElement(uri, local);
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** An element without content, with attributes given as local name, value, local name, value… */
	WordXml empty(String uri, String local, String... attributes) throws IOException {
		try {
			xml.writeEmptyElement(uri, local);
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return attributes(uri, attributes);
	}

	/** Attributes in the element's namespace (as WordprocessingML wants them), or unqualified for other parts. */
	WordXml attributes(String uri, String... attributes) throws IOException {
		try {
			for (int i = 0; i < attributes.length; i += 2) {
				if (W.equals(uri)) {
					xml.writeAttribute(W, attributes[i], attributes[i + 1]);
				} else {
					xml.writeAttribute(attributes[i], attributes[i + 1]);
				}
			}
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** An attribute of another namespace, such as {@code r:id} or {@code xml:space}. */
	WordXml attribute(String prefix, String uri, String local, String value) throws IOException {
		try {
			xml.writeAttribute(prefix, uri, local, value);
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	WordXml text(String text) throws IOException {
		try {
			xml.writeCharacters(text);
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
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
			start(W, "t").attribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve").text(lines[i]).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return end();
	}

	WordXml end() throws IOException {
		try {
			xml.writeEndElement();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** Ends the root element, the document and the part. */
	@Override
	public void close() throws IOException {
		try {
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		out.flush();
		ending.run();
	}
}
