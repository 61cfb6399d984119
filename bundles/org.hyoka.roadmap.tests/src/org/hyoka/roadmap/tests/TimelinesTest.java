package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.Project;
import org.hyoka.model.program.ScheduledEvaluation;
import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.Row;
import org.hyoka.roadmap.RowKind;
import org.hyoka.roadmap.TargetStatus;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.Timelines;
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
			Set<String> expected = subject.getEvaluationSchedule().stream().filter(s -> s.getFiscalYear() != null)
					.map(s -> s.getType() + "@" + s.getFiscalYear()).collect(Collectors.toSet()); //$NON-NLS-1$
			report.getEvaluations().stream().filter(e -> e.getTarget() == subject).map(e -> e.getType() + "@" + e.getFiscalYear()) //$NON-NLS-1$
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

	@Test
	void revisedIndicatorsCarryWhatTheyWereBefore() {
		EvaluationReport report = Samples.load("soyaku-kiban-2021"); //$NON-NLS-1$
		Timeline timeline = Timelines.of(report);
		List<Mark.Target> revised = timeline.rows().stream().flatMap(row -> marks(row, Mark.Target.class).stream())
				.filter(t -> t.revisedFrom() != null).toList();
		assertFalse(revised.isEmpty());
		for (Mark.Target target : revised) {
			Indicator indicator = (Indicator) target.source().eContainer();
			assertFalse(indicator.getRevisions().isEmpty());
		}
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
