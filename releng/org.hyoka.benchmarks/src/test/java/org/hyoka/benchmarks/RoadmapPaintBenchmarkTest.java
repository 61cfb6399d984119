package org.hyoka.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.hyoka.roadmap.RowKind;
import org.hyoka.roadmap.Timeline;
import org.hyoka.roadmap.ui.internal.OffscreenCanvas;
import org.junit.jupiter.api.Test;

/**
 * The paint benchmark paints the view's middle rows and reports every size: the full run is benchmark.sh --paint.
 * Needs a display, as the build's UI tests do (test.sh runs the build under xvfb-run).
 */
class RoadmapPaintBenchmarkTest {

	@Test
	void syntheticTreeHasProgramProjectsAndItems() {
		Timeline timeline = RoadmapPaintBenchmark.timeline(30);
		assertEquals(RowKind.PROGRAM, timeline.rows().get(0).kind());
		assertEquals(RowKind.PROJECT, timeline.rows().get(1).kind());
		assertEquals(RowKind.RESEARCH_ITEM, timeline.rows().get(2).kind());
		assertEquals(3, timeline.rows().stream().filter(row -> row.depth() == 1).count());
		assertTrue(timeline.rows().stream().allMatch(row -> row.marks().size() == 10 && row.source() != null));
	}

	@Test
	void paintsTheMiddleRowsIntoTheImage() {
		Display display = new Display();
		try (OffscreenCanvas canvas = new OffscreenCanvas(display, RoadmapPaintBenchmark.timeline(1000), 600, 400)) {
			canvas.paint();
			assertTrue(canvas.firstRowPainted() > 450 && canvas.firstRowPainted() < 500, () -> "first row " + canvas.firstRowPainted());
			ImageData image = canvas.imageData();
			Set<Integer> colours = new HashSet<>();
			for (int y = 0; y < image.height; y += 3) {
				for (int x = 0; x < image.width; x += 3) {
					colours.add(image.getPixel(x, y));
				}
			}
			// white, bands, bars, milestones, text: a blank or one-colour image means nothing was drawn
			assertTrue(colours.size() > 8, () -> colours.size() + " colours");
		} finally {
			display.dispose();
		}
	}

	@Test
	void reportsEverySizeAndTheRatios() {
		String report = RoadmapPaintBenchmark.report(true);
		for (String rows : new String[] { "1,000", "10,000", "100,000" }) {
			Matcher row = Pattern.compile("\\| " + Pattern.quote(rows) + " \\| ([0-9.]+) ms \\| ([0-9.]+) ms \\| ([0-9.]+) ms \\|").matcher(report);
			assertTrue(row.find(), () -> rows + " missing from\n" + report);
			double min = Double.parseDouble(row.group(1));
			double median = Double.parseDouble(row.group(2));
			double max = Double.parseDouble(row.group(3));
			assertTrue(min > 0 && min <= median && median <= max, report);
		}
		assertTrue(Pattern.compile("paint ratio 100,000 / 1,000 rows: [0-9.]+ \\(goal").matcher(report).find(), report);
	}
}
