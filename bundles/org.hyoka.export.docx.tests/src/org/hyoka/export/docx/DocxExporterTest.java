package org.hyoka.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Both samples as Word documents, read back with POI inside OSGi: Word headings, and the model's scores in real tables. */
class DocxExporterTest {

	private static final Path EXPORTS = Path.of("../org.hyoka.export.docx.tests/target/exports");
	private static final String SCRIPT = "<script>alert('x')</script>";

	private static EvaluationReport load(String sample) throws IOException {
		return HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka"));
	}

	private static byte[] export(EvaluationReport report, String keepAs) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocxExporter().export(report, ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		Files.createDirectories(EXPORTS);
		Files.write(EXPORTS.resolve(keepAs + ".docx"), out.toByteArray());
		return out.toByteArray();
	}

	private static List<String> headings(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void theReportIsStructuredByWordHeadingsAndHoldsEveryComment(String sample) throws IOException {
		EvaluationReport report = load(sample);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(report, sample)))) {
			assertTrue(headings(document, "Title").get(0).startsWith(report.getTitleJa()), "the Japanese title");
			assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName(), "Word's own heading style");
			// 第3部 when the report holds the evaluation WG's findings (sample saisei-iryo-2022)
			assertEquals(report.getWgReviews().isEmpty() ? List.of("第1部 事業の概要", "第2部 評価")
					: List.of("第1部 事業の概要", "第2部 評価", "第3部 評価ワーキンググループの所見"), headings(document, "Heading1"));
			List<String> sections = headings(document, "Heading2");
			for (Project project : report.getProgram().getProjects()) {
				assertTrue(sections.stream().anyMatch(h -> h.contains(project.getNameJa())), project.getNameJa());
			}
			assertTrue(sections.contains("評価検討会 委員構成"));
			assertEquals(!report.getCommittee().getMeetings().isEmpty(), sections.contains("審議経過"), "審議経過 when meetings are known");
			assertEquals(report.getEvaluations().size(), headings(document, "Heading3").stream().filter("評点結果"::equals).count());

			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			for (Evaluation evaluation : report.getEvaluations()) {
				for (EvaluationComment comment : evaluation.getComments()) {
					assertTrue(paragraphs.stream().anyMatch(p -> p.endsWith("\t" + comment.getText()) || p.equals(comment.getText())),
							comment.getText());
				}
			}
			String text = String.join("\n", paragraphs);
			assertTrue(text.contains("○") && text.contains("●"), "comment markers");
			assertFalse(text.contains("評点法：評点法"), "a method named 評点法 is not labelled 評点法 again");
			List<String> members = new ArrayList<>();
			XWPFTable committee = tableStartingWith(document, "").stream()
					.filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals("氏名"))).findFirst().orElseThrow();
			committee.getRows().subList(1, committee.getRows().size()).forEach(row -> members.add(row.getCell(1).getText()));
			assertEquals(report.getCommittee().getMembers().stream().map(m -> m.getPerson().getNameJa()).toList(), members);
			assertTrue(committee.getRow(0).isRepeatHeader(), "header rows repeat on every page");
		}
	}

	@Test
	void scoreTablesHoldEveryEvaluatorsScoreAndTheAveragesOfCoreScoring() throws IOException {
		EvaluationReport report = load("saisei-iryo-2022");
		List<Evaluation> scored = report.getEvaluations().stream().filter(e -> e.getScoreTable() != null).toList();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(report, "saisei-iryo-2022-scores")))) {
			List<XWPFTable> tables = tableStartingWith(document, "評価項目");
			assertEquals(3, scored.size());
			assertEquals(scored.size(), tables.size());
			for (int t = 0; t < tables.size(); t++) {
				List<ItemScore> items = scored.get(t).getScoreTable().getRows();
				XWPFTable table = tables.get(t);
				assertEquals(items.size() + 1, table.getNumberOfRows());
				List<String> header = table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList();
				assertEquals("平均点", header.get(header.size() - 1));
				for (int r = 0; r < items.size(); r++) {
					ItemScore item = items.get(r);
					XWPFTableRow row = table.getRow(r + 1);
					assertEquals(item.getItemLabelPrinted(), row.getCell(0).getText());
					List<String> expected = new ArrayList<>();
					item.getScores().forEach(score -> expected.add(String.valueOf(score.getValue())));
					List<String> cells = row.getTableCells().stream().map(c -> c.getText()).toList();
					assertEquals(expected, cells.subList(1, cells.size() - 1), item.getItemLabelPrinted());
					assertEquals(Scoring.average(item).orElseThrow(), new BigDecimal(cells.get(cells.size() - 1)));
				}
			}
		}
	}

	@Test
	void eachScoreTableHasANativeBarChartOfTheAveragesOfCoreScoring() throws Exception {
		EvaluationReport report = load("saisei-iryo-2022");
		List<Evaluation> scored = report.getEvaluations().stream().filter(e -> e.getScoreTable() != null).toList();
		// a changed score must change the chart: item 1 of the first table, 3 → 0
		ItemScore changed = scored.get(0).getScoreTable().getRows().get(0);
		BigDecimal before = Scoring.average(changed).orElseThrow();
		EvaluatorScore score = changed.getScores().stream().filter(s -> s.getValue() != null && s.getValue() > 0).findFirst().orElseThrow();
		score.setValue(0);
		assertTrue(Scoring.average(changed).orElseThrow().compareTo(before) < 0, "the average fell");
		// an item nobody scored keeps its place in the chart, without a bar
		ItemScore unscored = scored.get(1).getScoreTable().getRows().get(2);
		unscored.getScores().forEach(s -> s.setValue(null));

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(report, "saisei-iryo-2022-charts")))) {
			List<XWPFChart> charts = document.getCharts();
			assertEquals(scored.size(), charts.size(), "a chart per score table");
			for (int t = 0; t < charts.size(); t++) {
				List<ItemScore> items = scored.get(t).getScoreTable().getRows();
				XWPFChart chart = charts.get(t);
				assertEquals("評点結果（平均点）", chart.getTitle().getBody().getParagraph(0).getText());
				var scale = chart.getCTChart().getPlotArea().getValAxArray(0).getScaling();
				assertEquals(List.of(0.0, 3.0), List.of(scale.getMin().getVal(), scale.getMax().getVal()), "the scale of the scores");
				List<XDDFChartData> data = chart.getChartSeries();
				assertEquals(1, data.size());
				XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.get(0).getSeries(0);
				assertEquals(items.size(), series.getCategoryData().getPointCount());
				Map<Integer, Double> values = values(series.getCTBarSer());
				XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
				List<Integer> low = new ArrayList<>();
				for (int i = 0; i < items.size(); i++) {
					ItemScore item = items.get(i);
					assertEquals(item.getItemLabelPrinted(), series.getCategoryData().getPointAt(i), "the table's item label");
					assertEquals(item.getItemLabelPrinted(), sheet.getRow(i + 1).getCell(0).getStringCellValue(), "Word's data sheet");
					Double average = Scoring.average(item).map(BigDecimal::doubleValue).orElse(null);
					assertEquals(average, values.get(i), item.getItemLabelPrinted());
					if (average != null) {
						assertEquals(average, sheet.getRow(i + 1).getCell(1).getNumericCellValue(), 1e-9, "Word's data sheet");
						if (average < 2.0) {
							low.add(i);
						}
					}
				}
				assertEquals(low, series.getCTBarSer().getDPtList().stream().map(CTDPt::getIdx).map(idx -> (int) idx.getVal()).toList(),
						"the bars below 2.0 have their own colour");
			}
			assertEquals(Scoring.average(changed).orElseThrow().doubleValue(), values(series(charts.get(0))).get(0), "the changed score");
			assertEquals(null, values(series(charts.get(1))).get(2), "no bar for an unscored item");
			assertEquals(List.of(3, 4), series(charts.get(2)).getDPtList().stream().map(p -> (int) p.getIdx().getVal()).toList(),
					"C's items 4 and 5 average 1.8");
		}
	}

	private static CTBarSer series(XWPFChart chart) {
		return ((XDDFBarChartData.Series) chart.getChartSeries().get(0).getSeries(0)).getCTBarSer();
	}

	/** The values Word shows (the chart's cache), by point index; a point without value is absent. */
	private static Map<Integer, Double> values(CTBarSer series) {
		Map<Integer, Double> values = new TreeMap<>();
		for (CTNumVal point : series.getVal().getNumRef().getNumCache().getPtList()) {
			values.put((int) point.getIdx(), Double.valueOf(point.getV()));
		}
		return values;
	}

	/** Word refuses parts whose elements break the schema's order; XMLBeans checks them against it. */
	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void everyPartFollowsTheOfficeOpenXmlSchema(String sample) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(load(sample), sample + "-schema")))) {
			assertValid(sample + " word/document.xml", document.getDocument());
			// not the table style: POI's schemas leave out the type of a style's table properties
			for (String style : new String[] { "Normal", "Title", "Heading1", "Heading2", "Heading3" }) {
				assertValid(sample + " style " + style, document.getStyles().getStyle(style).getCTStyle());
			}
			for (XWPFChart chart : document.getCharts()) {
				assertValid(sample + " chart " + (document.getCharts().indexOf(chart) + 1), chart.getCTChartSpace());
			}
			assertTrue(document.getCharts().size() > 0 || load(sample).getEvaluations().stream().allMatch(e -> e.getScoreTable() == null),
					"the charts were read");
		}
	}

	/**
	 * XMLBeans knows no schema of Word 2010's groups of shapes (the figures, where a section draws some), which
	 * DrawingML's graphic data admits as an extension: that they are not defined is no error (the roadmap's tests
	 * check their parts). Nor does it apply markup compatibility (ECMA-376 Part 3), which a reader applies before the
	 * schema, as Word's own documents need: its attributes and elements are not the schema's.
	 */
	private static void assertValid(String part, XmlObject xml) {
		List<XmlError> errors = new ArrayList<>();
		xml.validate(new XmlOptions().setErrorListener(errors));
		errors.removeIf(error -> error.getSeverity() != XmlError.SEVERITY_ERROR
				|| error.getMessage().contains("no definition found") && error.getMessage().contains("wgp@" + WordXml.WPG)
				|| error.getMessage().contains("@" + WordXml.MC + " "));
		assertEquals(List.of(), errors, part);
	}

	/** POI's schemas leave out the type of a style's table properties: the style is read with the JDK's parser. */
	@Test
	void everyTableTakesItsBordersFromTheReportsTableStyle() throws Exception {
		byte[] docx = export(load("saisei-iryo-2022"), "table-style");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document styles = factory.newDocumentBuilder().parse(new ByteArrayInputStream(part(docx, "word/styles.xml")));
		NodeList all = styles.getElementsByTagNameNS(WordXml.W, "style");
		Element table = null;
		for (int i = 0; i < all.getLength(); i++) {
			if (((Element) all.item(i)).getAttributeNS(WordXml.W, "styleId").equals("ReportTable")) {
				table = (Element) all.item(i);
			}
		}
		assertNotNull(table, "the table style");
		assertEquals("table", table.getAttributeNS(WordXml.W, "type"));
		Element borders = (Element) table.getElementsByTagNameNS(WordXml.W, "tblBorders").item(0);
		for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
			assertEquals("single", ((Element) borders.getElementsByTagNameNS(WordXml.W, side).item(0)).getAttributeNS(WordXml.W, "val"), side);
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertFalse(document.getTables().isEmpty());
			for (XWPFTable each : document.getTables()) {
				assertEquals("ReportTable", each.getStyleID());
				assertFalse(each.getCTTbl().getTblPr().isSetTblBorders(), "no borders of its own");
			}
		}
	}

	@Test
	void japaneseTextDefaultsToAJapaneseFont() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(load("soyaku-kiban-2021"), "fonts")))) {
			CTRPr defaults = document.getStyles().getDefaultRunStyle().getRPr();
			assertEquals("游明朝", defaults.getRFontsArray(0).getEastAsia(), "docDefaults rFonts eastAsia");
			assertEquals("ja-JP", defaults.getLangArray(0).getEastAsia(), "docDefaults lang eastAsia");
		}
	}

	@Test
	void markupAndControlCharactersInNamesStayInertText() throws IOException {
		EvaluationReport report = load("saisei-iryo-2022");
		report.getProgram().setNameJa(SCRIPT);
		report.getProgram().getProjects().get(0).setNameJa("a\u0000b\u001b[31mc\u0085d\uFFFEe\uD800f");
		report.getCommittee().getMembers().get(0).getPerson().setNameJa("\"><w:fldSimple w:instr=\"INCLUDETEXT x\"/>");
		byte[] bytes = export(report, "injection");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			String text = document.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
			assertTrue(text.contains(SCRIPT), "printed as typed");
			assertTrue(text.contains("a\uFFFDb\uFFFD[31mc\uFFFDd\uFFFDe\uFFFDf"), "control characters replaced");
			assertTrue(document.getTables().stream().anyMatch(t -> t.getText().contains("<w:fldSimple")), "a tag in a name is text");
		}
		String xml = documentXml(bytes);
		assertFalse(xml.contains("<script"), "escaped in the file");
		assertFalse(xml.contains("<w:fldSimple"), "no field was made of a name");
		assertTrue(xml.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'));
	}

	@Test
	void theExtensionRegistryOffersTheExporter() throws Exception {
		ExporterRegistry registry = ExporterRegistry.read(RegistryFactory.getRegistry());
		assertEquals(List.of(), registry.problems());
		assertEquals("docx", registry.find("org.hyoka.export.docx").orElseThrow().fileExtension());
		assertInstanceOf(DocxExporter.class, registry.find("org.hyoka.export.docx").orElseThrow().create());
	}

	@Test
	void columnsAreAsWideAsTheirContentSoThatItemTitlesDoNotWrapToThreeLines() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(load("saisei-iryo-2022"), "column-widths")))) {
			for (XWPFTable scores : tableStartingWith(document, "評価項目")) {
				List<Integer> widths = scores.getCTTbl().getTblGrid().getGridColList().stream().map(column -> Integer.parseInt(column.getW().toString()))
						.toList();
				assertTrue(widths.stream().distinct().count() > 1, "not all equal: " + widths);
				assertTrue(widths.get(0) >= 2.5 * widths.get(1), "評価項目 is wider than a score column: " + widths);
				assertTrue(widths.get(0) >= 12 * 210, "評価項目 takes 12 full-width characters a line: " + widths);
				assertTrue(widths.stream().mapToInt(Integer::intValue).sum() <= 8504, "within the text width: " + widths);
			}
		}
	}

	private static List<XWPFTable> tableStartingWith(XWPFDocument document, String firstCell) {
		return document.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstCell)).toList();
	}

	private static String documentXml(byte[] docx) throws IOException {
		return new String(part(docx, "word/document.xml"), StandardCharsets.UTF_8);
	}

	private static byte[] part(byte[] docx, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return zip.readAllBytes();
				}
			}
		}
		throw new AssertionError("no " + name);
	}
}
