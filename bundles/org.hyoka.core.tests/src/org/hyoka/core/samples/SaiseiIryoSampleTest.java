package org.hyoka.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.DatedEvent;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.finance.AmountStatus;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.CompetitiveLandscape;
import org.hyoka.model.program.CompetitorProfile;
import org.hyoka.model.program.GovernanceBody;
import org.hyoka.model.program.GovernanceBodyKind;
import org.hyoka.model.program.LandscapeEvent;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.Project;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeExample;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.OutputItem;
import org.hyoka.model.results.TargetKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2022 interim evaluation of 再生医療・遺伝子治療の産業化に向けた基盤技術開発事業, transcribed as printed:
 * the model reproduces the report's own figures, and the general rules find the contradictions it contains.
 */
class SaiseiIryoSampleTest {

	static final Path SAMPLE = Path.of("../org.hyoka.samples/samples/saisei-iryo-2022.hyoka");

	private static EvaluationReport report;
	private static List<Diagnostic> findings;

	@BeforeAll
	static void load() throws IOException {
		report = HyokaFiles.load(SAMPLE);
		findings = Validation.validate(report).getChildren();
	}

	@Test
	void loadsCompletelyWithEveryReferenceResolved() {
		assertEquals(Map.of(), EcoreUtil.UnresolvedProxyCrossReferencer.find(report.eResource()));
		assertEquals(List.of("A", "B", "C"), report.getProgram().getProjects().stream().map(Project::getLetterCode).toList());
		assertTrue(report.getTitleJa().contains("再生医療・遺伝子治療の産業化に向けた基盤技術開発事業"), report.getTitleJa());
	}

	@Test
	void reproducesEveryPrintedAverageOfTheThreeScoreTables() {
		int rows = 0;
		for (Evaluation evaluation : report.getEvaluations()) {
			if (evaluation.getScoreTable() == null) {
				continue;
			}
			for (ItemScore row : evaluation.getScoreTable().getRows()) {
				assertEquals(row.getStatedAverage(), Scoring.average(row).orElseThrow(), row.getItemLabelPrinted());
				rows++;
			}
		}
		assertEquals(21, rows, "items 1–7 of projects A, B and C");
		assertFalse(codes().contains("HY-SC-02"), "no printed average disagrees with its scores");
	}

	@Test
	void scoresCommitteesOfFiveFourAndFiveAndFlagsTheLowAveragesOfC() {
		assertEquals(List.of(5, 4, 5), report.getEvaluations().stream().filter(e -> e.getScoreTable() != null)
				.map(e -> Scoring.evaluators(e.getScoreTable().getRows().get(0))).toList());
		ItemScore bCostEffectiveness = row("B", EvaluationItem.I6);
		assertEquals(new BigDecimal("2.3"), Scoring.average(bCostEffectiveness).orElseThrow(), "1, 3, 2, 3 rounds half-up to 2.3");
		List<Scoring.ItemResult> c = Scoring.results(evaluationOf("C").getScoreTable());
		assertEquals(List.of(EvaluationItem.I4, EvaluationItem.I5),
				c.stream().filter(Scoring.ItemResult::needsExplanation).map(Scoring.ItemResult::item).toList());
		assertEquals(2, findingsOf("HY-SC-06").size(), "002 prints no note for C's 1.8 averages: " + findingsOf("HY-SC-06"));
	}

	@Test
	void saysThatTheReportNamesOnlyTheChairOfTheCommittee() {
		// the report names 座長 三木 秀夫 only; the score tables have 5, 4 and 5 columns
		assertFalse(codes().contains("HY-SC-05"), findingsOf("HY-SC-05").toString());
		assertEquals(3, findingsOf("HY-SC-08").size(), findingsOf("HY-SC-08").toString());
		assertTrue(findingsOf("HY-SC-08").stream().allMatch(m -> m.contains("三木 秀夫")), findingsOf("HY-SC-08").toString());
		assertTrue(severities("HY-SC-08").stream().allMatch(s -> s == Diagnostic.INFO));
	}

	@Test
	void findsTheContradictionsTheReportContains() {
		// A: 総契約額 54.0億円 exceeds 総予算額 48.8億円
		assertTrue(findingsOf("HY-BU-04").stream().anyMatch(m -> m.contains("54.0") && m.contains("48.8")), findingsOf("HY-BU-04").toString());
		// B and C: 資金配分 totals off by one; their unit, printed nowhere, is 百万円 by the figures: rounding, noted
		assertEquals(5, findingsOf("HY-BU-01").stream().filter(m -> m.contains("Project B") || m.contains("Project C")).count(),
				findingsOf("HY-BU-01").toString());
		assertTrue(severities("HY-BU-01").stream().allMatch(s -> s == Diagnostic.INFO));
		// B FY2019: 48.6億円 in the header, 1,269百万円 in the allocation table
		assertTrue(findingsOf("HY-BU-08").stream().anyMatch(m -> m.contains("2019") && m.contains("1269") && m.contains("4860")),
				findingsOf("HY-BU-08").toString());
		// B's list of 49 outputs repeats one row
		assertEquals(1, findingsOf("HY-IN-10").size(), findingsOf("HY-IN-10").toString());
		// the WG chapter dates A's interim evaluation 2020, the schedule 2019; B's ex-ante 2018 against 2017
		assertTrue(findingsOf("HY-EV-04").size() >= 2, findingsOf("HY-EV-04").toString());
		// program summary tables repeat project indicators with other numbers
		assertFalse(findingsOf("HY-IN-06").isEmpty());
		// 「事業額の 50倍もの市場」: 248億円 × 50 is 1.24兆円, not the 1.04兆円 printed; the other calculations agree
		assertEquals(1, findingsOf("HY-BU-11").size(), findingsOf("HY-BU-11").toString());
		assertTrue(findingsOf("HY-BU-11").get(0).contains("1.24"), findingsOf("HY-BU-11").toString());
	}

	@Test
	void marksTheUnitOfTablesThatPrintNoneAsInferred() {
		List<String> inferred = report.getProgram().getProjects().stream().flatMap(p -> p.getBudgetTables().stream())
				.filter(BudgetTable::isUnitInferred).map(BudgetTable::getId).toList();
		assertEquals(List.of("bud-A-alloc", "bud-B-alloc", "bud-C-alloc"), inferred, "the three （２）資金配分 tables print no unit");
	}

	@Test
	void keepsTheBodiesThatRunTheProgramAndItsProjects() {
		assertEquals(List.of(GovernanceBodyKind.SELECTION_COMMITTEE, GovernanceBodyKind.TASK_EVALUATION_COMMITTEE),
				report.getProgram().getGovernanceBodies().stream().map(GovernanceBody::getKind).toList());
		// 「集中研究所を筑波にあるアステラス製薬のラボ内に設置」
		GovernanceBody lab = body(project("A"), GovernanceBodyKind.CENTRAL_LAB).get(0);
		assertEquals("集中研究所", lab.getNameJa());
		assertEquals("アステラス製薬", lab.getHost().getNameJa());
		// B's 集中研 are printed without the company or university that hosts them
		assertEquals(List.of("川崎集中研", "草津集中研", "大阪集中研"),
				body(project("B"), GovernanceBodyKind.CENTRAL_LAB).stream().map(GovernanceBody::getNameJa).toList());
		assertTrue(body(project("B"), GovernanceBodyKind.CENTRAL_LAB).stream().allMatch(b -> b.getHost() == null));
		// A's ヘッドクオーター: 「AMEDの PS、PO、ユーザー業界の代表で構成される」
		assertEquals(List.of("PS", "PO", "ユーザー業界の代表"), body(project("A"), GovernanceBodyKind.HEADQUARTERS).get(0).getMembers()
				.stream().map(RoleAssignment::getRolePrinted).toList());
		assertEquals(4, body(project("C"), GovernanceBodyKind.WORKING_GROUP).size());
	}

	@Test
	void keepsTheClinicalStudiesOfBWithTheirMilestonesInOrder() {
		List<OutcomeExample> studies = project("B").getOutcomeExamples();
		assertEquals(5, studies.size());
		OutcomeExample parkinson = studies.get(1);
		assertTrue(parkinson.getSubject().startsWith("パーキンソン病遺伝子治療"), parkinson.getSubject());
		assertEquals("自治医科大学", parkinson.getOrganization().getNameJa());
		// 治験届：２０２２年１月２７日、１例目：２０２２年１０月１７日
		assertEquals(List.of(LocalDate.of(2022, 1, 27), LocalDate.of(2022, 10, 17)),
				parkinson.getMilestones().stream().map(DatedEvent::getDate).toList());
		assertEquals(List.of("治験届", "１例目"), parkinson.getMilestones().stream().map(DatedEvent::getLabel).toList());
		for (OutcomeExample study : studies) {
			List<LocalDate> dates = study.getMilestones().stream().map(DatedEvent::getDate).filter(d -> d != null).toList();
			assertEquals(dates.stream().sorted().toList(), dates, study.getSubject());
			assertFalse(study.getMilestones().isEmpty(), study.getSubject());
		}
		// a month without a day stays as printed, it is not made a date
		assertEquals(List.of("2021年 4 月", "2022年 5 月"), studies.subList(3, 5).stream()
				.map(s -> s.getMilestones().get(0)).filter(m -> m.getDate() == null).map(DatedEvent::getDatePrinted).toList());
	}

	@Test
	void tiesEveryOutcomeExampleToAnIndicatorOfItsOwnProject() {
		int examples = 0;
		for (Project project : report.getProgram().getProjects()) {
			for (OutcomeExample example : project.getOutcomeExamples()) {
				assertEquals(project, example.getIndicator().eContainer(), example.getSubject());
				examples++;
			}
		}
		assertEquals(14, examples, "A 4 (アステラス製薬 and the round-robin tests), B 5 studies, C 5 uses of (3)");
	}

	@Test
	void listsTheOutputItemsOfEachTargetAsManyAsItsActualValue() {
		// A prints 6 items under 中間目標（2019年度） and 13 under 最終目標（2021年度）; B the 49 rows of 「内訳」
		Map<IndicatorTarget, Long> items = report.getProgram().getProjects().stream()
				.flatMap(p -> p.getOutputIndicators().stream()).flatMap(i -> i.getBreakdown().stream())
				.filter(o -> o.getTarget() != null).collect(Collectors.groupingBy(OutputItem::getTarget, Collectors.counting()));
		assertEquals(3, items.size());
		items.forEach((target, count) -> {
			assertEquals(target.getActualValue().longValueExact(), count, target.getKind() + " " + target.getFiscalYear());
			OutputIndicator indicator = (OutputIndicator) target.eContainer();
			assertTrue(indicator.getBreakdown().stream().filter(o -> o.getTarget() == target)
					.allMatch(o -> o.getSources().get(0).getNote().contains("（" + target.getFiscalYear() + "年度）")),
					"every item's note names the target it is listed under");
		});
		List<IndicatorTarget> targetsOfA = project("A").getOutputIndicators().get(0).getTargets();
		assertEquals(List.of(TargetKind.INTERIM, TargetKind.FINAL), targetsOfA.stream().map(IndicatorTarget::getKind).toList());
		assertEquals(targetsOfA.get(1), project("A").getOutputIndicators().get(0).getBreakdown().get(6).getTarget(),
				"オンチップ灌流型デバイス is the first item of the 最終目標");
	}

	@Test
	void projectNarrativesAreVerbatimParagraphs() {
		// the project chapters' prose sections; 研究開発の内容 （２） is held by the research items, ５．'s （３） by the governance bodies
		String background = "１．本プログラムの政策的位置付け／背景";
		String necessity = "２．国が実施することの必要性";
		String competition = "３．国内外の類似・競合する研究開発等の状況";
		String structure = "（１）研究開発の全体構成";
		String outputs = "【参考：具体的なアウトプット例】";
		for (String letter : List.of("A", "B", "C")) {
			List<String> expected = letter.equals("C") ? List.of(background, necessity, competition, structure)
					: List.of(background, necessity, competition, structure, outputs);
			assertEquals(expected, headings(project(letter)), letter);
		}
		// B's 集中研 and what each achieved, a paragraph or ⚫ bullet per line
		String[] b = section("B", outputs).getText().split("\n");
		assertEquals(7, b.length);
		assertTrue(b[0].startsWith("⚫ 川崎集中研では、株式会社ちとせ研究所、成育医療研究センター分室の連携の下"), b[0]);
		assertTrue(b[2].startsWith("⚫ 草津集中研では 50L スケール浮遊培養 AAV ベクター製造実証を行い"), b[2]);
		assertEquals("これらの開発により、製造プロセスの小容量分析も可能になり、プロセス条件の最適化検討の高速化などに寄与することも期待される。", b[6]);
		assertEquals(List.of(2664, 2734), List.of(section("B", outputs).getSources().get(0).getLine(),
				section("B", outputs).getSources().get(0).getEndLine()));
		String[] a = section("A", necessity).getText().split("\n");
		assertEquals(5, a.length);
		assertTrue(a[0].startsWith("本事業は、iPS細胞等の細胞から分化誘導された各種組織細胞等を利用した、創薬支援基盤技術を開発する事業であり"), a[0]);
		assertTrue(a[1].contains("健康・医療戦略（平成 26年 7月 22日閣議決定）"), "printed spaces kept: " + a[1]);
		assertEquals("こうした理由から、本事業については民間等に委ねることは困難であり、国が主導して実施する必要がある。", a[4]);
		assertEquals(a[4], lastLine(section("B", necessity)), "A and B end alike");
		String c = section("C", competition).getText();
		assertTrue(c.startsWith("本事業は、技術シーズを有する複数の研究機関"), c);
		assertTrue(c.endsWith("世界随一の高い有効性・安全性の再生医療シーズを実用化に繋げることが可能となる。"), c);
		assertFalse(c.contains("図１６") || c.contains("（出典）"), "figures are left out");
		assertEquals(3237, section("C", competition).getSources().get(0).getEndLine());
		String management = report.getProgram().getNarratives().get(5).getText();
		assertEquals(3, management.split("\n").length);
		assertTrue(management.startsWith("本事業は平成 27年度から AMEDが執行する事業として実施している。"), management);
		assertFalse(management.contains("知財"), "（２） is the program's ipScheme");
		for (Project project : report.getProgram().getProjects()) {
			project.getNarratives().forEach(n -> assertFalse(n.isSetItem() || n.getText().contains("\n\n") || n.getText().contains(" \n"),
					n.getHeadingPrinted()));
		}
	}

	@Test
	void projectBackgroundsCompetitionAndStructureAreVerbatim() {
		String[] a = section("A", "１．本プログラムの政策的位置付け／背景").getText().split("\n");
		assertEquals(4, a.length, "figure captions and the Franzen source line are left out");
		assertTrue(a[0].startsWith("再生医療分野における研究開発により、iPS 細胞等の幹細胞から各種臓器の細胞に分化誘導するための技術や"), a[0]);
		assertTrue(a[2].contains("減損損失は 588 億円と試算されていた。"), a[2]);
		assertTrue(a[3].endsWith("医薬品分野では ICHS5Bに代表される代替法促進などが方針として提示されている。"), a[3]);
		assertEquals(809, section("A", "１．本プログラムの政策的位置付け／背景").getSources().get(0).getLine());

		NarrativeSection aCompetition = section("A", "３．国内外の類似・競合する研究開発等の状況");
		List<String> lines = List.of(aCompetition.getText().split("\n"));
		assertEquals("国内企業も、富士フイルム和光純薬（Emulate社と提携）、ウシオ電機、ニコンなどの企業が本分野に参入してきている。", lines.get(0));
		assertEquals(List.of("⚫ Readoutの充実", "⚫ レギュラトリーサイエンスと国際標準に関する検討", "⚫ コスト・汎用性・カスタマーサポート"),
				lines.stream().filter(l -> l.startsWith("⚫")).toList());
		assertTrue(aCompetition.getText().contains("FDA FD&C Act Section, OECD GLP, ISO13485"), "the space at the end of L1265 is kept inside the paragraph");
		assertFalse(aCompetition.getText().contains("Mimetas") || aCompetition.getText().contains("表１"), "the history table and the supplier table are left out");
		assertEquals("また、他社技術との組合せができない、日本国内で受けられるカスタマーサポートが限定的といった課題も存在。", lines.get(lines.size() - 1));
		assertEquals(1283, aCompetition.getSources().get(0).getEndLine());

		String[] b = section("B", "１．本プログラムの政策的位置付け／背景").getText().split("\n");
		assertEquals(List.of("１．技術的課題の解決", "→ 製造技術", "創薬技術", "２．基盤の整備（シーズや研究者の充実）"), List.of(b).subList(1, 5));
		assertTrue(b[b.length - 1].endsWith("特に製造プロセスの堅牢性や高収率、低コスト化が課題であり、本事業内でそれぞれ開発を進めている。"), b[b.length - 1]);
		String bCompetition = section("B", "３．国内外の類似・競合する研究開発等の状況").getText();
		assertTrue(bCompetition.startsWith("遺伝子治療に用いる AAV の製造に関して、欧米の大手サプライヤーは M&A により"), bCompetition);
		assertFalse(bCompetition.contains("\n") || bCompetition.contains("1990年"), "one paragraph, the history table left out");

		String[] c = section("C", "１．本プログラムの政策的位置付け／背景").getText().split("\n");
		assertEquals(4, c.length);
		assertTrue(c[1].contains("水平展開可能性を示すとともに、 国内外における規格化"), "printed space kept: " + c[1]);
		assertTrue(c[3].startsWith("下の図のとおり、非臨床試験や臨床試験が不要となった場合には、8億円近くの費用と 7年の期間"), c[3]);
		assertEquals(3164, section("C", "１．本プログラムの政策的位置付け／背景").getSources().get(0).getEndLine());

		String structure = "（１）研究開発の全体構成";
		assertEquals(List.of(5, 1, 1), List.of("A", "B", "C").stream().map(l -> section(l, structure).getText().split("\n").length).toList());
		assertEquals("【各研究開発の内容】", section("A", structure).getText().split("\n")[1]);
		assertEquals("本事業では、課題１、２、３が各テーマに取り組みながら相互に連携する形で事業を推進した。", section("B", structure).getText());
		assertEquals(List.of(1288, 2237, 3243), List.of("A", "B", "C").stream().map(l -> section(l, structure).getSources().get(0).getLine()).toList());
	}

	private static NarrativeSection section(String letter, String heading) {
		return project(letter).getNarratives().stream().filter(n -> heading.equals(n.getHeadingPrinted())).findFirst().orElseThrow();
	}

	private static List<String> headings(Project project) {
		return project.getNarratives().stream().map(NarrativeSection::getHeadingPrinted).toList();
	}

	private static String lastLine(NarrativeSection section) {
		String[] lines = section.getText().split("\n");
		return lines[lines.length - 1];
	}

	private static ItemScore row(String letter, EvaluationItem item) {
		return evaluationOf(letter).getScoreTable().getRows().stream().filter(r -> r.getItem() == item).findFirst().orElseThrow();
	}

	private static Evaluation evaluationOf(String letter) {
		return report.getEvaluations().stream().filter(e -> e.getTarget() instanceof Project p && letter.equals(p.getLetterCode()))
				.findFirst().orElseThrow();
	}

	private static List<String> codes() {
		return findings.stream().map(SaiseiIryoSampleTest::code).toList();
	}

	private static List<String> findingsOf(String code) {
		return findings.stream().filter(d -> code.equals(code(d))).map(Diagnostic::getMessage).collect(Collectors.toList());
	}

	private static List<Integer> severities(String code) {
		return findings.stream().filter(d -> code.equals(code(d))).map(Diagnostic::getSeverity).toList();
	}

	private static String code(Diagnostic d) {
		return Rule.of(d).map(Rule::code).orElse("EMF");
	}

	@Test
	void programNarrativesAreVerbatim() {
		List<NarrativeSection> sections = report.getProgram().getNarratives();
		assertEquals(List.of("（１）背景", "（２）市場・開発動向", "（３）本事業の位置づけと関連性のある省内外事業との関係",
				"２．当省（国）が実施することの必要性", "３．複数課題プログラムの内容と本中間評価の対象テーマ",
				"（１）プログラムの実施・マネジメント体制"),
				sections.stream().map(NarrativeSection::getHeadingPrinted).toList());
		sections.forEach(n -> assertFalse(n.isSetItem(), "the report labels no section of 第1部 with an evaluation item"));
		String necessity = sections.get(3).getText();
		assertTrue(necessity.startsWith("再生・細胞医療・遺伝子治療の研究開発には、高額な原料や試薬・部素材や非臨床試験・臨床試験の必要性により"), necessity);
		assertTrue(necessity.endsWith("これら５分野で日本が世界をリードしていく明確な決意の下、大胆かつ重点的な投資を行う。"), necessity);
		assertTrue(necessity.contains("\n経済財政運営と改革の基本方針 2022（令和 4年 6月 7日閣議決定、該当箇所抜粋）\n"), necessity);
		String[] themes = sections.get(4).getText().split("\n");
		assertEquals("D 再生医療用原料細胞安定供給研究開発", themes[10]);
		assertEquals("【2019年度（H31年度）～継続実施】", themes[15]);
		assertEquals("具体的な研究開発の内容については、第 2章にて記載する。", themes[themes.length - 1]);
		assertTrue(sections.get(2).getText().contains("\n・事業環境（資金調達・収益化）】\n"), "printed with an unmatched 】");
		assertEquals(191, sections.get(2).getSources().get(0).getLine());
		assertEquals(263, sections.get(2).getSources().get(0).getEndLine());
	}

	@Test
	void totalsPrintedAsDashHaveAStatusAndEveryTotalItsLabel() {
		BudgetTable programTable = report.getProgram().getBudgetTables().get(0);
		assertEquals(AmountStatus.NOT_APPLICABLE, programTable.getGrandTotalStatus());
		assertEquals("総執行額", programTable.getGrandTotalLabelPrinted());
		assertNull(programTable.getStatedGrandTotal());
		BudgetTable aContract = project("A").getBudgetTables().get(0);
		assertFalse(aContract.isSetGrandTotalStatus(), "A's 総契約額 prints 54.0");
		assertEquals("総契約額", aContract.getGrandTotalLabelPrinted());
		assertEquals(0, new BigDecimal("54.0").compareTo(aContract.getStatedGrandTotal()));
		BudgetTable bAllocation = project("B").getBudgetTables().get(1);
		assertEquals("合計（予定）", bAllocation.getGrandTotalLabelPrinted());
		assertFalse(bAllocation.isSetGrandTotalStatus());
		assertEquals(AmountStatus.NOT_APPLICABLE, project("B").getBudgetTables().get(0).getGrandTotalStatus());
		// C's contract table labels its total 総執行額 as printed, not the 総契約額 of A and B
		assertEquals("総執行額", project("C").getBudgetTables().get(0).getGrandTotalLabelPrinted());
		assertEquals(AmountStatus.NOT_APPLICABLE, project("C").getBudgetTables().get(1).getGrandTotalStatus());
	}

	@Test
	void historyAndCompanyTablesOfTheCompetitionSections() {
		List<CompetitiveLandscape> a = project("A").getLandscapes();
		assertEquals(List.of("表１ 医薬品開発と MPSに関する歴史", "表２ 海外の主な企業の動向"), a.stream().map(CompetitiveLandscape::getTitlePrinted).toList());
		List<LandscapeEvent> history = a.get(0).getEvents();
		assertEquals(27, history.size());
		assertEquals("Lung on Chips、Ingber ら発表", history.get(0).getText());
		assertEquals(Integer.valueOf(2010), history.get(0).getYear());
		assertEquals("日本と世界", history.get(0).getRegion());
		LandscapeEvent last = history.get(history.size() - 1);
		assertEquals("2022", last.getYearPrinted());
		assertEquals("米国政府", last.getRegion());
		assertTrue(last.getText().startsWith("FDA Modernization Act 2.0\n2022/12/23 付けで米州議会で可決され"), last.getText());
		assertTrue(last.getText().endsWith("（MPS やコンピュータモデリング等）を概説している。"), last.getText());
		// L998 fuses a 米国政府 cell with a 欧州議会等 cell; they are split at the bullet
		assertEquals(List.of("Tissue Chip Program 2.0(～2022)", "・EUROoCS（MPS に関する初めての学会）"),
				history.stream().filter(e -> e.getSources().get(0).getLine() == 998).map(LandscapeEvent::getText).toList());
		assertEquals(Map.of("日本と世界", 9L, "米国政府", 10L, "欧州議会等", 8L),
				history.stream().collect(Collectors.groupingBy(LandscapeEvent::getRegion, Collectors.counting())));
		assertTrue(a.get(0).getCompetitors().isEmpty());

		List<CompetitorProfile> companies = a.get(1).getCompetitors();
		assertEquals(List.of("Mimetas", "Emulate", "CN Bio Innovations"), companies.stream().map(CompetitorProfile::getNameJa).toList());
		assertEquals(List.of("オランダ", "米国", "英国"), companies.stream().map(CompetitorProfile::getHeadquarters).toList());
		assertTrue(companies.get(1).getBusiness().startsWith("気管を再現する Airway Lung-Chip や"), companies.get(1).getBusiness());
		assertTrue(companies.get(2).getDirection().endsWith("継続的な収益化を狙うビジネスモデルを目指している可能性が高い。"));
		assertEquals(2, companies.get(0).getDirection().split("\n").length);
		assertTrue(a.get(1).getEvents().isEmpty());

		List<CompetitiveLandscape> b = project("B").getLandscapes();
		assertEquals(1, b.size());
		assertEquals("表３ 遺伝子治療に関する歴史", b.get(0).getTitlePrinted());
		List<LandscapeEvent> gene = b.get(0).getEvents();
		assertEquals(11, gene.size());
		assertEquals("1970年代", gene.get(0).getYearPrinted());
		assertNull(gene.get(0).getYear(), "a decade is no year");
		assertEquals("〇組み換え DNA技術発展", gene.get(0).getText());
		assertEquals("〇以降、欧米で立て続けに販売承認", gene.get(10).getText());
		assertEquals("2010年代", gene.get(10).getYearPrinted());
		assertEquals(Integer.valueOf(2002), gene.get(6).getYear());
		assertEquals(2204, gene.get(6).getSources().get(0).getEndLine());
		assertTrue(project("C").getLandscapes().isEmpty());
		assertTrue(report.getProgram().getLandscapes().isEmpty());
	}

	private static Project project(String letter) {
		return report.getProgram().getProjects().stream().filter(p -> letter.equals(p.getLetterCode())).findFirst().orElseThrow();
	}

	private static List<GovernanceBody> body(Project project, GovernanceBodyKind kind) {
		return project.getGovernanceBodies().stream().filter(b -> b.getKind() == kind).toList();
	}
}
