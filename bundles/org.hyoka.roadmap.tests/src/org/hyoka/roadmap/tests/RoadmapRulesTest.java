package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.rules.RuleRegistry;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.PeriodRevision;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HY-RM-01 to HY-RM-06 through the installed rule sets: silent on both samples, raised where they should be. */
class RoadmapRulesTest {

	@Test
	void theRuleSetIsInstalled() {
		assertTrue(RuleRegistry.installed().sets().stream().anyMatch(set -> set.id().equals("org.hyoka.roadmap.rules"))); //$NON-NLS-1$
	}

	@ParameterizedTest
	@ValueSource(strings = { "saisei-iryo-2022", "soyaku-kiban-2021" })
	void silentOnTheSamples(String sample) {
		assertEquals(List.of(), codes(Validation.validate(Samples.load(sample))));
	}

	@Test
	void itemsEndingBeforeTheyStartAndUndatedItemsAreFound() {
		inEnglish(() -> {
			EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
			RoadmapItem backwards = Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "臨床試験", 2024, 2022); //$NON-NLS-1$
			Milestone undated = Samples.element(RoadmapFactory.eINSTANCE.createMilestone(), "上市", null, null); //$NON-NLS-1$
			RoadmapItem uncertain = Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "普及", null, null); //$NON-NLS-1$
			uncertain.setYearsUncertain(true);
			Samples.roadmap(report, backwards, undated, uncertain);
			Diagnostic diagnostic = Validation.validate(report);
			assertEquals(List.of("HY-RM-01", "HY-RM-02"), codes(diagnostic)); //$NON-NLS-1$ //$NON-NLS-2$
			List<Diagnostic> findings = findings(diagnostic);
			assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
			assertTrue(findings.get(0).getMessage().contains("ends (2022年度（令和4年度）) before it starts (2024年度（令和6年度）)"), //$NON-NLS-1$
					findings.get(0).getMessage());
			assertEquals(List.of(backwards), findings.get(0).getData().subList(0, 1));
			assertEquals(Diagnostic.WARNING, findings.get(1).getSeverity());
			assertEquals(List.of(undated), findings.get(1).getData().subList(0, 1));
		});
	}

	@Test
	void monthsOutsideOneToTwelveAndMonthsEndingBeforeTheyStartAreFound() {
		inEnglish(() -> {
			EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
			RoadmapItem backwards = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "治験", 2024, 2024), 10, 5); //$NON-NLS-1$
			Milestone thirteenth = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createMilestone(), "申請", 2025, null), 13, null); //$NON-NLS-1$
			RoadmapItem fine = Samples.months(Samples.element(RoadmapFactory.eINSTANCE.createRoadmapItem(), "製造", 2024, 2025), 10, 3); //$NON-NLS-1$
			Samples.roadmap(report, backwards, thirteenth, fine);
			Diagnostic diagnostic = Validation.validate(report);
			assertEquals(List.of("HY-RM-01", "HY-RM-03"), codes(diagnostic)); //$NON-NLS-1$ //$NON-NLS-2$
			List<Diagnostic> findings = findings(diagnostic);
			assertTrue(findings.get(0).getMessage().contains("ends (2024年度（令和6年度） 5月) before it starts (2024年度（令和6年度） 10月)"), //$NON-NLS-1$
					findings.get(0).getMessage());
			assertEquals(List.of(backwards), findings.get(0).getData().subList(0, 1));
			assertEquals(Diagnostic.ERROR, findings.get(1).getSeverity());
			assertTrue(findings.get(1).getMessage().contains("startMonth is 13, not a month from 1 to 12"), findings.get(1).getMessage()); //$NON-NLS-1$
			assertEquals(List.of(thirteenth), findings.get(1).getData().subList(0, 1));
		});
	}

	/**
	 * Revisions of the program's period (2015–2027年度): planned backwards (HY-RM-04), the same as the current period
	 * (HY-RM-05), without a planned year (HY-RM-06); a real revision and one of a single year are silent.
	 */
	@Test
	void periodRevisionsPlannedBackwardsUnchangedOrWithoutYearsAreFound() {
		inEnglish(() -> {
			EvaluationReport report = Samples.load("saisei-iryo-2022"); //$NON-NLS-1$
			List<EObject> slot = report.getProgram().getExtensions();
			PeriodRevision backwards = PeriodRevisionTest.revision(2024, 2020, null, null);
			PeriodRevision unchanged = PeriodRevisionTest.revision(2015, 2027, 2022, null);
			PeriodRevision empty = PeriodRevisionTest.revision(null, null, 2022, "理由のみ"); //$NON-NLS-1$
			slot.addAll(List.of(backwards, unchanged, empty, PeriodRevisionTest.revision(2015, 2024, 2022, null),
					PeriodRevisionTest.revision(null, 2024, null, null)));
			Diagnostic diagnostic = Validation.validate(report);
			assertEquals(List.of("HY-RM-04", "HY-RM-05", "HY-RM-06"), codes(diagnostic)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List<Diagnostic> findings = findings(diagnostic);
			String program = report.getProgram().getNameJa();
			assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
			assertTrue(findings.get(0).getMessage().contains(program) && findings.get(0).getMessage()
					.contains("the planned period ends (2020年度（令和2年度）) before it starts (2024年度（令和6年度）)"), findings.get(0).getMessage()); //$NON-NLS-1$
			assertEquals(List.of(backwards), findings.get(0).getData().subList(0, 1));
			assertEquals(Diagnostic.WARNING, findings.get(1).getSeverity());
			assertTrue(findings.get(1).getMessage().contains(program) && findings.get(1).getMessage().contains("2015")
					&& findings.get(1).getMessage().contains("2027") && findings.get(1).getMessage().contains("records no change"), //$NON-NLS-1$
					findings.get(1).getMessage());
			assertEquals(List.of(unchanged), findings.get(1).getData().subList(0, 1));
			assertEquals(Diagnostic.WARNING, findings.get(2).getSeverity());
			assertEquals(List.of(empty), findings.get(2).getData().subList(0, 1));
		});
	}

	/** Runs the checks with the English messages, and the default locale back after. */
	private static void inEnglish(Runnable checks) {
		Locale locale = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		try {
			checks.run();
		} finally {
			Locale.setDefault(locale);
		}
	}

	private static List<Diagnostic> findings(Diagnostic diagnostic) {
		List<Diagnostic> findings = new ArrayList<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			if (Rule.of(child).map(rule -> rule.code().startsWith("HY-RM-")).orElse(false)) { //$NON-NLS-1$
				findings.add(child);
			}
		}
		return findings;
	}

	private static List<String> codes(Diagnostic diagnostic) {
		return findings(diagnostic).stream().map(child -> Rule.of(child).orElseThrow().code()).toList();
	}
}
