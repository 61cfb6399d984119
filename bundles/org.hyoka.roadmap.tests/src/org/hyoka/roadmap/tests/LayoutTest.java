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

	/** One row of {@code count} one-day items on consecutive days from 1 April 2000. */
	private static Timeline oneDayItems(int count) {
		List<Mark> marks = new ArrayList<>(count);
		LocalDate first = LocalDate.of(2000, 4, 1);
		for (int i = 0; i < count; i++) {
			marks.add(Mark.Bar.days(Mark.BarKind.ROADMAP_ITEM, first.plusDays(i), first.plusDays(i), "項目" + i, null)); //$NON-NLS-1$
		}
		return new Timeline("日単位", List.of(new Row(RowKind.LANE, 0, "日単位の項目", null, marks)), 2000, 2027, null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<Shape.Rect> items(Scene scene) {
		return scene.shapes().stream().filter(s -> s instanceof Shape.Rect r && r.style() == Style.ROADMAP_ITEM).map(Shape.Rect.class::cast).toList();
	}

	@Test
	void oneDayItemsNarrowerThanAPixelAreMergedAtDecadeZoom() {
		Timeline timeline = oneDayItems(10_000);
		RoadmapLayout layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.DECADE));
		List<Shape.Rect> items = items(layout.layout());
		// consecutive days touch: one shape from the first day to the end of the last
		assertEquals(1, items.size(), items.toString());
		Shape.Rect merged = items.get(0);
		assertEquals(layout.x(LocalDate.of(2000, 4, 1)), merged.x(), 1e-9);
		assertEquals(layout.x(LocalDate.of(2000, 4, 1).plusDays(10_000)), merged.x() + merged.width(), 1e-9);
		assertTrue(merged.tip().startsWith("10000件"), merged.tip()); //$NON-NLS-1$
		assertTrue(merged.tip().contains("2000-04-01") && merged.tip().contains(LocalDate.of(2000, 4, 1).plusDays(9_999).toString()), merged.tip()); //$NON-NLS-1$
	}

	@Test
	void separateRunsStaySeparateAndALoneThinItemIsAPixelWide() {
		List<Mark> marks = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			marks.add(Mark.Bar.days(Mark.BarKind.ROADMAP_ITEM, LocalDate.of(2001, 5, 1).plusDays(i), LocalDate.of(2001, 5, 1).plusDays(i), "a" + i, null)); //$NON-NLS-1$
			marks.add(Mark.Bar.days(Mark.BarKind.ROADMAP_ITEM, LocalDate.of(2010, 5, 1).plusDays(i), LocalDate.of(2010, 5, 1).plusDays(i), "b" + i, null)); //$NON-NLS-1$
		}
		marks.add(Mark.Bar.days(Mark.BarKind.ROADMAP_ITEM, LocalDate.of(2020, 7, 7), LocalDate.of(2020, 7, 7), "七夕", null)); //$NON-NLS-1$
		Timeline timeline = new Timeline("t", List.of(new Row(RowKind.LANE, 0, "l", null, marks)), 2000, 2027, null); //$NON-NLS-1$ //$NON-NLS-2$
		List<Shape.Rect> items = items(new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.DECADE)).layout());
		assertEquals(3, items.size(), items.toString());
		assertEquals(RoadmapLayout.PIXEL, items.get(2).width(), 1e-9);
		assertEquals("七夕 (2020-07-07–2020-07-07)", items.get(2).tip()); //$NON-NLS-1$
	}

	@Test
	void nothingIsMergedAtMonthZoomWhereADayIsWiderThanAPixel() {
		Timeline timeline = oneDayItems(10_000);
		RoadmapLayout layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.MONTH));
		List<Shape.Rect> items = items(layout.layout());
		assertEquals(10_000, items.size());
		for (int i = 0; i < items.size(); i++) {
			LocalDate day = LocalDate.of(2000, 4, 1).plusDays(i);
			Shape.Rect item = items.get(i);
			assertEquals(layout.x(day), item.x(), 1e-9);
			assertTrue(item.width() >= RoadmapLayout.PIXEL, item.toString());
			assertTrue(item.tip().startsWith("項目" + i + " "), item.tip()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void daysMustLieInTheFiscalYearsOfTheBar() {
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Mark.Bar(Mark.BarKind.ROADMAP_ITEM, 2020, 2020, "x", //$NON-NLS-1$
				Set.of(), null, LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 1)));
		assertEquals(2019, Mark.Bar.days(Mark.BarKind.ROADMAP_ITEM, LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 1), "x", null).start()); //$NON-NLS-1$
	}

	@Test
	void theStatusLineIsAtItsDate() {
		Timeline timeline = synthetic(3);
		LocalDate date = LocalDate.of(2021, 10, 1);
		RoadmapLayout layout = new RoadmapLayout(timeline, FiscalAxis.of(timeline, Era.WESTERN, Zoom.QUARTER), date);
		List<Shape.Line> lines = layout.layout().shapes().stream().filter(s -> s.style() == Style.STATUS_LINE).map(Shape.Line.class::cast).toList();
		assertEquals(1, lines.size());
		assertEquals(layout.x(date), lines.get(0).x1(), 1e-9);
		assertEquals(layout.x(2021) + 2 * Zoom.QUARTER.yearWidth() / 4, lines.get(0).x1(), 1.0); // the start of 3Q
		assertEquals("2021-10-01", lines.get(0).tip()); //$NON-NLS-1$
	}
}
