package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hyoka.roadmap.Era;
import org.hyoka.roadmap.FiscalAxis;
import org.hyoka.roadmap.Mark;
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

/** The layout places rows and marks where the axis says, and lays out a window of rows alone. */
class LayoutTest {

	/** {@code count} rows with a period and a target each, as a large file would have. */
	static Timeline synthetic(int count) {
		List<Row> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new Row(RowKind.PROJECT, 1, "課題" + i, null, List.of( //$NON-NLS-1$
					new Mark.Bar(Mark.BarKind.PERIOD, 2015 + i % 5, 2020 + i % 5, "期間", Set.of(), null), //$NON-NLS-1$
					new Mark.Target(false, 2022, "目標", TargetStatus.NOT_YET_DUE, null, null)))); //$NON-NLS-1$
		}
		return new Timeline("合成", rows, 2015, 2026, 2021); //$NON-NLS-1$
	}

	@Test
	void aWindowHoldsOnlyItsRowsAtTheirPlaces() {
		Timeline timeline = synthetic(100_000);
		RoadmapLayout layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR));
		Scene window = layout.window(50_000, 20);
		assertEquals(50_000, window.firstRow());
		assertEquals(20, window.rowCount());
		List<String> labels = window.shapes().stream().filter(s -> s instanceof Shape.Text t && t.style() == Style.ROW_LABEL)
				.map(s -> ((Shape.Text) s).text()).toList();
		assertEquals(20, labels.size());
		assertEquals("課題50000", labels.get(0)); //$NON-NLS-1$
		assertEquals("課題50019", labels.get(19)); //$NON-NLS-1$
		for (Shape shape : window.shapes()) {
			if (shape instanceof Shape.Rect rect && rect.style() == Style.PERIOD) {
				assertTrue(rect.y() >= RoadmapLayout.rowTop(50_000) && rect.y() < RoadmapLayout.rowTop(50_020), rect.toString());
			}
		}
		Scene first = layout.window(0, 20);
		assertEquals(first.shapes().size(), window.shapes().size());
		assertEquals(RoadmapLayout.rowTop(100_000), layout.height(), 1e-9);
		Scene visible = layout.visible(RoadmapLayout.rowTop(10), 5 * RoadmapLayout.ROW_HEIGHT);
		assertEquals(10, visible.firstRow());
		assertEquals(6, visible.rowCount());
	}

	@Test
	void barsSpanTheirFiscalYearsAndDatesFallInTheirYear() {
		Timeline timeline = synthetic(1);
		FiscalAxis axis = FiscalAxis.of(timeline, Era.WAREKI, Zoom.QUARTER);
		RoadmapLayout layout = new RoadmapLayout(timeline, axis, LocalDate.of(2021, 10, 1));
		Shape.Rect period = layout.layout().shapes().stream().filter(s -> s instanceof Shape.Rect r && r.style() == Style.PERIOD)
				.map(Shape.Rect.class::cast).findFirst().orElseThrow();
		assertEquals(layout.x(2015), period.x(), 1e-9);
		assertEquals(layout.x(2021) - layout.x(2015), period.width(), 1e-9);
		assertEquals(layout.x(2019), layout.x(LocalDate.of(2019, 4, 1)), 1e-9);
		assertTrue(layout.x(LocalDate.of(2020, 3, 31)) < layout.x(2020));
		assertTrue(layout.x(LocalDate.of(2020, 3, 31)) > layout.x(2019) + 0.99 * Zoom.QUARTER.yearWidth());
		Shape.Line status = layout.layout().shapes().stream().filter(s -> s.style() == Style.STATUS_LINE).map(Shape.Line.class::cast)
				.findFirst().orElseThrow();
		assertEquals(layout.x(LocalDate.of(2021, 10, 1)), status.x1(), 1e-9);
	}

	@Test
	void samplesDrawEveryEvaluationAndTheEraChange() {
		Timeline timeline = Timelines.of(Samples.load("saisei-iryo-2022")); //$NON-NLS-1$
		Scene scene = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WAREKI, Zoom.YEAR)).layout();
		long evaluations = timeline.rows().stream().flatMap(r -> r.marks().stream()).filter(Mark.EvaluationPoint.class::isInstance).count();
		long diamonds = scene.shapes().stream().filter(s -> s.style() == Style.EVALUATION || s.style() == Style.EVALUATION_PLANNED).count();
		assertEquals(evaluations, diamonds);
		List<Shape.Line> eraLines = scene.shapes().stream().filter(s -> s.style() == Style.ERA_CHANGE).map(Shape.Line.class::cast).toList();
		assertEquals(1, eraLines.size());
		assertEquals("令和元年度", eraLines.get(0).tip()); //$NON-NLS-1$
		assertEquals(RoadmapLayout.LABEL_WIDTH + (2019 - timeline.firstYear()) * Zoom.YEAR.yearWidth(), eraLines.get(0).x1(), 1e-9);
	}

	@Test
	void longLabelsAreShortenedButKeptWholeInTheTip() {
		String label = "再生医療・遺伝子治療の産業化に向けた基盤技術開発事業".repeat(3); //$NON-NLS-1$
		Timeline timeline = new Timeline("t", List.of(new Row(RowKind.PROGRAM, 0, label, null, List.of())), 2020, 2021, null); //$NON-NLS-1$
		Shape.Text text = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.YEAR)).layout().shapes().stream()
				.filter(s -> s.style() == Style.ROW_LABEL).map(Shape.Text.class::cast).findFirst().orElseThrow();
		assertTrue(text.text().endsWith("…"), text.text()); //$NON-NLS-1$
		assertTrue(text.text().length() * text.size() <= RoadmapLayout.LABEL_WIDTH, text.text());
		assertEquals(label, text.tip());
	}
}
