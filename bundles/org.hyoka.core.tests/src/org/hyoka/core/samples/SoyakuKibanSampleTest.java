package org.hyoka.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyoka.core.indicator.Achievement;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.DatedEvent;
import org.hyoka.model.base.Role;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.base.SourceRef;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetRequestSheet;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.GovernanceBody;
import org.hyoka.model.program.GovernanceBodyKind;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.model.program.PerformerSite;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchTask;
import org.hyoka.model.program.UpperPolicy;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeExample;
import org.hyoka.model.results.OutputItem;
import org.hyoka.model.results.ProgressCell;
import org.hyoka.model.results.ProgressMatrix;
import org.hyoka.model.results.StepMark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2021 evaluation of 次世代治療・診断実現のための創薬基盤技術開発事業 (projects A–D), transcribed as printed.
 * Its tables carry the rounding note, so off-by-one totals are accepted and only noted.
 */
class SoyakuKibanSampleTest {

	private static EvaluationReport report;
	private static List<Diagnostic> findings;

	@BeforeAll
	static void load() throws IOException {
		report = HyokaFiles.load(Path.of("../org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"));
		findings = Validation.validate(report).getChildren();
	}

	@Test
	void loadsCompletelyWithEveryReferenceResolved() {
		assertEquals(Map.of(), EcoreUtil.UnresolvedProxyCrossReferencer.find(report.eResource()));
		assertEquals(List.of("A", "B", "C", "D"), report.getProgram().getProjects().stream().map(Project::getLetterCode).toList());
		assertEquals(5, report.getCommittee().getMembers().size());
	}

	@Test
	void reproducesThePrintedAchievementRates() {
		int rates = 0;
		for (var it = report.eAllContents(); it.hasNext();) {
			if (it.next() instanceof IndicatorTarget target && target.getAchievementRatePrinted() != null
					&& Achievement.rate(target).isPresent()) {
				assertEquals(0, target.getAchievementRatePrinted().compareTo(Achievement.rate(target).get()),
						target.getAchievementRatePrinted() + " vs " + Achievement.rate(target).get());
				rates++;
			}
		}
		assertTrue(rates >= 4, "15/20 = 75%, 123/220 = 56%, 12/20 = 60%, 0/3 = 0%: " + rates);
		assertFalse(codes().contains("HY-IN-03"));
	}

	@Test
	void acceptsOffByOneTotalsUnderTheRoundingNoteAndReportsThemAsInformation() {
		List<Integer> severities = findings.stream().filter(d -> List.of("HY-BU-01", "HY-BU-02").contains(code(d)))
				.map(Diagnostic::getSeverity).toList();
		assertFalse(severities.isEmpty(), "A, B and C print totals that differ by one from their cells");
		assertTrue(severities.stream().allMatch(s -> s == Diagnostic.INFO), severities.toString());
		assertFalse(codes().contains("HY-BU-05"), "the program spent at least what its projects spent (5,594 ≥ 5,513; 6,108 ≥ 5,991)");
	}

	@Test
	void findsTheContradictionsTheReportContains() {
		// the program summary prints 10件 for D's new biomarker technologies, D's own table 5件
		assertTrue(messages("HY-IN-06").stream().anyMatch(m -> m.contains("10") && m.contains("5")), messages("HY-IN-06").toString());
		// B: 国費総額 48億円 against 3,843百万円 in its tables
		assertTrue(messages("HY-BU-10").stream().anyMatch(m -> m.contains("3843")), messages("HY-BU-10").toString());
		assertFalse(codes().contains("HY-CM-04"), "every printed weekday is right: " + messages("HY-CM-04"));
		assertFalse(codes().contains("HY-BU-11"), "28兆円 × 3% = 約8,400億円 and the other calculations agree: " + messages("HY-BU-11"));
	}

	@Test
	void keepsEveryDatedDecisionOnAnUpperPolicy() {
		UpperPolicy strategy = report.getProgram().getUpperPolicies().get(0);
		assertEquals("健康・医療戦略", strategy.getNameJa());
		assertEquals(LocalDate.of(2014, 7, 22), strategy.getDecisionDate());
		// 平成29年2月17日一部変更、令和2年3月27日閣議決定、令和3年4月9日一部変更
		assertEquals(List.of(LocalDate.of(2017, 2, 17), LocalDate.of(2020, 3, 27), LocalDate.of(2021, 4, 9)),
				strategy.getAmendments().stream().map(DatedEvent::getDate).toList());
		assertEquals(List.of("一部変更", "閣議決定", "一部変更"), strategy.getAmendments().stream().map(DatedEvent::getLabel).toList());
	}

	@Test
	void keepsWhatThePlaceholderYearColumnsPrint() {
		BudgetTable executed = report.getProgram().getBudgetTables().get(0);
		List<FiscalYearColumn> placeholders = executed.getColumns().stream().filter(c -> c.getFiscalYear() == null).toList();
		assertEquals(List.of("20**FY", "20**FY"), placeholders.stream().map(FiscalYearColumn::getLabelPrinted).toList());
		assertEquals(List.of("-", "-"), placeholders.stream().map(FiscalYearColumn::getCellsPrinted).toList());
	}

	@Test
	void keepsTheNotesOnItemsScoredBelowTwo() {
		List<List<EvaluationItem>> notes = report.getEvaluations().stream().flatMap(e -> e.getComments().stream())
				.filter(c -> c.getPolarity() == CommentPolarity.NOTE && c.isSetItem() && c.getText().contains("2点未満"))
				.map(c -> Stream.concat(Stream.of(c.getItem()), c.getOtherItems().stream()).toList()).toList();
		assertEquals(List.of(List.of(EvaluationItem.I4), List.of(EvaluationItem.I4, EvaluationItem.I5)), notes,
				"B item 4; D one note printed for items 4 and 5");
	}

	@Test
	void keepsTheBodiesThatRunTheProjects() {
		// 「研究開発推進会議 議長：今井PO 推進委員4名」
		GovernanceBody promotion = body(project("B"), "研究開発推進会議");
		assertEquals(GovernanceBodyKind.PROMOTION_MEETING, promotion.getKind());
		assertEquals(4, promotion.getMemberCountPrinted());
		assertEquals(List.of(Role.CHAIR), promotion.getMembers().stream().map(RoleAssignment::getRole).toList());
		RoleAssignment chair = promotion.getMembers().get(0);
		assertEquals("今井 浩三", chair.getPerson().getNameJa());
		assertEquals("議長", chair.getRolePrinted());
		// 「研究推進全体会議」をAMED主催（事務局JBIC）で年1回開催
		GovernanceBody plenary = body(project("D"), "研究推進全体会議");
		assertEquals("AMED", plenary.getOrganizer().getAbbreviation());
		assertEquals("一般社団法人バイオ産業情報化コンソーシアム", plenary.getSecretariat().getNameJa());
		assertEquals("年1回", plenary.getMeetingFrequency());
		// the program chart prints one 課題評価委員会 per project
		for (Project project : report.getProgram().getProjects()) {
			assertEquals(GovernanceBodyKind.TASK_EVALUATION_COMMITTEE, body(project, "課題評価委員会").getKind());
		}
		assertEquals(List.of("A", "D"), report.getProgram().getProjects().stream()
				.filter(p -> p.getGovernanceBodies().stream().anyMatch(b -> b.getKind() == GovernanceBodyKind.USER_FORUM))
				.map(Project::getLetterCode).toList());
	}

	@Test
	void keepsWhereTheAssociationsOfCWork() {
		List<ResearchTask> tasks = project("C").getResearchTasks();
		List<PerformerSite> sites = tasks.stream().flatMap(t -> t.getSites().stream()).toList();
		assertEquals(9, sites.size(), "MAB at 九州大学 (twice), 大阪大学 (twice), 日立製作所, 徳島大学, 山口大学; TRAHED at 神戸大学 (twice)");
		for (ResearchTask task : tasks) {
			for (PerformerSite site : task.getSites()) {
				assertTrue(task.getPerformers().contains(site.getPerformer()), task.getId() + ": a site of someone else");
				assertEquals("（" + site.getSite().getNameJa() + "）", site.getSitePrinted());
			}
		}
		PerformerSite platform = task(tasks, "tsk-C-3").getSites().get(0);
		assertEquals("次世代バイオ医薬品製造技術研究組合", platform.getPerformer().getNameJa());
		assertEquals("大阪大学", platform.getSite().getNameJa());
	}

	@Test
	void keepsTheOutcomeAndOutputExamplesAsPrinted() {
		OutcomeExample example = project("B").getOutcomeExamples().get(0);
		assertEquals("天然化合物の母核改変技術の開発", example.getTitle());
		assertEquals(project("B").getOutcomeIndicators().get(0), example.getIndicator());
		assertTrue(example.getStatus().endsWith("見出された多数のチトクロームP450酵素を企業に導出した。"), example.getStatus());
		List<OutputItem> outputs = report.getProgram().getProjects().stream()
				.flatMap(p -> p.getOutputIndicators().stream()).flatMap(i -> i.getBreakdown().stream())
				.filter(o -> "アウトプットの事例".equals(o.getCategory())).toList();
		assertEquals(2, outputs.size());
		assertTrue(outputs.get(0).getDescription().contains("細胞膜透過性予測システムを開発。"), outputs.get(0).getDescription());
		assertTrue(outputs.get(1).getDescription().startsWith("国産オリジナル細胞CHO-MKは従前のCHO細胞よりも"), outputs.get(1).getDescription());
		for (var it = report.eAllContents(); it.hasNext();) {
			if (it.next() instanceof SourceRef ref && ref.getNote() != null) {
				assertFalse(ref.getNote().contains("explanatory text is not modelled") || ref.getNote().contains("(not modelled)"), ref.getNote());
			}
		}
	}

	@Test
	void narrativeSectionsAreVerbatimWithTheirItems() {
		List<NarrativeSection> program = report.getProgram().getNarratives();
		assertEquals(6, program.size());
		NarrativeSection necessity = program.get(2);
		assertEquals("３．当省（国）が実施することの必要性", necessity.getHeadingPrinted());
		assertEquals(EvaluationItem.I1, necessity.getItem());
		String[] bullets = necessity.getText().split("\n");
		assertEquals(4, bullets.length);
		assertTrue(bullets[0].startsWith("⚫ 質の高い医療の提供による国民の健康増進、増大を続ける医療費の適正化、医療分野の産業競争力の向上を目指して"), bullets[0]);
		assertEquals("⚫ 上記理由から、国が主導して産学官の連携を促すことが適切である。", bullets[3]);
		assertEquals(390, necessity.getSources().get(0).getLine());
		assertFalse(program.get(0).isSetItem(), "the 背景 slides carry no 評価項目");
		assertEquals("５．複数課題プログラムの実施・マネジメント体制等", program.get(5).getHeadingPrinted());
		assertEquals(EvaluationItem.I3, program.get(5).getItem());
		for (String letter : List.of("A", "B", "C", "D")) {
			List<NarrativeSection> sections = competition(letter);
			assertEquals(2, sections.size(), letter);
			sections.forEach(n -> assertTrue(n.getHeadingPrinted().startsWith("２．国内外の類似・競合する研究開発等の状況"), n.getHeadingPrinted()));
			sections.forEach(n -> assertEquals(EvaluationItem.I2_1, n.getItem()));
			sections.forEach(n -> assertTrue(n.getText().startsWith("⚫ ") && !n.getText().contains("\n\n"), n.getText()));
		}
		// A Latin word wrapped across lines keeps its printed space; a Japanese one is joined without adding one
		String glyco = competition("A").get(1).getText();
		assertTrue(glyco.contains("（The Consortium for Functional Glycomics (CFG) ）"), glyco);
		assertTrue(glyco.contains("ツール、および方法"), glyco);
		assertTrue(competition("C").get(1).getText().endsWith("共同研究開発契約（CRADA）を締結した。"));
	}

	@Test
	void totalColumnsKeepTheirPrintedLabels() {
		assertEquals("総執行額", report.getProgram().getBudgetTables().get(0).getGrandTotalLabelPrinted());
		for (String letter : List.of("A", "B", "C", "D")) {
			List<BudgetTable> tables = project(letter).getBudgetTables();
			assertEquals("総執行額", tables.get(0).getGrandTotalLabelPrinted(), letter);
			assertEquals(letter.equals("D") ? "合計（2020FY時点）" : "合計", tables.get(1).getGrandTotalLabelPrinted(), letter);
			tables.forEach(t -> assertFalse(t.isSetGrandTotalStatus(), "every total of " + letter + " prints a number"));
		}
	}

	@Test
	void allocationRowsOfATaskGroupFundEveryTaskOfThatGroup() {
		// the 資金配分 tables print one row per 研究開発課題 group; the 全体構成 charts list each group's tasks
		Pattern rowGroup = Pattern.compile("^row of (\\S+) \\(");
		Pattern taskGroup = Pattern.compile("^task of ＜([^＞]+)＞");
		int rows = 0;
		for (Project project : report.getProgram().getProjects()) {
			for (BudgetLine line : project.getBudgetTables().stream().flatMap(t -> t.getLines().stream()).toList()) {
				if (line.getTasks().isEmpty()) {
					continue;
				}
				Matcher row = rowGroup.matcher(line.getSources().get(0).getNote());
				assertTrue(row.find(), line.getSources().get(0).getNote());
				List<ResearchTask> group = project.getResearchTasks().stream().filter(t -> {
					Matcher task = taskGroup.matcher(t.getSources().get(0).getNote());
					return task.find() && task.group(1).equals(row.group(1));
				}).toList();
				assertEquals(group, line.getTasks(), project.getLetterCode() + " " + line.getLabelPrinted());
				assertEquals(null, line.getResearchItem(), "a group row names its tasks, not one research item");
				rows++;
			}
		}
		assertEquals(9, rows, "A ①, ②, A, B, 二次公募C; B ①, ②; C ①; D ②");
		assertEquals(6, project("A").getBudgetTables().get(1).getLines().get(2).getTasks().size(), "研究開発課題A-①～⑥");
	}

	@Test
	void eachProjectOpensWithItsOverviewWhereTheSlidePrintsProse() {
		assertEquals(List.of("１．事業の概要①(糖鎖利用による革新的創薬技術の開発)", "１．事業の概要②(糖鎖利用による革新的創薬技術の開発)"), overview("A"));
		assertEquals(List.of("１．事業の概要②（革新的中分子創薬技術の開発事業）"), overview("B"), "B's 事業の概要① slide prints only its heading");
		assertEquals(List.of("１．事業の概要①（バイオ医薬品の高度製造技術の開発事業）", "１．事業の概要②（バイオ医薬品の高度製造技術の開発事業）"), overview("C"));
		assertEquals(List.of("１．事業の概要①（患者層別化マーカー探索技術の開発事業）", "１．事業の概要②（患者層別化マーカー探索技術の開発事業）"), overview("D"));
		for (String letter : List.of("A", "C", "D")) {
			NarrativeSection first = project(letter).getNarratives().get(0);
			assertTrue(first.getHeadingPrinted().startsWith("１．事業の概要①"), "printed before ２．: " + letter);
			assertFalse(first.isSetItem(), "the slide names no 評価項目");
		}
		String a = project("A").getNarratives().get(0).getText();
		assertTrue(a.startsWith("抗体を中心とした分子標的薬の開発では創薬標的の枯渇や副作用が問題となっており、タンパク質だけでなく、"), a);
		assertTrue(a.contains("極微量の糖鎖標的を検出する技術、構造解析する技術") && a.endsWith("画期的な新薬開発に繋がる技術基盤を構築する。"), a);
		assertEquals(List.of("抗体等のバイオ医薬品の製造技術において、我が国は大きな遅れとなっている。",
				"我が国のおいても生産性の高い国産の生産細胞株の開発、国内におけるバイオ医薬品等の高度製造技術・設備の開発が急務である。世界的に開発が始まっている連続生産技術について、国産の技術を確立し、実用化を目指す。"),
				List.of(project("C").getNarratives().get(0).getText().split("\n")));
		assertTrue(project("D").getNarratives().get(0).getText().endsWith("個別化医療の推進を目指す。"));
		assertEquals(3233, project("D").getNarratives().get(0).getSources().get(0).getLine());
	}

	@Test
	void overviewSlidesKeepTheirBulletsAndLeaveTheFiguresOut() {
		for (String letter : List.of("A", "B", "C", "D")) {
			NarrativeSection second = project(letter).getNarratives().stream()
					.filter(n -> n.getHeadingPrinted().startsWith("１．事業の概要②")).findFirst().orElseThrow();
			assertFalse(second.isSetItem(), "the slide names no 評価項目: " + letter);
			assertEquals(project(letter).getNarratives().indexOf(competition(letter).get(0)) - 1, project(letter).getNarratives().indexOf(second),
					"printed right before ２．: " + letter);
			assertFalse(second.getText().contains("\n\n") || second.getText().contains("【"), "figure labels are left out: " + letter);
		}
		List<Long> bullets = List.of("A", "B", "C", "D").stream().map(l -> overviewTwo(l).stream().filter(b -> b.startsWith("• ")).count()).toList();
		assertEquals(List.of(3L, 4L, 5L, 4L), bullets);
		List<String> a = overviewTwo("A");
		assertEquals(List.of("糖鎖標的に対する抗体医薬を本事業で開発する創薬技術によって開発し、日本発のバイオ医薬品を生み出す。", "バイオ医薬品開発における技術課題"), a.subList(0, 2));
		assertTrue(a.get(4).endsWith("副作用の可能性を低減することで、バイオ医薬品の新薬開発を可能にする。"), a.get(4));
		assertEquals(5, a.size(), "the banner under A's figure (L983) is left out with the figure");
		List<String> b = overviewTwo("B");
		assertTrue(b.get(4).contains("低分子医薬品ではPPIに作用させることが困難。"), "three printed lines joined: " + b.get(4));
		assertEquals("細胞内のPPI等に作用する中分子医薬品を本事業で開発する技術によって開発し、日本発の中分子医薬品を生み出す。", b.get(b.size() - 1));
		assertTrue(overviewTwo("C").get(0).startsWith("生産性の高い国産の生産細胞株の開発し、"), "printed typo kept");
		List<String> d = overviewTwo("D");
		assertEquals("• 免疫チェックポイント阻害剤等に対する有望な層別化マーカーシーズを基礎とした層別化技術を開発。", d.get(d.size() - 2));
		assertEquals(3249, project("D").getNarratives().get(1).getSources().get(0).getLine());
		assertEquals(3283, project("D").getNarratives().get(1).getSources().get(0).getEndLine());
	}

	@Test
	void theTextBoxOfDsManagementChartIsKept() {
		List<NarrativeSection> sections = project("D").getNarratives();
		NarrativeSection box = sections.get(sections.size() - 1);
		assertEquals("４－３．実施・マネジメント体制（研究開発マネジメント）", box.getHeadingPrinted());
		assertEquals(EvaluationItem.I3_1, box.getItem());
		String[] lines = box.getText().split("\n");
		assertEquals(4, lines.length);
		assertTrue(lines[0].startsWith("目的：本事業の成果を最大化するために、") && lines[0].contains("データベースおよびデータ 解析ツールのシェアリング"), lines[0]);
		assertEquals("・社会実装 - ユーザーフォーラムの企画 ・アウトリーチ活動 - カンファレンスへの協力", lines[3]);
		assertEquals(3640, box.getSources().get(0).getEndLine());
		for (String letter : List.of("A", "B", "C")) {
			assertFalse(project(letter).getNarratives().stream().anyMatch(n -> n.getHeadingPrinted().startsWith("４－３．")),
					letter + "'s chart has no text box beyond what leaders and governanceBodies hold");
		}
	}

	private static List<String> overviewTwo(String letter) {
		return project(letter).getNarratives().stream().filter(n -> n.getHeadingPrinted().startsWith("１．事業の概要②")).findFirst().orElseThrow()
				.getText().lines().toList();
	}

	private static List<String> overview(String letter) {
		return project(letter).getNarratives().stream().map(NarrativeSection::getHeadingPrinted).filter(h -> h.startsWith("１．事業の概要")).toList();
	}

	private static List<NarrativeSection> competition(String letter) {
		return project(letter).getNarratives().stream()
				.filter(n -> n.getHeadingPrinted().startsWith("２．国内外の類似・競合する研究開発等の状況")).toList();
	}

	@Test
	void diseaseByStepTableKeepsEveryMarkAndTheDiscontinuedRows() {
		ProgressMatrix table = project("A").getProgressMatrices().get(0);
		assertEquals(List.of("肝がん", "膵がん", "関節リウマチ", "血液腫瘍", "小細胞肺がん", "扁平上皮肺がん", "腎がん", "尿路上皮がん", "大腸がん",
				"潰瘍性大腸炎", "乳がん", "肉腫型中皮腫"), table.getRows());
		assertEquals(List.of("レクチンアレイ", "組織標本", "有用レクチン選択", "MSによる大規模同定", "リスト化創薬の観点での絞り込み", "分子レベル解析", "設計図提供"),
				table.getColumns());
		assertEquals(12 * 7, table.getCells().size(), "every row has a cell per step, merged 中止 cells included");
		ProgressCell blood = cell(table, "血液腫瘍", "組織標本");
		assertEquals(StepMark.IN_PROGRESS, blood.getMark());
		assertEquals("△", blood.getMarkPrinted());
		ProgressCell stopped = cell(table, "血液腫瘍", "有用レクチン選択");
		assertEquals(StepMark.DISCONTINUED, stopped.getMark());
		assertEquals("期間内に検体が揃わないため中止", stopped.getNote());
		assertEquals(15, table.getCells().stream().filter(c -> c.getMark() == StepMark.DISCONTINUED).count(), "three rows, five steps each");
		assertEquals("ー", cell(table, "関節リウマチ", "リスト化創薬の観点での絞り込み").getMarkPrinted());
		assertEquals(StepMark.NOT_PLANNED, cell(table, "尿路上皮がん", "設計図提供").getMark());
		assertEquals(StepMark.IN_PROGRESS, cell(table, "尿路上皮がん", "分子レベル解析").getMark());
		assertEquals(1497, stopped.getSources().get(0).getLine());
		table.getCells().forEach(c -> assertTrue(table.getRows().contains(c.getRow()) && table.getColumns().contains(c.getColumn()), c.toString()));
	}

	@Test
	void prSheetKeepsItsTitleAndPrintsNoAmount() {
		assertEquals(1, report.getProgram().getBudgetRequests().size());
		BudgetRequestSheet sheet = report.getProgram().getBudgetRequests().get(0);
		assertEquals("次世代治療・診断実現のための創薬基盤技術開発事業(R2予算PR資料)", sheet.getTitlePrinted());
		assertEquals(Integer.valueOf(2020), sheet.getFiscalYear());
		assertEquals(AmountKind.BUDGET, sheet.getKind());
		assertEquals("予算", sheet.getKindPrinted());
		// the text of the sheet prints no amount: nothing is made up
		assertNull(sheet.getAmount());
		assertNull(sheet.getAmountPrinted());
		assertEquals(471, sheet.getSources().get(0).getLine());
		assertEquals(566, sheet.getSources().get(0).getEndLine());
		assertTrue(report.getProgram().getProjects().stream().allMatch(p -> p.getBudgetRequests().isEmpty() && p.getLandscapes().isEmpty()),
				"the projects print no PR sheet and no competitor table");
	}

	private static ProgressCell cell(ProgressMatrix table, String row, String column) {
		return table.getCells().stream().filter(c -> row.equals(c.getRow()) && column.equals(c.getColumn())).findFirst()
				.orElseThrow(() -> new AssertionError(row + " × " + column));
	}

	private static Project project(String letter) {
		return report.getProgram().getProjects().stream().filter(p -> letter.equals(p.getLetterCode())).findFirst().orElseThrow();
	}

	private static GovernanceBody body(Project project, String name) {
		return project.getGovernanceBodies().stream().filter(b -> name.equals(b.getNameJa())).findFirst()
				.orElseThrow(() -> new AssertionError(project.getLetterCode() + " has no " + name));
	}

	private static ResearchTask task(List<ResearchTask> tasks, String id) {
		return tasks.stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
	}

	private static List<String> codes() {
		return findings.stream().map(SoyakuKibanSampleTest::code).toList();
	}

	private static List<String> messages(String code) {
		return findings.stream().filter(d -> code.equals(code(d))).map(Diagnostic::getMessage).toList();
	}

	private static String code(Diagnostic d) {
		return Rule.of(d).map(Rule::code).orElse("EMF");
	}
}
