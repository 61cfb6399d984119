package org.hyoka.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.core.contributions.Contributions;
import org.hyoka.ip.IpSchemes;
import org.hyoka.ip.deadlines.DeadlineRules;
import org.hyoka.ip.deadlines.Deadlines;
import org.hyoka.model.EvaluationReport;
import org.junit.jupiter.api.Test;

/** The IP deadlines benchmark's register gives the deadlines it is meant to, and the quick run reports each size. */
class IpDeadlinesBenchmarkTest {

	@Test
	void aFamilyOfFourGivesItsDeadlines() {
		EvaluationReport report = IpDeadlinesBenchmark.register(40);
		assertEquals(40, IpSchemes.of(report.getProgram().getProjects().get(0)).getApplications().size());
		DeadlineRules rules = DeadlineRules.read(Contributions.standalone(DeadlineRules.class, "org.hyoka.ip"), (name, fallback) -> fallback);
		// per family: paris-priority, examination-request, three national phases, four filing notices
		assertEquals(10 * 9, Deadlines.of(report, rules).size());
	}

	@Test
	void reportsMeansAndTheRatio() throws Exception {
		String report = IpDeadlinesBenchmark.report(true);
		for (String size : new String[] { "10,000", "30,000", "100,000" }) {
			Matcher row = Pattern.compile("\\| " + Pattern.quote(size) + " \\| ([0-9.,]+) ms \\|").matcher(report);
			assertTrue(row.find(), () -> size + " missing from\n" + report);
		}
		assertTrue(Pattern.compile("ip deadlines ratio 100,000 / 10,000 applications: ([0-9.]+)").matcher(report).find(), report);
	}
}
