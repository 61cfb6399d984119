package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.docx.DocxExporter;
import org.hyoka.export.html.HtmlExporter;
import org.hyoka.export.pdf.PdfExporter;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The roadmap figure of each subject in the HTML (inline SVG), DOCX (Word shapes) and PDF (vector graphics) reports. */
class ReportFigureTest {

	private static final String SAMPLE = "saisei-iryo-2022"; //$NON-NLS-1$
	private static final Path OUT = Path.of("../org.hyoka.roadmap.tests/target/reports"); //$NON-NLS-1$
	private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$
	private static final String SHAPES = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"; //$NON-NLS-1$
	private static final String GROUPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"; //$NON-NLS-1$
	private static final String COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"; //$NON-NLS-1$

	private static EvaluationReport report;
	private static List<EvaluationSubject> subjects;

	@BeforeAll
	static void load() throws IOException {
		report = Samples.load(SAMPLE);
		subjects = TimelinesTest.subjects(report);
		assertTrue(subjects.size() > 1, "the program and its projects"); //$NON-NLS-1$
		Files.createDirectories(OUT);
	}

	@Test
	void htmlHoldsEachFigureAsInlineSvgWithItsCaption() throws Exception {
		byte[] html = export(new HtmlExporter(), "html"); //$NON-NLS-1$
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
		NodeList figures = document.getElementsByTagNameNS("*", "figure"); //$NON-NLS-1$ //$NON-NLS-2$
		int roadmaps = 0;
		for (int i = 0; i < figures.getLength(); i++) {
			Element figure = (Element) figures.item(i);
			if (!figure.getAttribute("id").startsWith("roadmap-")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			roadmaps++;
			assertEquals(1, figure.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(), figure.getAttribute("id")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(figure.getElementsByTagNameNS("*", "figcaption").item(0).getTextContent().startsWith("図　ロードマップ（年度別）")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		assertEquals(subjects.size(), roadmaps);
		String text = new String(html, StandardCharsets.UTF_8);
		for (EvaluationSubject subject : subjects) {
			assertTrue(text.contains("id=\"roadmap-" + subject.getId() + "-figure\""), subject.getId()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void docxDrawsEachFigureAsWordShapesWithItsLabelsAndYears() throws Exception {
		byte[] docx = export(new DocxExporter(), "docx"); //$NON-NLS-1$
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertEquals(List.of(), document.getAllPictures(), "no pictures: the figures are shapes"); //$NON-NLS-1$
			long captions = document.getParagraphs().stream().filter(p -> p.getText().startsWith("図　ロードマップ（年度別）")).count(); //$NON-NLS-1$
			assertEquals(subjects.size(), captions);
		}
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(part(docx, "word/document.xml"))); //$NON-NLS-1$
		NodeList groups = xml.getElementsByTagNameNS(GROUPS, "wgp"); //$NON-NLS-1$
		assertEquals(subjects.size(), groups.getLength(), "one group of shapes a subject"); //$NON-NLS-1$
		Timeline timeline = Timelines.of(report);
		for (int i = 0; i < subjects.size(); i++) {
			// the texts the figure shows, and the whole of those shortened to fit, as the PDF holds them
			List<String> texts = new ArrayList<>();
			Element group = (Element) groups.item(i);
			NodeList shown = group.getElementsByTagNameNS(WORD, "t"); //$NON-NLS-1$
			for (int t = 0; t < shown.getLength(); t++) {
				texts.add(shown.item(t).getTextContent());
			}
			NodeList described = group.getElementsByTagNameNS(SHAPES, "cNvPr"); //$NON-NLS-1$
			for (int d = 0; d < described.getLength(); d++) {
				texts.add(((Element) described.item(d)).getAttribute("descr")); //$NON-NLS-1$
			}
			assertPartsFollowTheSchema(group);
			EvaluationSubject subject = subjects.get(i);
			String label = timeline.rows().stream().filter(row -> row.source() == subject).findFirst().orElseThrow().label();
			assertTrue(texts.contains(label), label + " in " + texts); //$NON-NLS-1$
			for (int year = timeline.firstYear(); year <= timeline.lastYear(); year++) {
				String axis = year + "年度"; //$NON-NLS-1$
				assertTrue(texts.contains(axis), axis + " on the axis of " + subject.getId()); //$NON-NLS-1$
			}
		}
	}

	/**
	 * As Word writes them: each group the choice of readers that know Word 2010's groups, with the figure's caption
	 * as the fallback of the others; the namespaces a reader may ignore declared so, and every one it must know
	 * declared.
	 */
	@Test
	void docxOffersEachGroupAsWordsChoiceWithTheCaptionAsFallback() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(part(export(new DocxExporter(), "docx"), "word/document.xml"))); //$NON-NLS-1$ //$NON-NLS-2$
		Element root = xml.getDocumentElement();
		for (String ignorable : root.getAttributeNS(COMPATIBILITY, "Ignorable").split(" ")) { //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(root.lookupNamespaceURI(ignorable) == null, ignorable + " declared"); //$NON-NLS-1$
		}
		NodeList alternatives = xml.getElementsByTagNameNS(COMPATIBILITY, "AlternateContent"); //$NON-NLS-1$
		assertEquals(subjects.size(), alternatives.getLength());
		for (int i = 0; i < alternatives.getLength(); i++) {
			Element alternative = (Element) alternatives.item(i);
			assertEquals("r", alternative.getParentNode().getLocalName(), "run content, as Word writes it"); //$NON-NLS-1$ //$NON-NLS-2$
			Element choice = (Element) alternative.getElementsByTagNameNS(COMPATIBILITY, "Choice").item(0); //$NON-NLS-1$
			String required = choice.getAttribute("Requires"); //$NON-NLS-1$
			assertEquals(GROUPS, root.lookupNamespaceURI(required));
			assertEquals(1, choice.getElementsByTagNameNS(GROUPS, "wgp").getLength()); //$NON-NLS-1$
			Element fallback = (Element) alternative.getElementsByTagNameNS(COMPATIBILITY, "Fallback").item(0); //$NON-NLS-1$
			assertEquals(0, fallback.getElementsByTagNameNS(GROUPS, "wgp").getLength(), "nothing of the group"); //$NON-NLS-1$ //$NON-NLS-2$
			// the caption under the figure's paragraph
			String caption = alternative.getParentNode().getParentNode().getNextSibling().getTextContent();
			assertTrue(caption.startsWith("図　ロードマップ（年度別）"), caption); //$NON-NLS-1$
			assertTrue(fallback.getTextContent().contains(caption), fallback.getTextContent());
		}
	}

	/**
	 * XMLBeans has no schema of Word's group of shapes but knows its parts: each shape's properties, DrawingML's, and
	 * each text's paragraph, WordprocessingML's.
	 */
	private static void assertPartsFollowTheSchema(Element group) throws XmlException {
		List<XmlError> errors = new ArrayList<>();
		XmlOptions options = new XmlOptions().setErrorListener(errors);
		// each element read as its type's content, not as an element of it
		XmlOptions content = new XmlOptions().setLoadReplaceDocumentElement(null);
		NodeList properties = group.getElementsByTagNameNS(SHAPES, "spPr"); //$NON-NLS-1$
		assertTrue(properties.getLength() > 0);
		for (int i = 0; i < properties.getLength(); i++) {
			CTShapeProperties.Factory.parse(properties.item(i), content).validate(options);
		}
		NodeList paragraphs = group.getElementsByTagNameNS(WORD, "p"); //$NON-NLS-1$
		assertTrue(paragraphs.getLength() > 0);
		for (int i = 0; i < paragraphs.getLength(); i++) {
			CTP.Factory.parse(paragraphs.item(i), content).validate(options);
		}
		errors.removeIf(error -> error.getSeverity() != XmlError.SEVERITY_ERROR);
		assertEquals(List.of(), errors);
	}

	/** One part of a package, read as the zip's own reader does: the package is a valid zip. */
	private static byte[] part(byte[] zip, String name) throws IOException {
		byte[] found = null;
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				byte[] bytes = entries.readAllBytes();
				if (entry.getName().equals(name)) {
					found = bytes;
				}
			}
		}
		assertNotNull(found, name);
		return found;
	}

	@Test
	void pdfDrawsEachFigureInVectorsWithItsLabelsAsText() throws IOException {
		byte[] pdf = export(new PdfExporter(), "pdf"); //$NON-NLS-1$
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					assertFalse(page.getResources().getXObject(name) instanceof PDImageXObject, "no image: the figures are vectors"); //$NON-NLS-1$
				}
			}
		}
		// each figure's text comes between its heading and its caption: the subject's name on its first row, in the
		// report's font (the caption names the subject too, but after this part)
		String text = OutputTest.pdfText(pdf);
		String heading = "\nロードマップ（年度別）"; //$NON-NLS-1$
		String caption = "図　ロードマップ（年度別）"; //$NON-NLS-1$
		List<Row> rows = Timelines.of(report).rows();
		int from = 0;
		for (EvaluationSubject subject : subjects) {
			int at = text.indexOf(caption, from);
			int start = text.lastIndexOf(heading, at);
			assertTrue(at > 0 && start >= from, subject.getId());
			String figure = text.substring(start + heading.length(), at).replaceAll("\\s", ""); //$NON-NLS-1$ //$NON-NLS-2$
			String label = rows.stream().filter(row -> row.source() == subject).findFirst().orElseThrow().label();
			assertTrue(figure.contains(label.replaceAll("\\s", "")), label + " in " + figure); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(figure.matches("(?s).*20\\d\\d.*"), "the years of the axis: " + figure); //$NON-NLS-1$ //$NON-NLS-2$
			from = at + caption.length();
		}
		assertEquals(-1, text.indexOf(caption, from), "one figure a subject"); //$NON-NLS-1$
	}

	private static byte[] export(Exporter exporter, String extension) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export(report, ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		Files.write(OUT.resolve(SAMPLE + "." + extension), out.toByteArray()); //$NON-NLS-1$
		return out.toByteArray();
	}
}
