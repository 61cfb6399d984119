package org.hyoka.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.roadmap.Timeline;
import org.junit.jupiter.api.Test;

/** The roadmap layout benchmark runs once per size and reports measured medians: the full run is benchmark.sh. */
class RoadmapLayoutBenchmarkTest {

	@Test
	void syntheticRowsHaveTenMarks() {
		Timeline timeline = RoadmapLayoutBenchmark.timeline(50);
		assertEquals(50, timeline.rows().size());
		assertTrue(timeline.rows().stream().allMatch(row -> row.marks().size() == 10));
	}

	@Test
	void reportsMediansAndTheRatio() throws Exception {
		String report = RoadmapLayoutBenchmark.report(true);
		for (String rows : new String[] { "1,000", "10,000", "100,000" }) {
			Matcher row = Pattern.compile("\\| " + Pattern.quote(rows) + " \\| ([0-9.,]+) µs \\|").matcher(report);
			assertTrue(row.find(), () -> rows + " missing from\n" + report);
			assertTrue(Double.parseDouble(row.group(1).replace(",", "")) > 0, report);
		}
		Matcher ratio = Pattern.compile("roadmap ratio 100,000 / 1,000 rows: ([0-9.]+)").matcher(report);
		assertTrue(ratio.find(), report);
	}
}
