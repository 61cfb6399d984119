package org.hyoka.export.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.Samples;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.ReportSection.Scope;
import org.hyoka.model.EvaluationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Report sections come from the extension registry in OSGi (this fragment contributes good and bad ones) and from
 * descriptors in plain Java; the outline places them among the built-in sections.
 */
class SectionRegistryTest {

	private static final String TESTS = "org.hyoka.export.tests.";

	private static List<String> messages(List<IStatus> statuses) {
		return statuses.stream().map(IStatus::getMessage).toList();
	}

	@Test
	void theRegistryReadsTheContributionsAndNamesTheBundleOfEveryBadOne() {
		SectionRegistry registry = SectionRegistry.read(RegistryFactory.getRegistry());
		List<String> ids = registry.sections().stream().map(SectionDescriptor::id).filter(id -> id.startsWith(TESTS)).toList();
		// the IP add-on, which contributes the section "ip", is not installed in these tests
		assertEquals(List.of(TESTS + "probe", TESTS + "failing", TESTS + "misplaced", TESTS + "wrongType"), ids);
		SectionDescriptor probe = registry.sections().stream().filter(section -> section.id().equals(TESTS + "probe")).findFirst().orElseThrow();
		assertEquals(Scope.SUBJECT, probe.scope());
		assertEquals("org.hyoka.export.tests", probe.bundle());

		List<String> problems = messages(registry.problems());
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("Bundle org.hyoka.export.tests ") && p.contains(TESTS + "noScope") && p.contains("\"scope\"")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("Bundle org.hyoka.export.tests ") && p.contains(TESTS + "badScope") && p.contains("page")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains(TESTS + "misplaced") && p.contains("nowhere")), problems.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { Samples.SOYAKU, Samples.SAISEI })
	void aSectionThatFailsIsLeftOutNamingItsBundleAndTheRestIsWritten(String sample) throws Exception {
		EvaluationReport report = Samples.load(sample);
		SectionRegistry registry = SectionRegistry.read(RegistryFactory.getRegistry());
		List<Block> blocks;
		try {
			ProbeSections.switchOn(true);
			blocks = ReportOutline.of(report, registry, new NullProgressMonitor());
		} finally {
			ProbeSections.switchOn(false);
		}
		List<String> failures = messages(registry.failures());
		assertEquals(1 + report.getEvaluations().size(), failures.size(), failures.toString());
		assertTrue(failures.stream().allMatch(f -> f.contains("bundle org.hyoka.export.tests ")), failures.toString());
		assertEquals(1, failures.stream().filter(f -> f.contains(TESTS + "wrongType") && f.contains(ReportSection.class.getName())).count(),
				"created once per report, its failure reported once: " + failures);
		assertEquals(report.getEvaluations().size(), failures.stream().filter(f -> f.contains(TESTS + "failing")).count());
		assertEquals(report.getEvaluations().size(),
				blocks.stream().filter(b -> b instanceof Heading h && h.text().equals(ReportText.get("scores"))).count(),
				"every evaluation still has its scores");
		assertEquals(new Paragraph("probe EvaluationReport", "probe"), blocks.get(blocks.size() - 1), "the misplaced section comes last");
	}

	@ParameterizedTest
	@ValueSource(strings = { Samples.SOYAKU, Samples.SAISEI })
	void plainJavaBuildsTheOutlineFromDescriptors(String sample) throws Exception {
		EvaluationReport report = Samples.load(sample);
		NullProgressMonitor monitor = new NullProgressMonitor();
		assertEquals(ReportOutline.of(report, SectionRegistry.read(RegistryFactory.getRegistry()), monitor),
				ReportOutline.of(report, SectionRegistry.builtIn(), monitor), "builtIn() is what org.hyoka.export contributes");

		SectionDescriptor plain = new SectionDescriptor("plain", Scope.EVALUATION, null, "scores", "plain-java",
				() -> (r, target) -> List.of(new Paragraph("plain", "plain")));
		List<SectionDescriptor> descriptors = new ArrayList<>(SectionRegistry.builtIn().sections());
		descriptors.add(plain);
		SectionRegistry registry = SectionRegistry.of(descriptors);
		assertEquals(List.of(), registry.problems());
		List<Block> blocks = ReportOutline.of(report, registry, monitor);
		int placed = 0;
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Paragraph p && p.role().equals("plain")) {
				placed++;
				assertEquals(new Heading(3, ReportText.get("scores")), blocks.get(i + 1), "right before the scores");
			}
		}
		assertEquals(report.getEvaluations().size(), placed);
		assertFalse(blocks.stream().anyMatch(b -> b instanceof Heading h && h.role().equals("ip")), "the IP table is a contribution too");
		assertFalse(ReportOutline.of(report, SectionRegistry.builtIn(), monitor).stream()
				.anyMatch(b -> b instanceof Heading h && h.role().equals("ip")), "the IP section is the IP add-on's, not built in");
	}
}
