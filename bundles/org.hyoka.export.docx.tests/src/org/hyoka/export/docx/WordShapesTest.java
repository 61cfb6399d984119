package org.hyoka.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.hyoka.export.outline.VectorDrawing;
import org.hyoka.export.outline.VectorDrawing.Paint;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A figure's shapes as a Word group, read back with the JDK's parser: each shape where the figure has it, in its paint. */
class WordShapesTest {

	/** EMU to a figure unit: a figure of 200 × 100 units shown 2,000 × 1,000 EMU wide. */
	private static final double SCALE = 10;

	private static final VectorDrawing FIGURE = pen -> {
		pen.rect(10, 20, 30, 40, new Paint("#4a78b5", "#2c5a94", 1, true)); //$NON-NLS-1$ //$NON-NLS-2$
		pen.rect(0, 0, 200, 5, new Paint("#f0a030", null, 0.25, false)); //$NON-NLS-1$
		pen.diamond(50, 50, 8, 8, new Paint("#ffffff", "#6a3d9a", 1, false)); //$NON-NLS-1$ //$NON-NLS-2$
		pen.ellipse(60, 50, 6, 6, new Paint(null, "#2e7fb8", 1, false)); //$NON-NLS-1$
		pen.line(100, 90, 120, 10, new Paint(null, "#e0e0e0", 1, false)); //$NON-NLS-1$
		pen.text(100, 30, "2026年度", 10, true, "#303030", null); //$NON-NLS-1$ //$NON-NLS-2$
		pen.text(5, 60, "再生医療の…", 10, false, "#202020", "再生医療の実用化 & <研究>\u0001"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	};

	private final WordShapes.TextStyles styles = new WordShapes.TextStyles();

	@Test
	void eachShapeIsAWordShapeInItsPlaceAndPaint() throws Exception {
		Element group = group(FIGURE);
		List<Element> shapes = children(group, WordXml.WPS, "wsp"); //$NON-NLS-1$
		assertEquals(7, shapes.size());
		assertEquals(List.of("rect", "rect", "diamond", "ellipse", "line", "rect", "rect"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				shapes.stream().map(s -> first(s, WordXml.A, "prstGeom").getAttribute("prst")).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(100L, 200L, 300L, 400L), box(shapes.get(0)), "x, y, width and height in EMU"); //$NON-NLS-1$
		assertEquals("4A78B5", first(first(shapes.get(0), WordXml.A, "solidFill"), WordXml.A, "srgbClr").getAttribute("val")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Element outline = first(shapes.get(0), WordXml.A, "ln"); //$NON-NLS-1$
		assertEquals("2C5A94", first(outline, WordXml.A, "srgbClr").getAttribute("val")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("dash", first(outline, WordXml.A, "prstDash").getAttribute("val"), "dashed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("25000", first(shapes.get(1), WordXml.A, "alpha").getAttribute("val"), "the shade's opacity"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(1, first(shapes.get(1), WordXml.A, "ln").getElementsByTagNameNS(WordXml.A, "noFill").getLength(), "no outline"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(List.of(500L, 500L, 80L, 80L), box(shapes.get(2)));
		Element hollow = first(shapes.get(3), WordXml.WPS, "spPr"); //$NON-NLS-1$
		assertEquals(WordXml.A, hollow.getElementsByTagNameNS(WordXml.A, "noFill").item(0).getNamespaceURI()); //$NON-NLS-1$
		assertEquals("spPr", hollow.getElementsByTagNameNS(WordXml.A, "noFill").item(0).getParentNode().getLocalName(), "no fill"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// the line rises to the right: its box from (100, 10) to (120, 90), flipped
		assertEquals(List.of(1000L, 100L, 200L, 800L), box(shapes.get(4)));
		assertEquals("1", first(shapes.get(4), WordXml.A, "xfrm").getAttribute("flipV")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void textsAreTextBoxesWithTheWholeTextOfAShortenedOneAsDescription() throws Exception {
		List<Element> shapes = children(group(FIGURE), WordXml.WPS, "wsp"); //$NON-NLS-1$
		Element year = shapes.get(5);
		assertEquals("2026年度", year.getElementsByTagNameNS(WordXml.W, "t").item(0).getTextContent()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("center", first(year, WordXml.W, "jc").getAttributeNS(WordXml.W, "val"), "centred"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<Long> box = box(year);
		assertEquals(1000, box.get(0) + box.get(2) / 2, "centred on x"); //$NON-NLS-1$
		assertTrue(box.get(1) < 300 && box.get(1) + box.get(3) > 300, "the baseline inside the box: " + box); //$NON-NLS-1$
		assertEquals("FigureText1", first(year, WordXml.W, "pStyle").getAttributeNS(WordXml.W, "val")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(0, year.getElementsByTagNameNS(WordXml.WPS, "cNvPr").getLength(), "no description for a whole text"); //$NON-NLS-1$ //$NON-NLS-2$

		Element name = shapes.get(6);
		assertEquals("再生医療の…", name.getElementsByTagNameNS(WordXml.W, "t").item(0).getTextContent()); //$NON-NLS-1$ //$NON-NLS-2$
		Element description = first(name, WordXml.WPS, "cNvPr"); //$NON-NLS-1$
		assertEquals("再生医療の実用化 & <研究>\uFFFD", description.getAttribute("descr")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("cNvPr", name.getFirstChild().getLocalName(), "first, as the schema orders"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(50L), box(name).subList(0, 1), "left-aligned at x"); //$NON-NLS-1$
		assertEquals("FigureText2", first(name, WordXml.W, "pStyle").getAttributeNS(WordXml.W, "val"), "another colour"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void eachSizeAndColourOfTextHasAParagraphStyle() throws Exception {
		group(FIGURE);
		group(FIGURE);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (WordXml xml = new WordXml(bytes, () -> { }, "w", WordXml.W, "styles")) { //$NON-NLS-1$ //$NON-NLS-2$
			styles.write(xml);
		}
		NodeList written = parse(bytes).getElementsByTagNameNS(WordXml.W, "style"); //$NON-NLS-1$
		assertEquals(2, written.getLength(), "one for each colour, not for each figure"); //$NON-NLS-1$
		Element year = (Element) written.item(0);
		assertEquals("FigureText1", year.getAttributeNS(WordXml.W, "styleId")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("303030", first(year, WordXml.W, "color").getAttributeNS(WordXml.W, "val")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// 10 units of 10 EMU are far below half a point, the smallest size Word has
		assertEquals("1", first(year, WordXml.W, "sz").getAttributeNS(WordXml.W, "val")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("exact", first(year, WordXml.W, "spacing").getAttributeNS(WordXml.W, "lineRule")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("202020", first((Element) written.item(1), WordXml.W, "color").getAttributeNS(WordXml.W, "val")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void theShapesNumbersAreTheDocumentsOwn() throws Exception {
		VectorDrawing shortened = pen -> {
			pen.text(0, 10, "a…", 10, false, "#000000", "ab"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			pen.text(0, 20, "c…", 10, false, "#000000", "cd"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		};
		int[] next = { 41 };
		List<Element> shapes = children(group(shortened, () -> ++next[0]), WordXml.WPS, "wsp"); //$NON-NLS-1$
		assertEquals(List.of("42", "43"), shapes.stream().map(s -> first(s, WordXml.WPS, "cNvPr").getAttribute("id")).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private Element group(VectorDrawing drawing) throws Exception {
		return group(drawing, () -> 1);
	}

	private Element group(VectorDrawing drawing, IntSupplier ids) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (WordXml xml = new WordXml(bytes, () -> { }, "w", WordXml.W, "document", "a", WordXml.A, "wpg", WordXml.WPG, "wps", WordXml.WPS)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			WordShapes.group(xml, drawing, 2000, 1000, SCALE, ids, styles);
		}
		Element group = (Element) parse(bytes).getElementsByTagNameNS(WordXml.WPG, "wgp").item(0); //$NON-NLS-1$
		Element frame = first(group, WordXml.A, "chExt"); //$NON-NLS-1$
		assertEquals(List.of("2000", "1000"), List.of(frame.getAttribute("cx"), frame.getAttribute("cy")), "the children's space is the group's"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		return group;
	}

	private static Document parse(ByteArrayOutputStream bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray()));
	}

	/** The shape's offset and extent. */
	private static List<Long> box(Element shape) {
		Element xfrm = first(shape, WordXml.A, "xfrm"); //$NON-NLS-1$
		Element off = first(xfrm, WordXml.A, "off"); //$NON-NLS-1$
		Element ext = first(xfrm, WordXml.A, "ext"); //$NON-NLS-1$
		return List.of(Long.valueOf(off.getAttribute("x")), Long.valueOf(off.getAttribute("y")), Long.valueOf(ext.getAttribute("cx")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Long.valueOf(ext.getAttribute("cy"))); //$NON-NLS-1$
	}

	private static Element first(Element parent, String uri, String local) {
		return (Element) parent.getElementsByTagNameNS(uri, local).item(0);
	}

	private static List<Element> children(Element parent, String uri, String local) {
		List<Element> children = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element child && uri.equals(child.getNamespaceURI()) && local.equals(child.getLocalName())) {
				children.add(child);
			}
		}
		return children;
	}
}
