package org.hyoka.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.rules.RuleRegistry;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.roadmap.Milestone;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HY-RM-01 and HY-RM-02 through the installed rule sets: silent on both samples, raised where they should be. */
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
		Locale locale = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		try {
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
