package org.hyoka.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.ReportStatus;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.base.Organization;
import org.hyoka.model.base.OrganizationType;
import org.hyoka.model.base.Period;
import org.hyoka.model.base.Person;
import org.hyoka.model.base.Role;
import org.hyoka.model.base.RoleAssignment;
import org.hyoka.model.base.SourceDocument;
import org.hyoka.model.base.SourceRef;
import org.hyoka.model.base.Sourced;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationBody;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.evaluation.Meeting;
import org.hyoka.model.evaluation.MeetingFormat;
import org.hyoka.model.evaluation.Recommendation;
import org.hyoka.model.evaluation.Response;
import org.hyoka.model.evaluation.ScoreLevel;
import org.hyoka.model.evaluation.ScoreTable;
import org.hyoka.model.evaluation.ScoringScale;
import org.hyoka.model.finance.AmountKind;
import org.hyoka.model.finance.AmountStatus;
import org.hyoka.model.finance.BudgetLine;
import org.hyoka.model.finance.BudgetTable;
import org.hyoka.model.finance.FinanceFactory;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.finance.FiscalYearColumn;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ResearchItem;
import org.hyoka.model.program.ResearchTask;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutcomeIndicator;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.PublicationRecord;
import org.hyoka.model.results.ResultsFactory;
import org.hyoka.model.results.TargetKind;
import org.hyoka.roadmap.LaneKind;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapItem;
import org.hyoka.roadmap.RoadmapLane;

/**
 * A deterministic, synthetic evaluation of a program with many projects, shaped like the real reports: every project
 * has research items, tasks with performers, a budget table per fiscal year, output and outcome indicators with
 * targets, a roadmap, and its own evaluation with a score table, comments and recommendations. Budgets and averages
 * are consistent, so the validator's work is the checking, not the reporting.
 */
public final class SyntheticPortfolio {

	/** Fiscal years of every project: five years, interim evaluation in the third. */
	private static final int FIRST_FY = 2021;
	private static final int YEARS = 5;
	private static final int MEMBERS = 7;
	/** The seed of the portfolios that {@link #main} writes and the benchmarks export. */
	static final long SEED = 42;
	private static final EvaluationItem[] ITEMS = { EvaluationItem.I1, EvaluationItem.I2, EvaluationItem.I3,
			EvaluationItem.I4, EvaluationItem.I5, EvaluationItem.I6, EvaluationItem.I7 };

	/** Themes of the METI / AMED programs, combined with a kind of work into project names. */
	private static final String[] THEMES = { "次世代蓄電池", "水素製造・貯蔵", "AI創薬", "パワー半導体", "バイオ医薬品製造",
			"量子計算機", "再生医療等製品", "CO2分離回収", "自動運転システム", "スマート農業", "医療機器", "ゲノム解析", "革新的触媒",
			"炭素繊維複合材料", "洋上風力発電", "次世代航空機", "感染症ワクチン", "高度ロボット" };
	private static final String[] WORKS = { "に関する研究開発", "の実用化開発", "基盤技術の開発", "の評価手法の確立", "の製造プロセス開発" };
	private static final String[] FAMILY = { "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田",
			"山田", "佐々木", "松本", "井上", "木村" };
	private static final String[] GIVEN = { "太郎", "花子", "健一", "直樹", "由美", "誠", "陽子", "大輔", "美咲", "浩" };
	private static final String[] PLACES = { "北海道", "東北", "東京", "名古屋", "京都", "大阪", "九州", "筑波", "広島", "神戸" };
	private static final String[] POSITIVE = { "研究開発は計画どおり進捗しており、成果は高く評価できる。",
			"中間目標を前倒しで達成しており、国際的にも優位性のある成果が得られている。", "実施体制が適切に構築され、参加機関の連携も十分である。",
			"成果の普及に向けた取組が着実に進められている。" };
	private static final String[] NEGATIVE = { "事業化に向けた具体的な道筋をより明確にすることが望まれる。",
			"一部の研究開発項目で進捗に遅れが見られ、原因の分析と対策が必要である。", "知的財産の取得・活用の戦略をさらに具体化すべきである。",
			"国際標準化への対応を早期に検討することが望まれる。" };

	private final Random random;
	private final EvaluationReport report;
	private final SourceDocument document;
	private final List<Organization> performers = new ArrayList<>();
	private final List<Person> people = new ArrayList<>();
	private final List<CommitteeMember> members = new ArrayList<>();
	private ScoringScale scale;

	private SyntheticPortfolio(long seed) {
		random = new Random(seed);
		report = HyokaFactory.eINSTANCE.createEvaluationReport();
		document = BaseFactory.eINSTANCE.createSourceDocument();
	}

	/**
	 * Writes a portfolio for users and tests, always from the same seed: {@code N FILE}, run by
	 * {@code releng/scripts/benchmark.sh --portfolio N -o FILE}. An existing file is replaced.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2 || !args[0].matches("[1-9]\\d{0,5}")) { //$NON-NLS-1$
			System.err.println("usage: benchmark.sh --portfolio N -o FILE (N from 1 to 999999)"); //$NON-NLS-1$
			System.exit(2);
		}
		Path file = Path.of(args[1]);
		HyokaFiles.save(generate(Integer.parseInt(args[0]), SEED), file);
		System.out.println(file);
	}

	/** A report whose program has the given number of projects; the same seed gives the same report. */
	public static EvaluationReport generate(int projects, long seed) {
		return new SyntheticPortfolio(seed).build(projects);
	}

	/** Number of objects in the containment tree of {@code root}, itself included. */
	public static int countObjects(EObject root) {
		int count = 1;
		for (var contents = root.eAllContents(); contents.hasNext(); contents.next()) {
			count++;
		}
		return count;
	}

	private EvaluationReport build(int projectCount) {
		report.setId("report");
		report.setTitleJa("合成ポートフォリオ 中間評価 技術評価報告書");
		report.setStatus(ReportStatus.DRAFT);
		document.setId("src");
		document.setNameJa("合成データ");
		report.getSourceDocuments().add(document);
		Organization ministry = organization("org-meti", "経済産業省", OrganizationType.MINISTRY);
		report.setIssuingMinistry(ministry);
		Organization division = organization("org-division", "産業技術環境局 研究開発課", OrganizationType.MINISTRY_DIVISION);
		division.setParent(ministry);
		for (int i = 0; i < Math.max(10, projectCount / 4); i++) {
			boolean university = i % 3 == 0;
			String place = PLACES[i % PLACES.length];
			// the number keeps names distinct past the few places
			String name = university ? place + "大学" + (i / PLACES.length + 1) : "株式会社" + place + "技研" + (i / PLACES.length + 1);
			performers.add(organization("org-" + i, name, university ? OrganizationType.UNIVERSITY : OrganizationType.COMPANY));
		}
		for (int i = 0; i < Math.max(20, projectCount / 2); i++) {
			Person person = BaseFactory.eINSTANCE.createPerson();
			person.setId("person-" + i);
			person.setNameJa(FAMILY[i % FAMILY.length] + " " + GIVEN[(i / FAMILY.length) % GIVEN.length]);
			report.getPersons().add(person);
			people.add(person);
		}
		scale = scale();
		report.setCommittee(committee());

		Program program = ProgramFactory.eINSTANCE.createProgram();
		program.setId("program");
		program.setNameJa("合成技術開発事業");
		program.setPurpose("ベンチマーク用の合成データ。");
		program.setResponsibleDivision(division);
		program.setPeriod(period());
		report.setProgram(program);
		for (int p = 0; p < projectCount; p++) {
			Project project = project(p);
			program.getProjects().add(project);
			project.setProgram(program);
			report.getEvaluations().add(evaluation(project, "ev-" + p));
		}
		return report;
	}

	private Organization organization(String id, String name, OrganizationType type) {
		Organization organization = BaseFactory.eINSTANCE.createOrganization();
		organization.setId(id);
		organization.setNameJa(name);
		organization.setType(type);
		cite(organization);
		report.getOrganizations().add(organization);
		return organization;
	}

	private ScoringScale scale() {
		ScoringScale created = EvaluationFactory.eINSTANCE.createScoringScale();
		created.setId("scale");
		created.setEvaluationType(EvaluationType.INTERIM);
		created.getItems().addAll(List.of(ITEMS));
		String[] texts = { "不十分", "概ね適切", "適切", "非常に適切" };
		for (int score = 0; score <= 3; score++) {
			ScoreLevel level = EvaluationFactory.eINSTANCE.createScoreLevel();
			level.setScore(score);
			level.setTextJa(texts[score]);
			created.getLevels().add(level);
		}
		report.getScoringScales().add(created);
		return created;
	}

	private EvaluationCommittee committee() {
		EvaluationCommittee committee = EvaluationFactory.eINSTANCE.createEvaluationCommittee();
		committee.setId("committee");
		committee.setNameJa("合成技術開発事業 中間評価検討会");
		for (int m = 0; m < MEMBERS; m++) {
			CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
			member.setId("member-" + m);
			member.setPerson(people.get(m));
			member.setRole(m == 0 ? CommitteeRole.CHAIR : CommitteeRole.MEMBER);
			member.setOrganization(performers.get(m % performers.size()));
			cite(member);
			committee.getMembers().add(member);
			members.add(member);
		}
		for (int ordinal = 1; ordinal <= 3; ordinal++) {
			Meeting meeting = EvaluationFactory.eINSTANCE.createMeeting();
			meeting.setOrdinal(ordinal);
			meeting.setFormat(MeetingFormat.MEETING);
			// Mondays, so that the printed weekday agrees
			LocalDate date = LocalDate.of(FIRST_FY + 2, 10, 2).plusWeeks(ordinal * 3L);
			meeting.setDate(date);
			meeting.setWeekdayPrinted("月");
			cite(meeting);
			committee.getMeetings().add(meeting);
		}
		return committee;
	}

	private Period period() {
		Period period = BaseFactory.eINSTANCE.createPeriod();
		period.setStartFY(FIRST_FY);
		period.setEndFY(FIRST_FY + YEARS - 1);
		return period;
	}

	private Project project(int index) {
		Project project = ProgramFactory.eINSTANCE.createProject();
		String id = "p" + index;
		project.setId(id);
		project.setLetterCode(letters(index));
		String theme = THEMES[random.nextInt(THEMES.length)];
		project.setNameJa(theme + WORKS[random.nextInt(WORKS.length)]);
		project.setPurpose(theme + "の技術を確立し、" + (FIRST_FY + YEARS + random.nextInt(5)) + "年度までの実用化を目指す。");
		project.setPeriod(period());
		cite(project);
		RoleAssignment leader = BaseFactory.eINSTANCE.createRoleAssignment();
		leader.setPerson(people.get(random.nextInt(people.size())));
		leader.setRole(Role.PL);
		project.getLeaders().add(leader);

		List<ResearchItem> items = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ResearchItem item = ProgramFactory.eINSTANCE.createResearchItem();
			item.setId(id + "-item-" + i);
			item.setCode("(" + (i + 1) + ")");
			item.setNameJa("研究開発項目" + (i + 1));
			cite(item);
			project.getResearchItems().add(item);
			items.add(item);
		}
		for (int t = 0; t < 4; t++) {
			ResearchTask task = ProgramFactory.eINSTANCE.createResearchTask();
			task.setId(id + "-task-" + t);
			task.setNameJa("研究課題" + t);
			task.getPerformers().add(performers.get(random.nextInt(performers.size())));
			task.getItems().add(items.get(t % items.size()));
			task.setStartFY(FIRST_FY);
			project.getResearchTasks().add(task);
		}
		project.getBudgetTables().add(budget(id, items));
		for (int i = 0; i < 5; i++) {
			project.getOutputIndicators().add(outputIndicator(id + "-out-" + i));
		}
		for (int i = 0; i < 3; i++) {
			project.getOutcomeIndicators().add(outcomeIndicator(id + "-outcome-" + i));
		}
		PublicationRecord publications = ResultsFactory.eINSTANCE.createPublicationRecord();
		publications.setPeriodStartFY(FIRST_FY);
		publications.setPeriodEndFY(FIRST_FY + 2);
		publications.setPapers(random.nextInt(40));
		publications.setDomesticPatents(random.nextInt(10));
		publications.setForeignPatents(random.nextInt(5));
		publications.setPctApplications(random.nextInt(3));
		project.getPublications().add(publications);
		project.getExtensions().add(roadmap(id, items));
		return project;
	}

	/** A, B, …, Z, AA, AB, …: distinct letter codes for any number of projects. */
	static String letters(int index) {
		StringBuilder code = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			code.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return code.toString();
	}

	private BudgetTable budget(String id, List<ResearchItem> items) {
		BudgetTable table = FinanceFactory.eINSTANCE.createBudgetTable();
		table.setId(id + "-budget");
		table.setTitlePrinted("研究開発費の推移");
		table.setKind(AmountKind.EXECUTED);
		table.setUnit(MoneyUnit.HYAKUMAN_YEN);
		cite(table);
		for (int y = 0; y < YEARS; y++) {
			FiscalYearColumn column = FinanceFactory.eINSTANCE.createFiscalYearColumn();
			column.setFiscalYear(FIRST_FY + y);
			column.setLabelPrinted("令和" + (FIRST_FY + y - 2018) + "年度");
			table.getColumns().add(column);
		}
		long[] columnSums = new long[YEARS];
		long grandTotal = 0;
		for (ResearchItem item : items) {
			BudgetLine line = FinanceFactory.eINSTANCE.createBudgetLine();
			line.setLabelPrinted(item.getNameJa());
			line.setResearchItem(item);
			long rowTotal = 0;
			for (int y = 0; y < YEARS; y++) {
				long amount = 50 + random.nextInt(400);
				line.getCells().add(amount(FIRST_FY + y, amount));
				columnSums[y] += amount;
				rowTotal += amount;
			}
			line.setStatedRowTotal(BigDecimal.valueOf(rowTotal));
			table.getLines().add(line);
			grandTotal += rowTotal;
		}
		for (int y = 0; y < YEARS; y++) {
			table.getStatedTotals().add(amount(FIRST_FY + y, columnSums[y]));
		}
		table.setStatedGrandTotal(BigDecimal.valueOf(grandTotal));
		return table;
	}

	private static FiscalYearAmount amount(int fiscalYear, long amount) {
		FiscalYearAmount cell = FinanceFactory.eINSTANCE.createFiscalYearAmount();
		cell.setFiscalYear(fiscalYear);
		cell.setAmount(BigDecimal.valueOf(amount));
		cell.setStatus(AmountStatus.ACTUAL);
		return cell;
	}

	private OutputIndicator outputIndicator(String id) {
		OutputIndicator indicator = ResultsFactory.eINSTANCE.createOutputIndicator();
		indicator.setId(id);
		indicator.setNameJa("成果指標 " + id);
		indicator.setUnit("件");
		addTargets(indicator.getTargets(), TargetKind.INTERIM, TargetKind.FINAL);
		return indicator;
	}

	private OutcomeIndicator outcomeIndicator(String id) {
		OutcomeIndicator indicator = ResultsFactory.eINSTANCE.createOutcomeIndicator();
		indicator.setId(id);
		indicator.setNameJa("アウトカム指標 " + id);
		indicator.setUnit("件");
		indicator.setContent("事業終了後の実用化件数。");
		addTargets(indicator.getTargets(), TargetKind.OUTCOME, TargetKind.OUTCOME);
		return indicator;
	}

	private void addTargets(List<IndicatorTarget> targets, TargetKind first, TargetKind second) {
		IndicatorTarget interim = target(first, FIRST_FY + 2);
		interim.setActualValue(BigDecimal.valueOf(random.nextInt(12)));
		interim.setStatus(interim.getActualValue().compareTo(interim.getTargetValue()) >= 0
				? AchievementStatus.ACHIEVED : AchievementStatus.NOT_ACHIEVED);
		targets.add(interim);
		targets.add(target(second, FIRST_FY + YEARS - 1));
	}

	private IndicatorTarget target(TargetKind kind, int fiscalYear) {
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setKind(kind);
		target.setFiscalYear(fiscalYear);
		target.setTargetValue(BigDecimal.valueOf(5 + random.nextInt(10)));
		cite(target);
		return target;
	}

	private Roadmap roadmap(String id, List<ResearchItem> items) {
		Roadmap roadmap = RoadmapFactory.eINSTANCE.createRoadmap();
		roadmap.setId(id + "-roadmap");
		roadmap.setTitleJa("研究開発のロードマップ");
		RoadmapLane research = lane(id + "-lane-r", "研究開発", LaneKind.RESEARCH);
		RoadmapLane business = lane(id + "-lane-b", "事業化", LaneKind.BUSINESS);
		roadmap.getLanes().add(research);
		roadmap.getLanes().add(business);
		for (ResearchItem item : items) {
			RoadmapItem element = RoadmapFactory.eINSTANCE.createRoadmapItem();
			element.setLabelJa(item.getNameJa());
			element.setLane(research);
			element.setResearchItem(item);
			element.setStartFY(FIRST_FY);
			element.setEndFY(FIRST_FY + YEARS - 1);
			roadmap.getElements().add(element);
		}
		Milestone milestone = RoadmapFactory.eINSTANCE.createMilestone();
		milestone.setLabelJa("実用化");
		milestone.setLane(business);
		milestone.setStartFY(FIRST_FY + YEARS);
		roadmap.getElements().add(milestone);
		return roadmap;
	}

	private static RoadmapLane lane(String id, String name, LaneKind kind) {
		RoadmapLane lane = RoadmapFactory.eINSTANCE.createRoadmapLane();
		lane.setId(id);
		lane.setNameJa(name);
		lane.setKind(kind);
		return lane;
	}

	private Evaluation evaluation(Project project, String id) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setId(id);
		evaluation.setTarget(project);
		evaluation.setType(EvaluationType.INTERIM);
		evaluation.setFiscalYear(FIRST_FY + 2);
		evaluation.setBody(EvaluationBody.COMMITTEE);
		evaluation.getScales().add(scale);
		cite(evaluation);
		ScoreTable table = EvaluationFactory.eINSTANCE.createScoreTable();
		table.setMethod("評点法");
		for (EvaluationItem item : ITEMS) {
			table.getRows().add(scores(item));
		}
		evaluation.setScoreTable(table);
		int comment = 0;
		for (EvaluationItem item : ITEMS) {
			evaluation.getComments().add(comment(id + "-c" + comment++, item, CommentPolarity.POSITIVE));
			evaluation.getComments().add(comment(id + "-c" + comment++, item, CommentPolarity.NEGATIVE));
		}
		for (int r = 0; r < 3; r++) {
			Recommendation recommendation = EvaluationFactory.eINSTANCE.createRecommendation();
			recommendation.setId(id + "-rec-" + r);
			recommendation.setItem(ITEMS[r]);
			recommendation.setText("提言" + r + "：成果の実用化に向けた取組を強化すること。");
			Response response = EvaluationFactory.eINSTANCE.createResponse();
			response.setText("対処方針" + r + "：実施者と連携して取り組む。");
			recommendation.setResponse(response);
			cite(recommendation);
			evaluation.getRecommendations().add(recommendation);
		}
		return evaluation;
	}

	private ItemScore scores(EvaluationItem item) {
		ItemScore row = EvaluationFactory.eINSTANCE.createItemScore();
		row.setItem(item);
		int sum = 0;
		for (int column = 0; column < MEMBERS; column++) {
			EvaluatorScore score = EvaluationFactory.eINSTANCE.createEvaluatorScore();
			score.setColumn(column + 1);
			score.setMember(members.get(column));
			int value = 2 + random.nextInt(2);
			score.setValue(value);
			sum += value;
			row.getScores().add(score);
		}
		row.setStatedAverage(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(MEMBERS), 1, java.math.RoundingMode.HALF_UP));
		cite(row);
		return row;
	}

	private EvaluationComment comment(String id, EvaluationItem item, CommentPolarity polarity) {
		EvaluationComment comment = EvaluationFactory.eINSTANCE.createEvaluationComment();
		comment.setId(id);
		comment.setItem(item);
		comment.setPolarity(polarity);
		comment.setMarkerPrinted(polarity == CommentPolarity.POSITIVE ? "○" : "●");
		String[] texts = polarity == CommentPolarity.POSITIVE ? POSITIVE : NEGATIVE;
		comment.setText(texts[random.nextInt(texts.length)]);
		cite(comment);
		return comment;
	}

	private void cite(Sourced object) {
		SourceRef ref = BaseFactory.eINSTANCE.createSourceRef();
		ref.setDocument(document);
		ref.setLine(1 + random.nextInt(5000));
		object.getSources().add(ref);
	}
}
