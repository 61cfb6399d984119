package org.hyoka.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both samples as PDF inside OSGi: the text PDFBox extracts holds the Japanese titles, names and figures of the model. */
class PdfExporterTest {

	private static final Path EXPORTS = Path.of("target/exports");
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
			assertEquals(2, parts(pdf), "a bookmark per part");
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

	@Test
	void theExtensionRegistryOffersTheExporter() throws Exception {
		ExporterRegistry registry = ExporterRegistry.read(RegistryFactory.getRegistry());
		assertEquals(List.of(), registry.problems());
		assertEquals("pdf", registry.find("org.hyoka.export.pdf").orElseThrow().fileExtension());
		assertInstanceOf(PdfExporter.class, registry.find("org.hyoka.export.pdf").orElseThrow().create());
	}
}
