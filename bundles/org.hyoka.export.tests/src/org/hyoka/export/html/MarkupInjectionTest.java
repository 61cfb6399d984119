package org.hyoka.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyoka.export.ExportOptions;
import org.hyoka.export.Samples;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.ItemScore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Names and texts that look like markup, or hold control characters, come out as plain text. */
class MarkupInjectionTest {

	private static final String SCRIPT = "<script>alert('x')</script>";
	private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
	private static final String CONTROLS = "a\u0000b\u001b[31mc\u0085d\uFFFEe\uD800f";

	@Test
	void markupInNamesCommentsAndChartLabelsStaysText() throws Exception {
		EvaluationReport report = Samples.load(Samples.SAISEI);
		report.getProgram().setNameJa(SCRIPT);
		report.getCommittee().getMembers().get(0).getPerson().setNameJa(IMAGE);
		Evaluation scored = report.getEvaluations().stream().filter(e -> e.getScoreTable() != null).findFirst().orElseThrow();
		ItemScore row = scored.getScoreTable().getRows().get(0);
		row.setItemLabelPrinted(SCRIPT + "]]>&amp;");
		scored.getComments().get(0).setText("<!-- " + SCRIPT);

		byte[] bytes = Samples.bytes(new HtmlExporter(), report, ExportOptions.DEFAULTS);
		Document html = Xhtml.parse(bytes);

		assertEquals(0, html.getElementsByTagNameNS("*", "script").getLength(), "no script element");
		assertEquals(0, html.getElementsByTagNameNS("*", "img").getLength(), "no img element");
		String text = html.getDocumentElement().getTextContent();
		assertTrue(text.contains(SCRIPT), "the name is printed as typed");
		assertTrue(text.contains(IMAGE));
		assertTrue(text.contains("<!-- " + SCRIPT), "a comment opener in a comment is text");
		List<Element> chartLabels = Xhtml.find(html, Xhtml.SVG, "text", null);
		assertTrue(chartLabels.stream().anyMatch(t -> t.getTextContent().equals(SCRIPT + "]]>&amp;")), "the SVG label too");
		String raw = new String(bytes, StandardCharsets.UTF_8);
		assertFalse(raw.contains("<script"), "not even inside the file's text");
	}

	@Test
	void controlCharactersBecomeReplacementCharacters() throws Exception {
		EvaluationReport report = Samples.load(Samples.SOYAKU);
		report.getProgram().getProjects().get(0).setNameJa(CONTROLS);
		byte[] bytes = Samples.bytes(new HtmlExporter(), report, ExportOptions.DEFAULTS);
		Document html = Xhtml.parse(bytes);
		assertTrue(html.getDocumentElement().getTextContent().contains("a\uFFFDb\uFFFD[31mc\uFFFDd\uFFFDe\uFFFDf"));
		String raw = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(raw.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "no control character but line breaks and tabs");
	}

	@Test
	void attributesEscapeQuotesAndKeepLineBreaks() {
		assertEquals("&quot;&gt;&lt;img&amp;&#10;", MarkupWriter.escape("\"><img&\n", true));
		assertEquals("\"&gt;&lt;img&amp;\n", MarkupWriter.escape("\"><img&\n", false));
		assertEquals("\uD83D\uDE00", MarkupWriter.escape("\uD83D\uDE00", false), "a surrogate pair is one character and stays");
	}
}
