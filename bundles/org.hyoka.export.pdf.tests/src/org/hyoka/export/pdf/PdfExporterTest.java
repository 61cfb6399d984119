package org.hyoka.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.ReportStatus;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.hyoka.pdf.JapaneseFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both samples as PDF inside OSGi: the text PDFBox extracts holds the Japanese titles, names and figures of the model. */
class PdfExporterTest {

	private static final Path EXPORTS = Path.of("../org.hyoka.export.pdf.tests/target/exports");
	private static final String SCRIPT = "<script>alert('x')</script>";

	private static EvaluationReport load(String sample) throws IOException {
		return HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka"));
	}

	private static PDDocument export(EvaluationReport report, String keepAs) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfExporter().export(report, ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		Files.createDirectories(EXPORTS);
		Files.write(EXPORTS.resolve(keepAs + ".pdf"), out.toByteArray());
		return Loader.loadPDF(out.toByteArray());
	}

	/**
	 * Extracted text without page numbers and white space: wrapped lines and table cells break where the layout
	 * put them, and text continued on the next page follows the page number of the previous one.
	 */
	private static String text(PDDocument pdf, int from, int to) throws IOException {
		return compact(rawText(pdf, from, to).replaceAll("(?m)^\\d+ / \\d+$", ""));
	}

	private static String rawText(PDDocument pdf, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(pdf);
	}

	private static String compact(String text) {
		return text.replaceAll("\\s", "");
	}

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void theTextHoldsTheJapaneseTitlesNamesAndAverages(String sample) throws IOException {
		EvaluationReport report = load(sample);
		try (PDDocument pdf = export(report, sample)) {
			String text = text(pdf, 1, pdf.getNumberOfPages());
			assertTrue(text.contains("技術評価報告書"), "the title");
			assertTrue(text.contains("評点結果"));
			assertFalse(text.contains("評点法：評点法"), "a method named 評点法 is not labelled 評点法 again");
			assertTrue(text.contains("第1部事業の概要") && text.contains("第2部評価"));
			assertTrue(text.contains(compact(report.getProgram().getNameJa())), "the program's name");
			for (Project project : report.getProgram().getProjects()) {
				assertTrue(text.contains(compact(project.getNameJa())), project.getNameJa());
			}
			for (Evaluation evaluation : report.getEvaluations()) {
				evaluation.getComments().forEach(comment -> assertTrue(text.contains(compact(comment.getText())), comment.getText()));
				if (evaluation.getScoreTable() != null) {
					Scoring.results(evaluation.getScoreTable())
							.forEach(result -> assertTrue(text.contains(result.average().toPlainString()), result.toString()));
				}
			}
			assertEquals("ja", pdf.getDocumentCatalog().getLanguage());
			assertTrue(pdf.getDocumentInformation().getTitle().startsWith(report.getTitleJa()));
		}
	}

	@Test
	void partsStartPagesAndTheJapaneseFontIsEmbeddedAsASubset() throws IOException {
		try (PDDocument pdf = export(load("saisei-iryo-2022"), "saisei-iryo-2022-pages")) {
			int pages = pdf.getNumberOfPages();
			assertTrue(pages > 5, pages + " pages");
			int partTwo = -1;
			for (int page = 1; page <= pages; page++) {
				if (text(pdf, page, page).startsWith("第2部評価")) {
					partTwo = page;
				}
			}
			assertTrue(partTwo > 1, "第2部 starts a page");
			assertTrue(rawText(pdf, pages, pages).strip().endsWith(pages + " / " + pages), "numbered pages");
			PDPage first = pdf.getPage(0);
			COSName name = first.getResources().getFontNames().iterator().next();
			PDFont font = first.getResources().getFont(name);
			assertTrue(font.isEmbedded());
			assertTrue(font.getName().matches("[A-Z]{6}\\+IPAexGothic"), font.getName());
			assertEquals(3, parts(pdf), "a bookmark per part: 第1部, 第2部 and the WG's 所見 (第3部)");
		}
	}

	private static int parts(PDDocument pdf) {
		int parts = 0;
		for (var item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
			parts += item.getTitle().startsWith("第") ? 1 : 0;
		}
		return parts;
	}

	@Test
	void eachScoreTableIsFollowedByABarChartWithItsTitleAxisAndAverages() throws IOException {
		EvaluationReport report = load("saisei-iryo-2022");
		List<Evaluation> scored = report.getEvaluations().stream().filter(e -> e.getScoreTable() != null).toList();
		try (PDDocument pdf = export(report, "saisei-iryo-2022-charts")) {
			String text = text(pdf, 1, pdf.getNumberOfPages());
			assertEquals(scored.size(), text.split("評点結果（平均点）", -1).length - 1, "a chart title per score table");
			String chart = rawText(pdf, chartPage(pdf), chartPage(pdf));
			String afterTitle = compact(chart.substring(chart.indexOf("評点結果（平均点）")));
			assertTrue(afterTitle.contains("0123平均点"), "the ticks 0–3 and the value axis' title: " + afterTitle);
		}
	}

	/**
	 * The first chart rendered: one bar per item, all starting at the axis, as long as the averages of core
	 * Scoring relative to each other, and in the chart's colours. The page is kept as PNG for people to look at.
	 */
	@Test
	void theBarsOfTheChartAreAsLongAsTheAverages() throws IOException {
		EvaluationReport report = load("saisei-iryo-2022");
		List<ItemScore> items = report.getEvaluations().stream().filter(e -> e.getScoreTable() != null).findFirst().orElseThrow()
				.getScoreTable().getRows();
		// a low score makes one bar short and red
		items.get(2).getScores().forEach(score -> score.setValue(1));
		try (PDDocument pdf = export(report, "saisei-iryo-2022-chart-bars")) {
			int page = chartPage(pdf);
			BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, 144, ImageType.RGB);
			ImageIO.write(image, "png", EXPORTS.resolve("chart-page.png").toFile());
			List<int[]> bars = bars(image);
			assertTrue(bars.size() >= items.size(), bars.size() + " bars");
			double perPoint = bars.get(0)[1] / Scoring.average(items.get(0)).orElseThrow().doubleValue();
			for (int i = 0; i < items.size(); i++) {
				double average = Scoring.average(items.get(i)).orElseThrow().doubleValue();
				assertEquals(bars.get(0)[0], bars.get(i)[0], 1, "bars start at the axis");
				assertEquals(average * perPoint, bars.get(i)[1], 3, items.get(i).getItemLabelPrinted());
				assertEquals(average < 2.0, bars.get(i)[2] == 1, "red below 2.0: " + items.get(i).getItemLabelPrinted());
			}
			assertEquals(1.0, Scoring.average(items.get(2)).orElseThrow().doubleValue());
		}
	}

	private static int chartPage(PDDocument pdf) throws IOException {
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			if (rawText(pdf, page, page).contains("評点結果（平均点）")) {
				return page;
			}
		}
		throw new AssertionError("no chart");
	}

	/** Bars top to bottom as {left, width, red?}: runs of rows holding more than a few pixels of a bar colour. */
	private static List<int[]> bars(BufferedImage image) {
		List<int[]> bars = new ArrayList<>();
		boolean inBar = false;
		for (int y = 0; y < image.getHeight(); y++) {
			int left = Integer.MAX_VALUE;
			int right = -1;
			int red = 0;
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				boolean blue = near(rgb, 0x4a7ab5);
				boolean low = near(rgb, 0xc0392b);
				if (blue || low) {
					left = Math.min(left, x);
					right = Math.max(right, x);
					red += low ? 1 : 0;
				}
			}
			boolean bar = right - left > 4;
			if (bar && !inBar) {
				bars.add(new int[] { left, right - left + 1, red > 0 ? 1 : 0 });
			}
			inBar = bar;
		}
		return bars;
	}

	private static boolean near(int rgb, int colour) {
		for (int shift = 0; shift <= 16; shift += 8) {
			if (Math.abs((rgb >> shift & 0xff) - (colour >> shift & 0xff)) > 12) {
				return false;
			}
		}
		return true;
	}

	@Test
	void longTextsWrapAndContinueOnTheNextPage() throws IOException {
		EvaluationReport report = load("soyaku-kiban-2021");
		String purpose = "長い説明文、" + "研究開発の目的と概要を述べる。".repeat(400) + "Latin words wrap at spaces ".repeat(40) + "終わり。";
		report.getProgram().getProjects().get(0).setPurpose(purpose);
		int before;
		try (PDDocument pdf = export(load("soyaku-kiban-2021"), "long-before")) {
			before = pdf.getNumberOfPages();
		}
		try (PDDocument pdf = export(report, "long-text")) {
			assertTrue(pdf.getNumberOfPages() >= before + 2, "the purpose takes pages");
			assertTrue(text(pdf, 1, pdf.getNumberOfPages()).contains(compact(purpose)), "nothing cut off");
		}
	}

	/**
	 * A table started anywhere down a page, with a caption or without, with a header of one line or of three: its
	 * caption and header rows are on the page of its first row, never alone at the foot of the page before.
	 */
	@Test
	void aTableHeadIsNeverLeftAloneAtThePageFoot() throws IOException {
		String tall = "評価項目の名前が長く三行に折り返される見出しの例".repeat(3);
		List<Table> tables = List.of(
				new Table(Block.Kind.DATA, "", "", "", List.of(List.of(Cell.header("見出しA"), Cell.header("見出しB")),
						List.of(Cell.text("一行目", "text"), Cell.text("一行目の値", "text")), List.of(Cell.text("二行目", "text"), Cell.text("値", "text"))), 1, 0),
				new Table(Block.Kind.DATA, "", "表9　見出しの例", "（単位：百万円）", List.of(List.of(Cell.header(tall), Cell.header("見出しA")),
						List.of(Cell.header("見出しB"), Cell.header("見出しC")),
						List.of(Cell.text("一行目", "text"), Cell.number("1,234", "amount"))), 2, 0));
		int checked = 0;
		try (TrueTypeFont font = JapaneseFont.load()) {
		for (Table table : tables) {
			for (int filler = 0; filler < 60; filler++) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				try (PDDocument document = new PDDocument(); PageWriter writer = new PageWriter(document, font)) {
					writer.paragraph(String.join("\n", Collections.nCopies(filler, "詰め物の行")));
					writer.table(table);
					writer.finish();
					document.save(out);
				}
				try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
					for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
						String text = text(pdf, page, page);
						if (text.contains("見出しA")) {
							assertTrue(text.contains("一行目"), "after " + filler + " lines, page " + page + " has the head without the first row: " + text);
							assertTrue(text.contains(compact(table.fullCaption())), "after " + filler + " lines, the caption is not with the head");
							checked++;
							break;
						}
					}
				}
			}
		}
		}
		assertEquals(120, checked, "every table was found");
	}

	/** A first row longer than a page is split anyway: the table starts where it is, not on a new page. */
	@Test
	void aTableWhoseFirstRowIsLongerThanAPageStartsOnThePageItReaches() throws IOException {
		Table table = new Table(Block.Kind.DATA, "", "表9　長い行", "", List.of(List.of(Cell.header("見出しA"), Cell.header("見出しB")),
				List.of(Cell.text("一行目", "text"), Cell.text("長い説明文。".repeat(900), "text"))), 1, 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument(); TrueTypeFont font = JapaneseFont.load(); PageWriter writer = new PageWriter(document, font)) {
			writer.paragraph(String.join("\n", Collections.nCopies(10, "詰め物の行")));
			writer.table(table);
			writer.finish();
			document.save(out);
		}
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String first = text(pdf, 1, 1);
			assertTrue(first.contains("見出しA") && first.contains("一行目"), "the head and the row start on page 1: " + first);
		}
	}

	@Test
	void markupAndControlCharactersInNamesPrintAsInertText() throws IOException {
		EvaluationReport report = load("saisei-iryo-2022");
		report.getProgram().setNameJa(SCRIPT);
		report.getProgram().getProjects().get(0).setNameJa("a\u0000b\u001b[31mc\u0085d\uFFFEe\uD800f");
		try (PDDocument pdf = export(report, "injection")) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(compact(text).contains(compact(SCRIPT)), "printed as typed");
			assertTrue(text.contains("a〓b〓[31mc〓d〓e〓f") || text.contains("a\uFFFDb\uFFFD[31mc\uFFFDd\uFFFDe\uFFFDf"),
					"each control character printed as a replacement mark");
			assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'));
			assertTrue(pdf.getDocumentCatalog().getAcroForm() == null && pdf.getDocumentCatalog().getOpenAction() == null,
					"no forms, no actions");
		}
	}

	// What the PDF of issue #13 got wrong: missing bullets, overrunning cells, doubled affiliations, the cover, amounts.

	@Test
	void bulletsTheFontLacksPrintAsTheCircleItHas() throws IOException {
		try (PDDocument pdf = export(load("soyaku-kiban-2021"), "polish-bullets")) {
			String text = text(pdf, 1, pdf.getNumberOfPages());
			assertFalse(text.contains("〓"), "no geta marks");
			assertTrue(text.contains("●疾患標的の枯渇により、糖タンパク質を標的とした治療薬開発の要望は益々高まっている。"), "⚫ prints as ●");
		}
	}

	@Test
	void anAffiliationPrintsOnceAndAmountsHaveThousandsSeparators() throws IOException {
		try (PDDocument pdf = export(load("soyaku-kiban-2021"), "polish-affiliations")) {
			String text = text(pdf, 1, pdf.getNumberOfPages());
			assertTrue(text.contains("プロジェクトリーダー前仲勝美北海道大学教授"), "as the report prints it");
			assertFalse(text.contains("北海道大学北海道大学"));
			assertTrue(text.contains("合計8248291,046984979"), "the program's budget totals");
			assertTrue(text.contains("総執行額4,662"), "the grand total under the label the report prints");
			assertFalse(text.contains("1046"));
		}
	}

	/** The title page, kept as PNG for people to look at. */
	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void theCoverHasTheCommitteeAndTheDate(String sample) throws IOException {
		EvaluationReport report = load(sample);
		report.setStatus(ReportStatus.DRAFT);
		try (PDDocument pdf = export(report, sample + "-cover")) {
			ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 72, ImageType.RGB), "png", EXPORTS.resolve(sample + "-cover.png").toFile());
			List<String> lines = rawText(pdf, 1, 1).lines().map(String::strip).toList();
			assertTrue(lines.stream().anyMatch(line -> line.endsWith("技術評価報告書（案）")), "the title breaks between its words: " + lines);
			String cover = text(pdf, 1, 1);
			assertTrue(cover.contains(compact(report.getCommittee().getNameJa())), cover);
			assertTrue(cover.contains(sample.startsWith("soyaku") ? "2022年2月24日" : "2022年度（令和4年度）"), cover);
		}
	}

	/**
	 * Every line of every table cell of both samples, and of a score table of 20 evaluators with the 評価者 names as
	 * its header, fits inside its cell: tables too wide for the page wrap within their cells, but not their numbers.
	 */
	@Test
	void noTextReachesPastItsCell() throws IOException {
		EvaluationReport twenty = load("saisei-iryo-2022");
		for (ItemScore row : twenty.getEvaluations().get(0).getScoreTable().getRows()) {
			for (int column = 6; column <= 20; column++) {
				EvaluatorScore score = EvaluationFactory.eINSTANCE.createEvaluatorScore();
				score.setColumn(column);
				score.setValue(column % 4);
				row.getScores().add(score);
			}
		}
		int lines = 0;
		try (PDDocument document = new PDDocument(); TrueTypeFont font = JapaneseFont.load(); PageWriter writer = new PageWriter(document, font)) {
			for (EvaluationReport report : List.of(load("soyaku-kiban-2021"), load("saisei-iryo-2022"), twenty)) {
				for (Block block : ReportOutline.of(report, new NullProgressMonitor())) {
					if (block instanceof Table table) {
						lines += checkCells(writer, table);
					}
				}
			}
		}
		assertTrue(lines > 1000, lines + " lines checked");
		export(twenty, "polish-twenty-evaluators").close();
	}

	private static int checkCells(PageWriter writer, Table table) {
		PageWriter.Layout layout = writer.layout(table);
		int lines = 0;
		for (int r = 0; r < table.rows().size(); r++) {
			List<List<String>> row = layout.lines().get(r);
			for (int c = 0; c < row.size(); c++) {
				if (c < table.rows().get(r).size() && table.rows().get(r).get(c).number()) {
					assertTrue(row.get(c).size() <= 1, "a number stays on one line: " + row.get(c));
				}
				float room = PageWriter.inner(layout.columns()[c]);
				for (String line : row.get(c)) {
					float width = writer.textWidth(line, layout.size());
					assertTrue(width <= room + 0.01f, "「" + line + "」 is " + width + " pt in a cell of " + room);
					lines++;
				}
			}
		}
		return lines;
	}

	@Test
	void closingPunctuationTakesACharacterAlongInsteadOfHanging() throws IOException {
		try (PDDocument document = new PDDocument(); TrueTypeFont font = JapaneseFont.load(); PageWriter writer = new PageWriter(document, font)) {
			// four characters fit; the fifth is 。, which may not start a line
			assertEquals(List.of("研究開", "発。次"), writer.wrap("研究開発。次", 10.5f, 10.5f * 4 + 1));
			List<String> latin = writer.wrap("FDA Modernization Act, 2022", 10.5f, 120);
			latin.forEach(line -> assertTrue(writer.textWidth(line, 10.5f) <= 120, latin.toString()));
		}
	}

	/** A table's cell breaks before a bracketed phrase rather than inside it, where the phrase fits a line. */
	@Test
	void aCellBreaksBeforeABracketedPhrase() throws IOException {
		try (PDDocument document = new PDDocument(); TrueTypeFont font = JapaneseFont.load(); PageWriter writer = new PageWriter(document, font)) {
			String year = "2021年度（令和3年度）";
			float width = writer.textWidth("2021年度（令和3年", 10.5f);
			assertEquals(List.of("2021年度（令和3年", "度）"), writer.wrap(year, 10.5f, width), "body text fills its lines");
			assertEquals(List.of("2021年度", "（令和3年度）"), writer.wrap(year, 10.5f, width, true));
			// a phrase longer than a line breaks inside it, as any text does
			float narrow = writer.textWidth("2021年度", 10.5f);
			List<String> lines = writer.wrap(year, 10.5f, narrow, true);
			assertEquals(year, String.join("", lines));
			lines.forEach(line -> assertTrue(writer.textWidth(line, 10.5f) <= narrow, lines.toString()));
			// a longer text fills its lines as body text does: no ragged line before every bracket
			String longer = "研究開発課題A（核酸医薬品の品質評価技術開発）を実施した。";
			float some = writer.textWidth("研究開発課題A（核酸医", 10.5f);
			assertEquals(writer.wrap(longer, 10.5f, some), writer.wrap(longer, 10.5f, some, true));
		}
	}

	/** Text as wide as the room stays one line, a hair more breaks, and line feeds break also in text that fits. */
	@Test
	void textThatFitsIsOneLineAndLineFeedsStillBreak() throws IOException {
		try (PDDocument document = new PDDocument(); TrueTypeFont font = JapaneseFont.load(); PageWriter writer = new PageWriter(document, font)) {
			float width = writer.textWidth("研究開発", 10.5f);
			assertEquals(List.of("研究開発"), writer.wrap("研究開発", 10.5f, width));
			assertEquals(List.of("研究開", "発"), writer.wrap("研究開発", 10.5f, width - 0.01f));
			assertEquals(List.of("研究", "開発", "", "終わり"), writer.wrap("研究\r\n開発\n\r終わり", 10.5f, 1000));
			assertEquals(List.of(""), writer.wrap("", 10.5f, 1000));
		}
	}

	@Test
	void theExtensionRegistryOffersTheExporter() throws Exception {
		ExporterRegistry registry = ExporterRegistry.read(RegistryFactory.getRegistry());
		assertEquals(List.of(), registry.problems());
		assertEquals("pdf", registry.find("org.hyoka.export.pdf").orElseThrow().fileExtension());
		assertInstanceOf(PdfExporter.class, registry.find("org.hyoka.export.pdf").orElseThrow().create());
	}
}
