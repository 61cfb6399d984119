package org.hyoka.export.html;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads exported XHTML back with the JDK's XML parser, which rejects anything not well-formed. */
final class Xhtml {

	static final String XHTML = "http://www.w3.org/1999/xhtml";
	static final String SVG = "http://www.w3.org/2000/svg";

	private Xhtml() {
	}

	static Document parse(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	/** Descendant elements of a namespace and name, having the class when one is given. */
	static List<Element> find(Node root, String namespace, String name, String cssClass) {
		List<Element> found = new ArrayList<>();
		collect(root, namespace, name, cssClass, found);
		return found;
	}

	static List<Element> find(Node root, String name, String cssClass) {
		return find(root, XHTML, name, cssClass);
	}

	static Element only(Node root, String name, String cssClass) {
		List<Element> found = find(root, name, cssClass);
		if (found.size() != 1) {
			throw new AssertionError("expected one " + name + "." + cssClass + ", found " + found.size());
		}
		return found.get(0);
	}

	private static void collect(Node node, String namespace, String name, String cssClass, List<Element> found) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				if (namespace.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())
						&& (cssClass == null || Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass))) {
					found.add(element);
				}
				collect(element, namespace, name, cssClass, found);
			}
		}
	}
}
