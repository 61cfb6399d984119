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
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.docx.DocxExporter;
import org.hyoka.export.html.HtmlExporter;
import org.hyoka.export.pdf.PdfExporter;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.Timelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The roadmap figure of each subject in the HTML (inline SVG), DOCX (picture) and PDF (vector graphics) reports. */
class ReportFigureTest {

	private static final String SAMPLE = "saisei-iryo-2022"; //$NON-NLS-1$
	private static final Path OUT = Path.of("../org.hyoka.roadmap.tests/target/reports"); //$NON-NLS-1$

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
	void docxHoldsEachFigureAsAPicture() throws IOException {
		byte[] docx = export(new DocxExporter(), "docx"); //$NON-NLS-1$
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<XWPFPictureData> pngs = document.getAllPictures().stream().filter(p -> p.getPictureType() == Document.PICTURE_TYPE_PNG).toList();
			assertEquals(subjects.size(), pngs.size());
			for (XWPFPictureData png : pngs) {
				assertEquals("PNG", new String(png.getData(), 1, 3, StandardCharsets.US_ASCII)); //$NON-NLS-1$
				assertNotNull(ImageIO.read(new ByteArrayInputStream(png.getData())), "ImageIO reads " + png.getFileName()); //$NON-NLS-1$
			}
			long captions = document.getParagraphs().stream().filter(p -> p.getText().startsWith("図　ロードマップ（年度別）")).count(); //$NON-NLS-1$
			assertEquals(subjects.size(), captions);
		}
		// a PNG is deflated already: the package stores it as it is
		int stored = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith("word/media/")) { //$NON-NLS-1$
					assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
					stored++;
				}
			}
		}
		assertEquals(subjects.size(), stored);
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
