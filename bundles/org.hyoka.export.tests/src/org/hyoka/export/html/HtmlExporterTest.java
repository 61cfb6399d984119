package org.hyoka.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Samples;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.finance.BudgetRequestSheet;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.program.CompetitiveLandscape;
import org.hyoka.model.program.CompetitorProfile;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.LandscapeEvent;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.ProgressCell;
import org.hyoka.model.results.ProgressMatrix;
import org.hyoka.model.results.ResultsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Both samples exported as the 技術評価報告書: the XHTML parses, and what it prints is what the model holds. */
class HtmlExporterTest {

	/** The exports, kept for people to look at. */
	private static final Path EXPORTS = Path.of("../org.hyoka.export.tests/target/exports");

	@ParameterizedTest
	@ValueSource(strings = { Samples.SOYAKU, Samples.SAISEI })
	void printsBothPartsWithEveryProjectMemberMeetingCommentAndRecommendation(String sample) throws Exception {
		EvaluationReport report = Samples.load(sample);
		byte[] bytes = Samples.bytes(new HtmlExporter(), report, ExportOptions.DEFAULTS);
		Files.createDirectories(EXPORTS);
		Files.write(EXPORTS.resolve(sample + ".html"), bytes);
		Document html = Xhtml.parse(bytes);

		assertEquals("ja", html.getDocumentElement().getAttribute("lang"));
		String text = html.getDocumentElement().getTextContent();
		assertTrue(text.contains("第1部 事業の概要") && text.contains("第2部 評価"), "both parts");
		assertFalse(text.contains("評点法：評点法"), "a method named 評点法 is not labelled 評点法 again");
		assertTrue(Xhtml.only(html, "title", null).getTextContent().startsWith(report.getTitleJa()));
		assertEquals(1 + report.getProgram().getProjects().size(), Xhtml.find(html, "section", "subject").size());
		for (Project project : report.getProgram().getProjects()) {
			assertTrue(text.contains(project.getNameJa()), project.getNameJa());
		}
		assertEquals(report.getProgram().getBudgetTables().size()
				+ report.getProgram().getProjects().stream().mapToInt(p -> p.getBudgetTables().size()).sum(),
				Xhtml.find(html, "table", "budget").size());

		List<Element> members = Xhtml.find(Xhtml.only(html, "table", "committee"), "td", "name");
		assertEquals(report.getCommittee().getMembers().stream().map(m -> m.getPerson().getNameJa()).toList(),
				members.stream().map(Element::getTextContent).toList());
		List<Element> meetings = Xhtml.find(html, "div", "meeting");
		assertEquals(report.getCommittee().getMeetings().size(), meetings.size());
		for (int i = 0; i < meetings.size(); i++) {
			assertEquals(report.getCommittee().getMeetings().get(i).getAgenda(),
					Xhtml.find(meetings.get(i), "li", null).stream().map(Element::getTextContent).toList(), "the agenda as printed");
		}

		assertEquals(report.getEvaluations().size(), Xhtml.find(html, "section", "evaluation").size());
		for (Evaluation evaluation : report.getEvaluations()) {
			Element section = Xhtml.find(html, "section", "evaluation").stream()
					.filter(s -> s.getAttribute("id").equals("evaluation-" + evaluation.getId())).findFirst().orElseThrow();
			List<Element> comments = Xhtml.find(section, "li", "comment");
			assertEquals(evaluation.getComments().size(), comments.size(), evaluation.getId());
			for (int i = 0; i < comments.size(); i++) {
				assertEquals(evaluation.getComments().get(i).getText(), Xhtml.only(comments.get(i), "span", "text").getTextContent());
			}
			assertEquals(evaluation.getRecommendations().size(),
					Xhtml.find(section, "table", "recommendations").stream().mapToInt(t -> Xhtml.find(t, "tbody", null).get(0)
							.getElementsByTagNameNS(Xhtml.XHTML, "tr").getLength()).sum());
		}
	}

	@Test
	void printsTheNarrativeSectionsOfASubjectInTheirOrderAfterItsBudgets() throws Exception {
		EvaluationReport report = Samples.load(Samples.SOYAKU);
		Project a = report.getProgram().getProjects().get(0);
		a.getNarratives().clear();
		for (String heading : List.of("２．当省（国）が実施することの必要性", "３－１．国内外の類似・競合する研究開発等の状況")) {
			NarrativeSection narrative = ProgramFactory.eINSTANCE.createNarrativeSection();
			narrative.setHeadingPrinted(heading);
			narrative.setText("⚫ " + heading + "の本文\n⚫ 二つ目の箇条");
			a.getNarratives().add(narrative);
		}
		Document html = Xhtml.parse(Samples.bytes(new HtmlExporter(), report, ExportOptions.DEFAULTS));
		Element section = Xhtml.find(html, "section", "subject").stream()
				.filter(s -> s.getAttribute("id").equals("subject-" + a.getId())).findFirst().orElseThrow();
		List<Element> narratives = Xhtml.find(section, "div", "narrative");
		assertEquals(List.of("２．当省（国）が実施することの必要性", "３－１．国内外の類似・競合する研究開発等の状況"),
				narratives.stream().map(n -> Xhtml.only(n, "h4", null).getTextContent()).toList());
		assertTrue(narratives.get(0).getTextContent().contains("二つ目の箇条"), narratives.get(0).getTextContent());
		assertTrue(Xhtml.find(narratives.get(0), "table", "budget").isEmpty(), "the budgets come before, outside the narratives");
	}

	@Test
	void printsProgressTablesHistoriesCompetitorsAndBudgetRequestsAsPrinted() throws Exception {
		EvaluationReport report = Samples.load(Samples.SOYAKU);
		Project a = report.getProgram().getProjects().get(0);
		// only the tables made here
		report.getProgram().getBudgetRequests().clear();
		List<EvaluationSubject> subjects = new ArrayList<>(report.getProgram().getProjects());
		subjects.add(report.getProgram());
		subjects.forEach(subject -> {
			subject.getProgressMatrices().clear();
			subject.getLandscapes().clear();
			subject.getOutputIndicators().clear();
			subject.getOutcomeIndicators().clear();
			subject.getPreviousFindings().clear();
		});
		ProgressMatrix matrix = ResultsFactory.eINSTANCE.createProgressMatrix();
		matrix.setTitlePrinted("対象疾患と進捗");
		matrix.getRows().addAll(List.of("肝がん", "血液腫瘍"));
		matrix.getColumns().addAll(List.of("検体収集", "探索"));
		matrix.getCells().add(cell("血液腫瘍", "探索", "△", "期間内に検体が揃わないため中止"));
		matrix.getCells().add(cell("肝がん", "検体収集", "◎", null));
		a.getProgressMatrices().add(matrix);
		CompetitiveLandscape landscape = ProgramFactory.eINSTANCE.createCompetitiveLandscape();
		landscape.setTitlePrinted("表１ 歴史");
		LandscapeEvent event = ProgramFactory.eINSTANCE.createLandscapeEvent();
		event.setYearPrinted("2010年");
		event.setRegion("米国");
		event.setText("出来事");
		landscape.getEvents().add(event);
		CompetitorProfile competitor = ProgramFactory.eINSTANCE.createCompetitorProfile();
		competitor.setNameJa("Emulate");
		competitor.setHeadquarters("米国ボストン");
		landscape.getCompetitors().add(competitor);
		a.getLandscapes().add(landscape);
		BudgetRequestSheet request = FinanceFactory.eINSTANCE.createBudgetRequestSheet();
		request.setTitlePrinted("R2予算PR資料");
		request.setAmountPrinted("62.9億円");
		a.getBudgetRequests().add(request);

		Document html = Xhtml.parse(Samples.bytes(new HtmlExporter(), report, ExportOptions.DEFAULTS));
		List<Element> all = Xhtml.find(html, "table", "data");
		// project A's research items and themes come first of the tables set here (after the program's and A's overview
		// tables: 実施形態, 上位施策…), as on the Projects page; A's outputs and examples of the sample come between
		Set<String> sample = Set.of("アウトプットの内訳", "論文数・特許出願件数", "アウトカムの事例");
		List<Element> tables = all.subList(all.stream().map(HtmlExporterTest::caption).toList().indexOf("研究開発項目"), all.size()).stream()
				.filter(t -> !sample.contains(caption(t))).toList();
		assertEquals(List.of("研究開発項目", "研究テーマと実施者", "予算要求等", "対象疾患と進捗", "表１ 歴史", ""),
				tables.stream().map(HtmlExporterTest::caption).toList().subList(0, 6));
		List<String> rows = Xhtml.find(tables.get(3), "tr", null).stream().map(tr -> tr.getTextContent().strip()).toList();
		assertEquals(List.of("検体収集探索", "肝がん◎", "血液腫瘍△ 期間内に検体が揃わないため中止"), rows);
		assertTrue(tables.get(2).getTextContent().contains("62.9億円"));
		assertTrue(tables.get(4).getTextContent().contains("2010年米国出来事"));
		assertTrue(tables.get(5).getTextContent().contains("Emulate米国ボストン"));
	}

	private static String caption(Element table) {
		return Xhtml.find(table, "caption", null).stream().map(Element::getTextContent).findFirst().orElse("");
	}

	private static ProgressCell cell(String row, String column, String mark, String note) {
		ProgressCell cell = ResultsFactory.eINSTANCE.createProgressCell();
		cell.setRow(row);
		cell.setColumn(column);
		cell.setMarkPrinted(mark);
		cell.setNote(note);
		return cell;
	}

	/** The HTML has no order of its own: its headings are those of the outline DOCX and PDF print, level for level. */
	@ParameterizedTest
	@ValueSource(strings = { Samples.SOYAKU, Samples.SAISEI })
	void theHeadingsAreThoseOfTheSharedOutline(String sample) throws Exception {
		EvaluationReport report = Samples.load(sample);
		report.getEvaluations().get(0).setTypePrinted("中間評価");
		List<String> outline = ReportOutline.of(report, new NullProgressMonitor()).stream()
				.filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
				.map(heading -> "h" + (heading.level() + 1) + " " + heading.text()).toList();
		Document html = Xhtml.parse(Samples.bytes(new HtmlExporter(), report, ExportOptions.DEFAULTS));
		List<String> headings = new ArrayList<>();
		collectHeadings(html.getElementsByTagNameNS(Xhtml.XHTML, "body").item(0), headings);
		assertTrue(outline.size() > 10, outline.toString());
		assertEquals(outline, headings);
		assertTrue(headings.stream().anyMatch(h -> h.endsWith("（中間評価）")), "a change in the model reaches the HTML through the outline");
	}

	private static void collectHeadings(Node node, List<String> headings) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				if (element.getLocalName().matches("h[1-6]")) {
					headings.add(element.getLocalName() + " " + element.getTextContent());
				} else {
					collectHeadings(element, headings);
				}
			}
		}
	}

	@Test
	void aRevisionIsPrintedOnTheTargetItRevised() throws Exception {
		Document html = Xhtml.parse(Samples.bytes(new HtmlExporter(), Samples.load(Samples.SOYAKU), ExportOptions.DEFAULTS));
		List<String> rows = Xhtml.find(html, "tr", null).stream().map(tr -> tr.getTextContent().strip()).toList();
		// the target rows print the change as the report does (「2025年度 10 件 → 20 件」, L3019), on their own year
		for (String printed : List.of("2025年度（令和7年度）30 件 → 220 件", "2020年度（令和2年度）5 件 → 9 件", "2025年度（令和7年度）10 件 → 20 件")) {
			assertTrue(rows.stream().anyMatch(row -> row.contains(printed)), printed + " in " + rows);
		}
		// 000-B's 2020 target (10 件, 実績 123 件) was never revised
		assertTrue(rows.stream().anyMatch(row -> row.contains("2020年度（令和2年度）10 件123 件") && !row.contains("→")), rows.toString());
		// the table of changes names the target changed, then the year it was decided (2020年度, L2246)
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("アウトカム目標 2025年度（令和7年度）2020年度（令和2年度）30 件220 件当課内")), rows.toString());
	}

	@Test
	void commentMarkersAreThoseOfTheReport() throws Exception {
		EvaluationReport report = Samples.load(Samples.SOYAKU);
		Document html = Xhtml.parse(Samples.bytes(new HtmlExporter(), report, ExportOptions.DEFAULTS));
		List<Element> positive = Xhtml.find(html, "li", "positive");
		List<Element> negative = Xhtml.find(html, "li", "negative");
		assertFalse(positive.isEmpty());
		assertFalse(negative.isEmpty());
		negative.forEach(li -> assertEquals("●", Xhtml.only(li, "span", "marker").getTextContent()));
		assertTrue(Xhtml.find(html, "p", "no-scores").size() > 0, "000 prints no score table");
	}

	@Test
	void scoreTablesHoldEveryEvaluatorsScoreAndTheAveragesOfCoreScoring() throws Exception {
		EvaluationReport report = Samples.load(Samples.SAISEI);
		Document html = Xhtml.parse(Samples.bytes(new HtmlExporter(), report, ExportOptions.DEFAULTS));
		List<Evaluation> scored = report.getEvaluations().stream().filter(e -> e.getScoreTable() != null).toList();
		List<Element> tables = Xhtml.find(html, "table", "scores");
		assertEquals(3, scored.size(), "002 prints three score tables");
		assertEquals(scored.size(), tables.size());
		int lowAverages = 0;
		for (int t = 0; t < tables.size(); t++) {
			Evaluation evaluation = scored.get(t);
			Element table = tables.get(t);
			assertEquals(evaluation.getId(), table.getAttribute("data-evaluation"));
			List<Element> rows = Xhtml.find(Xhtml.find(table, "tbody", null).get(0), "tr", null);
			List<ItemScore> items = evaluation.getScoreTable().getRows();
			assertEquals(items.size(), rows.size());
			for (int r = 0; r < rows.size(); r++) {
				ItemScore item = items.get(r);
				Element row = rows.get(r);
				assertEquals(item.getItemLabelPrinted(), Xhtml.find(row, "th", null).get(0).getTextContent());
				for (EvaluatorScore score : item.getScores()) {
					Element cell = Xhtml.find(row, "td", "score").stream()
							.filter(td -> td.getAttribute("data-column").equals(Integer.toString(score.getColumn()))).findFirst().orElseThrow();
					assertEquals(String.valueOf(score.getValue()), cell.getTextContent(), item.getItemLabelPrinted());
				}
				BigDecimal average = Scoring.average(item).orElseThrow();
				Element averageCell = Xhtml.only(row, "td", "average");
				assertEquals(average, new BigDecimal(averageCell.getTextContent()));
				assertEquals(average.compareTo(Scoring.EXPLANATION_THRESHOLD) < 0, averageCell.getAttribute("class").contains("low"));
				lowAverages += averageCell.getAttribute("class").contains("low") ? 1 : 0;
			}
			List<Element> charts = Xhtml.find(table.getParentNode(), Xhtml.SVG, "svg", "chart");
			assertEquals(1, charts.size(), "one chart per score table");
			Element chart = charts.get(0);
			assertEquals(items.size(), Xhtml.find(chart, Xhtml.SVG, "rect", "bar").size(), "one bar per item");
		}
		assertEquals(2, lowAverages, "C's items 4 and 5 average 1.8");
	}

	@Test
	void chartBarsAreAsLongAsTheAverages() throws Exception {
		EvaluationReport report = Samples.load(Samples.SAISEI);
		Document html = Xhtml.parse(Samples.bytes(new HtmlExporter(), report, ExportOptions.DEFAULTS));
		Evaluation first = report.getEvaluations().stream().filter(e -> e.getScoreTable() != null).findFirst().orElseThrow();
		Element chart = Xhtml.find(html, Xhtml.SVG, "svg", "chart").get(0);
		List<Element> bars = Xhtml.find(chart, Xhtml.SVG, "rect", "bar");
		List<ItemScore> rows = first.getScoreTable().getRows();
		for (int i = 0; i < rows.size(); i++) {
			double expected = Scoring.average(rows.get(i)).orElseThrow().doubleValue() / 3 * 360;
			assertEquals(expected, Double.parseDouble(bars.get(i).getAttribute("width")), 0.5, rows.get(i).getItemLabelPrinted());
		}
	}

}
