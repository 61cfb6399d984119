package org.hyoka.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The part writer's XML, read back by the JDK's parser: names in their namespaces, texts and values as given. */
class WordXmlTest {

	private static final String TEXT = "a & b < c > d \"e\" 'f'\tg\nh\ri 研究 😀 \uD800 end"; //$NON-NLS-1$

	@Test
	void textsAndValuesReadBackAsWritten() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		boolean[] ended = { false };
		try (WordXml xml = new WordXml(bytes, () -> ended[0] = true, "w", WordXml.W, "document", "r", WordXml.R)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			xml.start(WordXml.W, "body").empty(WordXml.W, "b", "val", TEXT).attribute("r", WordXml.R, "id", "x\"y") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					.element(WordXml.W, "t", TEXT).start(WordXml.W, "p").end(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertEquals(true, ended[0], "the part's ending ran"); //$NON-NLS-1$
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray()));
		Element root = document.getDocumentElement();
		assertEquals(WordXml.W, root.getNamespaceURI());
		Element body = (Element) root.getElementsByTagNameNS(WordXml.W, "body").item(0); //$NON-NLS-1$
		assertEquals(3, body.getChildNodes().getLength(), "b, t and p in the body"); //$NON-NLS-1$
		Element b = (Element) body.getElementsByTagNameNS(WordXml.W, "b").item(0); //$NON-NLS-1$
		String replaced = TEXT.replace('\uD800', '\uFFFD');
		assertEquals(replaced, b.getAttributeNS(WordXml.W, "val"), "an attribute in WordprocessingML's namespace"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("x\"y", b.getAttributeNS(WordXml.R, "id")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(replaced, body.getElementsByTagNameNS(WordXml.W, "t").item(0).getTextContent()); //$NON-NLS-1$
		assertEquals(0, body.getElementsByTagNameNS(WordXml.W, "p").item(0).getChildNodes().getLength()); //$NON-NLS-1$
	}

	@Test
	void onlyTextsWithWhiteSpaceAReaderCouldFoldAreMarkedToKeepIt() throws Exception {
		List<String> texts = List.of("研究 開発", " lead", "trail ", "two  spaces", "a\tb", "全角　空白", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (WordXml xml = new WordXml(bytes, () -> { }, "w", WordXml.W, "document")) { //$NON-NLS-1$ //$NON-NLS-2$
			for (String text : texts) {
				xml.t(text);
			}
		}
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		NodeList written = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray())).getElementsByTagNameNS(WordXml.W, "t"); //$NON-NLS-1$
		List<String> read = new ArrayList<>();
		List<Boolean> kept = new ArrayList<>();
		for (int i = 0; i < written.getLength(); i++) {
			Element t = (Element) written.item(i);
			read.add(t.getTextContent());
			kept.add("preserve".equals(t.getAttributeNS(XMLConstants.XML_NS_URI, "space"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertEquals(texts, read);
		assertEquals(List.of(false, true, true, true, true, false, false), kept);
	}

	@Test
	void aDefaultNamespaceLeavesAttributesUnqualified() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (WordXml xml = new WordXml(bytes, () -> { }, "", WordXml.CONTENT_TYPES, "Types")) { //$NON-NLS-1$ //$NON-NLS-2$
			xml.empty(WordXml.CONTENT_TYPES, "Default", "Extension", "png", "ContentType", "image/png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element entry = (Element) factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray()))
				.getElementsByTagNameNS(WordXml.CONTENT_TYPES, "Default").item(0); //$NON-NLS-1$
		assertEquals("image/png", entry.getAttribute("ContentType")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("", entry.getAttributeNS(WordXml.CONTENT_TYPES, "ContentType"), "unqualified"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
