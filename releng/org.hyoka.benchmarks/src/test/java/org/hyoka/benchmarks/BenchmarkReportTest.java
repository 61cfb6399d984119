package org.hyoka.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Runs every benchmark once on a small portfolio: the full run is releng/scripts/benchmark.sh. */
class BenchmarkReportTest {

	@Test
	void reportsEveryRatioFromMeasuredFigures() throws Exception {
		String report = BenchmarkReport.run(20, true);
		for (String measure : new String[] { "open (load + resolve + validate)", "load + resolve", "save", "retained heap" }) {
			Matcher row = Pattern.compile("\\| " + Pattern.quote(measure) + " \\| ([0-9.,]+) \\S+ \\| ([0-9.,]+) \\S+ \\| ([0-9.]+) \\|")
					.matcher(report);
			assertTrue(row.find(), () -> measure + " missing from\n" + report);
			assertTrue(Double.parseDouble(row.group(3)) > 0, report);
		}
		assertTrue(report.matches("(?s).*validation: [0-9,]+ ms for [0-9,]+ objects = [0-9.]+ s per 100,000 objects.*"), report);
		Matcher sample = Pattern.compile("\\| sample 000 to HTML \\| ([0-9.,]+) ms \\|").matcher(report);
		assertTrue(sample.find(), report);
		assertTrue(Double.parseDouble(sample.group(1).replace(",", "")) > 0, report);
		Matcher ratio = Pattern.compile("export ratio 100 / 10 projects: ([0-9.]+)").matcher(report);
		assertTrue(ratio.find(), report);
		// one cold iteration: the ratio is measured, but not meaningful
		assertTrue(Double.parseDouble(ratio.group(1)) > 0, report);
	}

	@Test
	void reportsEveryExportFormatAndItsHeapAlone() throws Exception {
		String report = BenchmarkReport.exports(true);
		for (String format : ExportRun.FORMATS) {
			Matcher row = Pattern.compile("\\| " + format + " \\| ([0-9.,]+) ms \\| ([0-9.,]+) ms \\| ([0-9.]+) \\| ([0-9.]+) s, ([0-9]+) MiB \\(([0-9]+)\\) \\|")
					.matcher(report);
			assertTrue(row.find(), () -> format + " missing or failed in\n" + report);
			assertTrue(Double.parseDouble(row.group(3)) > 0, report);
			assertTrue(Integer.parseInt(row.group(5)) >= Integer.parseInt(row.group(6)), "the export's heap holds the model: " + report);
		}
	}
}
