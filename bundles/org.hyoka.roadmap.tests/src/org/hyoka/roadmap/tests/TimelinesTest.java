package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hyoka.core.indicator.Achievement;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.ProgramFactory;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ScheduledEvaluation;
import org.hyoka.model.results.AchievementStatus;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.OutputIndicator;
import org.hyoka.model.results.ResultsFactory;
import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapItem;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.RowKind;
import org.hyoka.roadmap.TargetStatus;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
import org.hyoka.roadmap.Zoom;
import org.hyoka.roadmap.layout.RoadmapLayout;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rows and marks of both samples against their model. */
class TimelinesTest {

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void rowsFollowProgramProjectsItemsTasksAndLanes(String sample) {
		EvaluationReport report = Samples.load(sample);
		Timeline timeline = Timelines.of(report);
		List<Row> rows = timeline.rows();
		assertEquals(RowKind.PROGRAM, rows.get(0).kind());
		assertEquals(report.getProgram().getNameJa(), rows.get(0).label());
		List<Object> expected = new ArrayList<>();
		for (EvaluationSubject subject : subjects(report)) {
			expected.add(subject);
			if (subject instanceof Project project) {
				expected.addAll(project.getResearchItems());
				expected.addAll(project.getResearchTasks());
			}
			for (Roadmap roadmap : Roadmaps.of(subject)) {
				expected.add(roadmap);
				expected.addAll(roadmap.getLanes());
			}
		}
		assertEquals(expected, rows.stream().map(Row::source).toList());
		for (Row row : rows) {
			if (row.source() instanceof RoadmapLane lane) {
				assertEquals(lane.getNameJa(), row.label());
				assertEquals(RowKind.LANE, row.kind());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void subjectsShowTheirPeriodEvaluationsAndTargets(String sample) {
		EvaluationReport report = Samples.load(sample);
		Timeline timeline = Timelines.of(report);
		for (EvaluationSubject subject : subjects(report)) {
			Row row = timeline.rows().stream().filter(r -> r.source() == subject).findFirst().orElseThrow();
			Mark.Bar period = marks(row, Mark.Bar.class).stream().filter(bar -> bar.kind() == Mark.BarKind.PERIOD).findFirst().orElseThrow();
			assertEquals(subject.getPeriod().getStartFY(), period.start());
			assertEquals(subject.getPeriod().getEndFY(), period.end());
			Set<String> evaluations = marks(row, Mark.EvaluationPoint.class).stream().map(p -> p.type() + "@" + p.year()).collect(Collectors.toSet()); //$NON-NLS-1$
			// an evaluation whose type the report leaves unsaid is none of the four: nothing to draw
			Set<String> expected = subject.getEvaluationSchedule().stream().filter(s -> s.getFiscalYear() != null && s.isSetType())
					.map(s -> s.getType() + "@" + s.getFiscalYear()).collect(Collectors.toSet()); //$NON-NLS-1$
			report.getEvaluations().stream().filter(e -> e.getTarget() == subject && e.isSetType()).map(e -> e.getType() + "@" + e.getFiscalYear()) //$NON-NLS-1$
					.forEach(expected::add);
			assertEquals(expected, evaluations, subject.getNameJa());
			long targets = indicators(subject).stream().flatMap(i -> i.getTargets().stream()).filter(t -> t.getFiscalYear() != null).count();
			assertEquals(targets, marks(row, Mark.Target.class).size(), subject.getNameJa());
		}
		assertTrue(timeline.firstYear() <= report.getProgram().getPeriod().getStartFY());
		assertTrue(timeline.lastYear() >= report.getProgram().getPeriod().getEndFY());
	}

	@Test
	void plannedEvaluationsAreMarkedPlanned() {
		EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
		Row program = Timelines.of(report).rows().get(0);
		ScheduledEvaluation finalOne = report.getProgram().getEvaluationSchedule().stream().filter(ScheduledEvaluation::isPlanned).findFirst().orElseThrow();
		Mark.EvaluationPoint point = marks(program, Mark.EvaluationPoint.class).stream().filter(p -> p.source() == finalOne).findFirst().orElseThrow();
		assertTrue(point.planned());
		assertEquals(2028, point.year());
		assertEquals("終了時評価（予定）", point.label()); //$NON-NLS-1$
	}

	@Test
	void targetStatusComesFromTheFileOnly() {
		EvaluationReport report = Samples.load("soyaku-kiban-2021"); //$NON-NLS-1$
		Timeline timeline = Timelines.of(report);
		assertEquals(2021, timeline.statusYear());
		for (Row row : timeline.rows()) {
			for (Mark.Target target : marks(row, Mark.Target.class)) {
				IndicatorTarget source = (IndicatorTarget) target.source();
				TargetStatus expected;
				if (source.isSetStatus()) {
					expected = switch (source.getStatus()) {
					case ACHIEVED -> TargetStatus.MET;
					case ON_TRACK, NOT_YET_DUE -> TargetStatus.NOT_YET_DUE;
					default -> TargetStatus.NOT_MET;
					};
				} else if (source.getActualValue() != null && source.getTargetValue() != null) {
					expected = source.getActualValue().compareTo(source.getTargetValue()) >= 0 ? TargetStatus.MET
							: source.getFiscalYear() > 2021 ? TargetStatus.NOT_YET_DUE : TargetStatus.NOT_MET;
				} else {
					expected = source.getFiscalYear() > 2021 ? TargetStatus.NOT_YET_DUE : TargetStatus.UNKNOWN;
				}
				assertEquals(expected, target.status(), target.label());
			}
		}
		// 新規バイオマーカー探索技術の開発数: 2021年度 4件, actual 10件, no status printed
		Mark.Target printedActual = timeline.rows().get(0).marks().stream().filter(Mark.Target.class::isInstance).map(Mark.Target.class::cast)
				.filter(t -> t.label().startsWith("新規バイオマーカー探索技術の開発数")).findFirst().orElseThrow(); //$NON-NLS-1$
		assertEquals(TargetStatus.MET, printedActual.status());
		assertEquals("新規バイオマーカー探索技術の開発数：4件", printedActual.label()); //$NON-NLS-1$
	}

	/**
	 * A target is judged at its own subject's evaluation, as the report's table of indicators judges it: a project
	 * evaluated in 2021 whose 2022 target is not reached yet is not yet due there, though the program's evaluation is
	 * in 2023.
	 */
	@Test
	void aTargetIsJudgedAtItsSubjectsEvaluationAsTheReportsTableJudgesIt() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		Program program = ProgramFactory.eINSTANCE.createProgram();
		Project project = ProgramFactory.eINSTANCE.createProject();
		program.getProjects().add(project);
		report.setProgram(program);
		report.getEvaluations().add(evaluation(program, 2023));
		report.getEvaluations().add(evaluation(project, 2021));
		OutputIndicator indicator = ResultsFactory.eINSTANCE.createOutputIndicator();
		indicator.setNameJa("試作数"); //$NON-NLS-1$
		IndicatorTarget target = ResultsFactory.eINSTANCE.createIndicatorTarget();
		target.setFiscalYear(2022);
		target.setTargetValue(new BigDecimal("10")); //$NON-NLS-1$
		target.setActualValue(new BigDecimal("5")); //$NON-NLS-1$
		indicator.getTargets().add(target);
		project.getOutputIndicators().add(indicator);

		Timeline timeline = Timelines.of(report);
		assertEquals(2023, timeline.statusYear());
		Mark.Target mark = timeline.rows().stream().flatMap(row -> marks(row, Mark.Target.class).stream()).findFirst().orElseThrow();
		assertEquals(Optional.of(AchievementStatus.NOT_YET_DUE), Achievement.statedStatus(target), "the report's table");
		assertEquals(TargetStatus.NOT_YET_DUE, mark.status(), "the figure");

		report.getEvaluations().get(1).setFiscalYear(2023);
		mark = Timelines.of(report).rows().stream().flatMap(row -> marks(row, Mark.Target.class).stream()).findFirst().orElseThrow();
		assertEquals(TargetStatus.NOT_MET, mark.status(), "judged in 2023, its year has come");
	}

	private static Evaluation evaluation(EvaluationSubject subject, int fiscalYear) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setTarget(subject);
		evaluation.setFiscalYear(fiscalYear);
		return evaluation;
	}

	@Test
	void anEvaluationOfUnstatedTypeIsNotDrawn() {
		EvaluationReport report = Samples.load("soyaku-kiban-2021"); //$NON-NLS-1$
		// 000's program has no schedule, and its evaluation (eval-prg, 2021) states no type: no 事前評価 (the first
		// literal) in 2021, nor any other
		assertTrue(report.getProgram().getEvaluationSchedule().isEmpty());
		assertFalse(report.getEvaluations().stream().filter(e -> e.getTarget() == report.getProgram()).findFirst().orElseThrow().isSetType());
		Row program = Timelines.of(report).rows().get(0);
		assertEquals(List.of(), marks(program, Mark.EvaluationPoint.class));
	}

	@Test
	void revisedTargetsCarryWhatTheyWereBeforeOnTheirOwnYear() {
		EvaluationReport report = Samples.load("soyaku-kiban-2021"); //$NON-NLS-1$
		Timeline timeline = Timelines.of(report);
		List<Mark.Target> revised = timeline.rows().stream().flatMap(row -> marks(row, Mark.Target.class).stream())
				.filter(t -> t.revisedFrom() != null).toList();
		// 000-B: 2025年度 30件 → 220件 (its 2020 target of 10件 was never changed); 000-C: 2020年度 5 → 9, 2025年度 10 → 20
		assertEquals(List.of("2025:220件（変更前：30）", "2020:9件（変更前：5）", "2025:20件（変更前：10）"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				revised.stream().map(t -> t.year() + ":" + Timelines.targetLabel(t).substring(Timelines.targetLabel(t).indexOf('：') + 1)).toList()); //$NON-NLS-1$
		List<String> decidedLabels = timeline.rows().stream().flatMap(row -> marks(row, Mark.Revision.class).stream())
				.map(r -> r.year() + ":" + r.label()).toList(); //$NON-NLS-1$
		assertTrue(decidedLabels.contains("2020:目標変更（2025年度）：30 → 220"), decidedLabels.toString()); //$NON-NLS-1$
		List<Mark.Revision> decided = timeline.rows().stream().flatMap(row -> marks(row, Mark.Revision.class).stream()).toList();
		long withYear = subjects(report).stream().flatMap(s -> indicators(s).stream()).flatMap(i -> i.getRevisions().stream())
				.filter(r -> r.getDecidedFY() != null).count();
		assertEquals(withYear, decided.size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void samplesHaveNoItemFlaggedAsWrong(String sample) {
		for (Row row : Timelines.of(Samples.load(sample)).rows()) {
			assertFalse(row.flagged(), row.label());
		}
	}

	@Test
	void itemsWithoutYearsAreUncertainInTheSampleAndDrawnSo() {
		Timeline timeline = Timelines.of(Samples.load("soyaku-kiban-2021")); //$NON-NLS-1$
		Row program = timeline.rows().stream().filter(r -> r.kind() == RowKind.ROADMAP).findFirst().orElseThrow();
		List<Mark.Bar> bars = marks(program, Mark.Bar.class);
		assertFalse(bars.isEmpty());
		for (Mark.Bar bar : bars) {
			assertEquals(Set.of(Flag.YEARS_UNCERTAIN), bar.flags(), bar.label());
		}
	}

	@Test
	void itemsEndingBeforeTheyStartOrWithoutYearsAreFlagged() {
		EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
		Roadmap roadmap = Samples.roadmap(report, Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "逆転", 2024, 2022), //$NON-NLS-1$
				Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "年度なし", null, null)); //$NON-NLS-1$
		Row row = Timelines.of(report).rows().stream().filter(r -> r.source() == roadmap).findFirst().orElseThrow();
		assertTrue(row.flagged());
		List<Mark.Bar> bars = marks(row, Mark.Bar.class);
		assertEquals(Set.of(Flag.END_BEFORE_START), bars.get(0).flags());
		assertEquals(Set.of(Flag.UNDATED), bars.get(1).flags());
		assertEquals(Set.of(), Timelines.flags(2020, 2020, false));
		assertEquals(Set.of(), Timelines.flags(null, 2025, false));
	}

	@Test
	void budgetStripsAreTheExecutedYearlyTotalsTheSamplePrints() {
		EvaluationReport report = Samples.load("soyaku-kiban-2021"); //$NON-NLS-1$
		Timeline timeline = Timelines.of(report);
		// 事業: 執行額 2018FY 5,744, 2019FY 5,594, 2020FY 6,108 百万円; the two 20**FY columns print 「-」 and have no year
		Row program = timeline.rows().get(0);
		assertEquals(Map.of(2018, "5744", 2019, "5594", 2020, "6108"), amounts(program));
		Mark.Budget largest = marks(program, Mark.Budget.class).stream().filter(mark -> mark.year() == 2020).findFirst().orElseThrow();
		assertEquals(1.0, largest.share(), 1e-9, "the largest year is the darkest");
		assertEquals(5594 / 6108.0, marks(program, Mark.Budget.class).get(1).share(), 1e-9);
		// the first project's header table: 「824 829 1,046 984 979 4,662」 for 2016FY to 2020FY
		Project project = report.getProgram().getProjects().stream()
				.filter(p -> p.getBudgetTables().stream().anyMatch(table -> "bud-A-exec".equals(table.getId()))).findFirst().orElseThrow(); //$NON-NLS-1$
		Row row = timeline.rows().stream().filter(r -> r.source() == project).findFirst().orElseThrow();
		assertEquals(Map.of(2016, "824", 2017, "829", 2018, "1046", 2019, "984", 2020, "979"), amounts(row));
		assertEquals("2018年度 1046百万円", Timelines.budgetLabel(marks(row, Mark.Budget.class).get(2))); //$NON-NLS-1$
	}

	private static Map<Integer, String> amounts(Row row) {
		return marks(row, Mark.Budget.class).stream().collect(Collectors.toMap(Mark.Budget::year, mark -> mark.hyakumanYen().stripTrailingZeros().toPlainString()));
	}

	@Test
	void monthsDrawItemsAndMilestonesToTheMonth() {
		EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
		RoadmapItem trial = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "月単位の項目", 2024, 2025), 7, 2); //$NON-NLS-1$
		RoadmapItem startOnly = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "申請準備", 2024, 2024), 10, null); //$NON-NLS-1$
		Milestone filing = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createMilestone(), "月単位の申請", 2025, null), 1, null); //$NON-NLS-1$
		RoadmapItem notAMonth = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "月の誤り", 2024, 2024), null, 13); //$NON-NLS-1$
		RoadmapItem backwards = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "月の逆転", 2024, 2024), 10, 5); //$NON-NLS-1$
		Samples.roadmap(report, trial, startOnly, filing, notAMonth, backwards);

		Mark.Bar bar = (Mark.Bar) Timelines.mark(trial);
		// July of 2024年度 to February of 2025年度, which is February 2026
		assertEquals(LocalDate.of(2024, 7, 1), bar.from());
		assertEquals(LocalDate.of(2026, 2, 28), bar.to());
		assertEquals(Set.of(), bar.flags());
		Mark.Bar rest = (Mark.Bar) Timelines.mark(startOnly);
		assertEquals(LocalDate.of(2024, 10, 1), rest.from());
		assertEquals(LocalDate.of(2025, 3, 31), rest.to(), "no end month: to the end of the fiscal year");
		assertEquals(new Mark.Milestone(2025, 1, "月単位の申請", filing), Timelines.mark(filing)); //$NON-NLS-1$
		Mark.Bar whole = (Mark.Bar) Timelines.mark(notAMonth);
		assertEquals(null, whole.from(), "a month not 1 to 12 is drawn as the whole year");
		assertEquals(Set.of(Flag.END_BEFORE_START), ((Mark.Bar) Timelines.mark(backwards)).flags());

		// the layout draws them to the month: at month zoom a month is 36 units
		RoadmapLayout layout = new RoadmapLayout(Timelines.of(report), new FiscalAxis(2023, 2026, Era.WESTERN, Zoom.MONTH, null));
		Scene scene = layout.layout();
		double month = Zoom.MONTH.yearWidth() / 12;
		double twoDays = 2 * Zoom.MONTH.yearWidth() / 365; // dates are placed by day, the month ticks are equal twelfths
		Shape.Rect drawn = scene.shapes().stream().filter(shape -> shape instanceof Shape.Rect rect && rect.style() == Style.ROADMAP_ITEM
				&& rect.tip() != null && rect.tip().startsWith("月単位の項目")).map(Shape.Rect.class::cast).findFirst().orElseThrow(); //$NON-NLS-1$
		assertEquals(layout.x(2024) + 3 * month, drawn.x(), twoDays, "from July, the fourth month of the fiscal year");
		assertEquals(layout.x(2025) + 11 * month, drawn.x() + drawn.width(), twoDays, "to the end of February, the eleventh");
		Shape.Diamond diamond = scene.shapes().stream().filter(shape -> shape instanceof Shape.Diamond d && d.style() == Style.MILESTONE
				&& d.tip().startsWith("月単位の申請 (")).map(Shape.Diamond.class::cast).findFirst().orElseThrow(); //$NON-NLS-1$
		assertEquals(layout.x(2025) + 9.5 * month, diamond.x(), 1e-9, "in the middle of January, the tenth month");
		assertEquals("月単位の申請 (2025年度 1月)", diamond.tip()); //$NON-NLS-1$
	}

	static List<EvaluationSubject> subjects(EvaluationReport report) {
		List<EvaluationSubject> subjects = new ArrayList<>();
		subjects.add(report.getProgram());
		subjects.addAll(report.getProgram().getProjects());
		return subjects;
	}

	private static List<Indicator> indicators(EvaluationSubject subject) {
		List<Indicator> indicators = new ArrayList<>(subject.getOutputIndicators());
		indicators.addAll(subject.getOutcomeIndicators());
		return indicators;
	}

	static <T extends Mark> List<T> marks(Row row, Class<T> type) {
		return row.marks().stream().filter(type::isInstance).map(type::cast).toList();
	}
}
