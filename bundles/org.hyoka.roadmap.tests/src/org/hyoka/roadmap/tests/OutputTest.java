package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.RowKind;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.Legend;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Style;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.UndatedList;
import org.hyoka.roadmap.output.PdfWriter;
import org.hyoka.roadmap.output.PngWriter;
import org.hyoka.roadmap.output.SvgWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * SVG, PNG and PDF of both samples: the SVG parses and holds every row label and year label, the PNG reads back, the PDF
 * opens with PDFBox and its text holds every row label and year label.
 */
class OutputTest {

	private static final Path OUT = Path.of("../org.hyoka.roadmap.tests/target/roadmaps"); //$NON-NLS-1$

	@BeforeAll
	static void headless() throws IOException {
		System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(OUT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void svgHoldsEveryRowAndYearLabel(String sample) throws Exception {
		Timeline timeline = Timelines.of(Samples.load(sample));
		for (Era era : Era.values()) {
			FiscalAxis axis = FiscalAxis.of(timeline, era, Zoom.YEAR);
			byte[] svg = svg(new RoadmapLayout(timeline, axis).layout());
			Files.write(OUT.resolve(sample + "-" + era.name().toLowerCase() + ".svg"), svg); //$NON-NLS-1$ //$NON-NLS-2$
			Document document = parse(svg);
			assertEquals("svg", document.getDocumentElement().getLocalName()); //$NON-NLS-1$
			Set<String> titles = texts(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title")); //$NON-NLS-1$ //$NON-NLS-2$
			assertHoldsEveryRowAndYear(timeline, era, titles::contains);
		}
	}

	@Test
	void svgShowsTheEraChangeAsReiwaGannen() throws Exception {
		Timeline timeline = Timelines.of(Samples.load("saisei-iryo-2022")); //$NON-NLS-1$
		Document document = parse(svg(new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WAREKI, Zoom.YEAR)).layout()));
		NodeList lines = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line"); //$NON-NLS-1$ //$NON-NLS-2$
		int eraLines = 0;
		for (int i = 0; i < lines.getLength(); i++) {
			org.w3c.dom.Element line = (org.w3c.dom.Element) lines.item(i);
			if (line.getAttribute("stroke").equals(Style.ERA_CHANGE.stroke())) { //$NON-NLS-1$
				eraLines++;
				assertEquals("令和元年度", line.getParentNode().getTextContent(), "its group's title"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		assertEquals(1, eraLines);
		NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		Set<String> shown = new HashSet<>();
		for (int i = 0; i < texts.getLength(); i++) {
			shown.add(texts.item(i).getTextContent());
		}
		assertTrue(shown.contains("令和元年度")); //$NON-NLS-1$
		assertTrue(shown.contains("平成30年度")); //$NON-NLS-1$
	}

	@Test
	void svgEscapesMarkupInLabels() throws Exception {
		String label = "A<B & \"C\" 'D' >E\u0001"; //$NON-NLS-1$
		Timeline timeline = new Timeline("t&t", List.of(new Row(RowKind.PROGRAM, 0, label, null, List.of())), 2020, 2020, null); //$NON-NLS-1$
		Document document = parse(svg(new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.MONTH)).layout()));
		assertTrue(texts(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title")).contains("A<B & \"C\" 'D' >E")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void pngHasTheSceneSizeAndItsColours(String sample) throws IOException {
		Timeline timeline = Timelines.of(Samples.load(sample));
		Scene scene = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WAREKI, Zoom.YEAR)).layout();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PngWriter.write(scene, 1, out);
		Files.write(OUT.resolve(sample + ".png"), out.toByteArray()); //$NON-NLS-1$
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		assertEquals((int) Math.ceil(scene.width()), image.getWidth());
		assertEquals((int) Math.ceil(scene.height()), image.getHeight());
		int period = Integer.parseInt(Style.PERIOD.fill().substring(1), 16);
		boolean found = false;
		for (int y = 0; y < image.getHeight() && !found; y++) {
			for (int x = 0; x < image.getWidth() && !found; x++) {
				found = (image.getRGB(x, y) & 0xffffff) == period;
			}
		}
		assertTrue(found, "no period bar drawn"); //$NON-NLS-1$
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void pdfOpensAndHoldsEveryRowAndYearLabel(String sample) throws IOException {
		Timeline timeline = Timelines.of(Samples.load(sample));
		for (Era era : Era.values()) {
			Scene scene = new RoadmapLayout(timeline, FiscalAxis.of(timeline, era, Zoom.YEAR)).layout();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfWriter.write(scene, out);
			Files.write(OUT.resolve(sample + "-" + era.name().toLowerCase() + ".pdf"), out.toByteArray()); //$NON-NLS-1$ //$NON-NLS-2$
			try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
				assertEquals(1, document.getNumberOfPages());
				assertEquals((float) scene.width(), document.getPage(0).getMediaBox().getWidth(), 0.01f);
				assertEquals((float) scene.height(), document.getPage(0).getMediaBox().getHeight(), 0.01f);
			}
			String text = pdfText(out.toByteArray());
			assertHoldsEveryRowAndYear(timeline, era, text::contains);
		}
	}

	@Test
	void pdfKeepsAShortenedLabelWholeAndShowsTheEllipsis() throws IOException {
		String label = "研究開発項目".repeat(12); //$NON-NLS-1$
		Timeline timeline = new Timeline("t", List.of(new Row(RowKind.PROGRAM, 0, label, null, List.of())), 2020, 2021, null); //$NON-NLS-1$
		Scene scene = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR)).layout();
		assertTrue(scene.shapes().stream().anyMatch(s -> s instanceof Shape.Text t && t.text().endsWith("…") && label.equals(t.tip())), //$NON-NLS-1$
				"the layout shortens the label"); //$NON-NLS-1$
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(scene, out);
		String text = pdfText(out.toByteArray());
		assertTrue(text.contains(label), text);
		assertTrue(text.contains("…"), text); //$NON-NLS-1$
	}

	@Test
	void pdfOfASceneLargerThanAPageIsScaledToFit() throws IOException {
		Scene tall = new Scene(400, 40_000, 0, 0, List.of(new Shape.Rect(0, 0, 400, 40_000, Style.PERIOD, 1, false, null)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(tall, out);
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			assertEquals(14_400f, document.getPage(0).getMediaBox().getHeight(), 0.01f);
			assertEquals(144f, document.getPage(0).getMediaBox().getWidth(), 0.01f);
		}
	}

	/**
	 * The whole figure has the legend of its marks under the rows, in the words of the locale asked for, in SVG, PNG
	 * and PDF alike: the texts are in the SVG and the PDF, and the PNG is taller by the legend and draws its samples there.
	 */
	@Test
	void everyExportHasTheLegendUnderTheRows() throws Exception {
		Timeline timeline = Timelines.of(Samples.load("soyaku-kiban-2021")); //$NON-NLS-1$
		RoadmapLayout layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR));
		Map<Locale, List<String>> words = Map.of(Locale.ENGLISH, List.of("Legend", "Period", "Milestone", "Evaluation (planned)", "Target met", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"Target not yet due", "Years not given", "Budget (darker: larger)", "Status date"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Locale.JAPANESE, List.of("凡例", "実施期間", "マイルストーン", "評価（予定）", "目標（達成）", "目標（期限前）", "年度の記載なし", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
						"予算（濃いほど多い）", "基準日")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Map.Entry<Locale, List<String>> language : words.entrySet()) {
			Scene scene = layout.figure(language.getKey());
			byte[] svg = svg(scene);
			Files.write(OUT.resolve("legend-" + language.getKey() + ".svg"), svg); //$NON-NLS-1$ //$NON-NLS-2$
			NodeList texts = parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text"); //$NON-NLS-1$ //$NON-NLS-2$
			Set<String> shown = new HashSet<>();
			for (int i = 0; i < texts.getLength(); i++) {
				shown.add(texts.item(i).getLastChild().getTextContent());
			}
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			PdfWriter.write(scene, pdf);
			String pdfText = pdfText(pdf.toByteArray());
			for (String word : language.getValue()) {
				assertTrue(shown.contains(word), "the SVG shows " + word); //$NON-NLS-1$
				assertTrue(pdfText.contains(word), "the PDF holds " + word); //$NON-NLS-1$
			}
		}
		Scene scene = layout.figure(Locale.ENGLISH);
		assertTrue(scene.height() >= layout.height() + Legend.LINE_HEIGHT, "the legend is under the rows"); //$NON-NLS-1$
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PngWriter.write(scene, 1, out);
		Files.write(OUT.resolve("legend.png"), out.toByteArray()); //$NON-NLS-1$
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		assertEquals((int) Math.ceil(scene.height()), image.getHeight());
		// the milestone's and a met target's colours, below the rows: the samples of the legend
		for (Style style : List.of(Style.MILESTONE, Style.TARGET_MET)) {
			int colour = Integer.parseInt(style.fill().substring(1), 16);
			boolean found = false;
			for (int y = (int) Math.ceil(layout.height()); y < image.getHeight() && !found; y++) {
				for (int x = 0; x < image.getWidth() && !found; x++) {
					found = (image.getRGB(x, y) & 0xffffff) == colour;
				}
			}
			assertTrue(found, "the legend draws a sample in " + style); //$NON-NLS-1$
		}
	}

	/** Whether words shown are the whole text, or its start cut with …. */
	private static boolean cutFrom(String shown, String whole) {
		return shown.equals(whole) || shown.endsWith("…") && whole.startsWith(shown.substring(0, shown.length() - 1)); //$NON-NLS-1$
	}

	/**
	 * Items without years are not drawn on the grid, where they would look dated, but listed under the rows with a
	 * heading in the locale's words, at the same place whatever the axis' width, in SVG, PNG and PDF alike.
	 */
	@Test
	void undatedItemsAreListedUnderTheRowsNotDrawnOnTheGrid() throws Exception {
		Timeline timeline = Timelines.of(Samples.load("soyaku-kiban-2021")); //$NON-NLS-1$
		List<Mark.Bar> undated = timeline.rows().stream().flatMap(row -> row.marks().stream())
				.filter(mark -> mark instanceof Mark.Bar bar && bar.firstYear() == null).map(Mark.Bar.class::cast).toList();
		assertFalse(undated.isEmpty(), "the sample's roadmap has items without years"); //$NON-NLS-1$
		Set<String> tips = new HashSet<>(undated.stream().map(Timelines::undatedLabel).toList());
		RoadmapLayout years = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR));
		RoadmapLayout months = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.MONTH));
		for (RoadmapLayout layout : List.of(years, months)) {
			assertTrue(layout.layout().shapes().stream().noneMatch(shape -> shape instanceof Shape.Rect rect && tips.contains(rect.tip())),
					"no undated item on the grid"); //$NON-NLS-1$
		}
		UndatedList list = new UndatedList(timeline, Locale.ENGLISH, years.height(), years.width());
		assertEquals(undated, list.entries().stream().map(UndatedList.Entry::bar).toList());
		Scene wide = months.figure(Locale.ENGLISH);
		Scene narrow = years.figure(Locale.ENGLISH);
		assertTrue(wide.width() > narrow.width());
		for (Scene scene : List.of(wide, narrow)) {
			List<Shape.Text> texts = scene.shapes().stream().filter(Shape.Text.class::isInstance).map(Shape.Text.class::cast).toList();
			Shape.Text heading = texts.stream().filter(text -> text.text().equals("Undated")).findFirst().orElseThrow(); //$NON-NLS-1$
			assertTrue(heading.y() > years.height(), "under the rows"); //$NON-NLS-1$
			// each item after its row's label, long ones cut with … and whole in their tooltips
			for (UndatedList.Entry entry : list.entries()) {
				String group = entry.row().label() + ":"; //$NON-NLS-1$
				assertTrue(texts.stream().anyMatch(text -> group.equals(text.tip()) && cutFrom(text.text(), group) && text.y() > years.height()), group);
				assertTrue(texts.stream().anyMatch(text -> Timelines.undatedLabel(entry.bar()).equals(text.tip()) && text.text().equals(entry.words())
						&& text.y() > years.height()), entry.words());
				assertTrue(cutFrom(entry.words(), entry.bar().label()), entry.words());
			}
			assertTrue(list.entries().stream().anyMatch(entry -> !entry.words().equals(entry.bar().label())), "the sample has labels too long to show whole"); //$NON-NLS-1$
		}
		// the first entry where the narrow figure has it, in the wide one too: the list does not spread over the years
		Shape.Rect first = narrow.shapes().stream().filter(shape -> shape instanceof Shape.Rect rect && tips.contains(rect.tip()))
				.map(Shape.Rect.class::cast).findFirst().orElseThrow();
		assertTrue(wide.shapes().stream().anyMatch(shape -> shape instanceof Shape.Rect rect && rect.x() == first.x() && tips.contains(rect.tip())));
		Scene japanese = years.figure(Locale.JAPANESE);
		assertTrue(japanese.height() >= years.height() + list.height() + Legend.LINE_HEIGHT, "the list, then the legend"); //$NON-NLS-1$
		byte[] svg = svg(japanese);
		Files.write(OUT.resolve("undated-ja.svg"), svg); //$NON-NLS-1$
		Set<String> shown = new HashSet<>();
		NodeList nodes = parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < nodes.getLength(); i++) {
			shown.add(nodes.item(i).getTextContent());
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfWriter.write(japanese, pdf);
		String pdfText = pdfText(pdf.toByteArray()).replaceAll("\\s", ""); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(shown.contains("日付なし") && pdfText.contains("日付なし"), "the heading in Japanese"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (UndatedList.Entry entry : list.entries()) {
			for (String tip : List.of(entry.row().label() + "：", Timelines.undatedLabel(entry.bar()))) { //$NON-NLS-1$
				String words = japanese.shapes().stream().filter(shape -> shape instanceof Shape.Text text && tip.equals(text.tip()))
						.map(shape -> ((Shape.Text) shape).text()).findFirst().orElseThrow();
				assertTrue(shown.contains(words), "the SVG lists " + words); //$NON-NLS-1$
				// a cut label is in the PDF whole, clipped where the words shown stop (PdfWriter): its start is there
				assertTrue(pdfText.contains(words.replaceAll("[\\s…]", "")), "the PDF lists " + words); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		PngWriter.write(japanese, 1, png);
		Files.write(OUT.resolve("undated-ja.png"), png.toByteArray()); //$NON-NLS-1$
		assertEquals((int) Math.ceil(japanese.height()), ImageIO.read(new ByteArrayInputStream(png.toByteArray())).getHeight());
	}

	/** Every row label and the label of every year of the timeline are held, as {@code holds} says. */
	private static void assertHoldsEveryRowAndYear(Timeline timeline, Era era, Predicate<String> holds) {
		for (Row row : timeline.rows()) {
			assertTrue(holds.test(row.label()), row.label());
		}
		for (int year = timeline.firstYear(); year <= timeline.lastYear(); year++) {
			assertTrue(holds.test(era.label(year)), era.label(year));
		}
	}

	/** The text a PDF reader extracts from the document. */
	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			// a label cut with … is drawn whole under a clip (PdfWriter), its hidden glyphs under the next words: they are
			// not the duplicates (text drawn twice for boldness) this drops, and dropping them lost the next words' glyphs
			stripper.setSuppressDuplicateOverlappingText(false);
			return stripper.getText(document);
		}
	}

	private static byte[] svg(Scene scene) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SvgWriter.write(scene, out);
		return out.toByteArray();
	}

	private static Document parse(byte[] svg) throws ParserConfigurationException, SAXException, IOException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(svg));
	}

	private static Set<String> texts(NodeList nodes) {
		Set<String> texts = new HashSet<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}
}
