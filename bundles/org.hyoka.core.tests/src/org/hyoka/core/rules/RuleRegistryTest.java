package org.hyoka.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.hyoka.core.contributions.Placement;
import org.hyoka.core.rules.contributed.ProjectRules;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rule sets come from the extension point: the tests' fragment contributes one that fires on the projects of a
 * sample, and one of each mistake, which are reported naming the fragment while every other set still runs.
 */
class RuleRegistryTest {

	private static final Path SAMPLE = Path.of("../org.hyoka.samples/samples/saisei-iryo-2022.hyoka");
	private static final String TESTS = "org.hyoka.core.tests";

	@AfterEach
	void switchOff() {
		ProjectRules.enabled = false;
		ProjectRules.failing = false;
		ProjectRules.CALLED_WITH.clear();
	}

	@Test
	void aContributedRuleFiresOnASampleWithItsCodeSeverityAndMessage() throws IOException {
		ProjectRules.enabled = true;
		Locale previous = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			List<Diagnostic> english = contributed(Validation.validate(HyokaFiles.load(SAMPLE)));
			Locale.setDefault(Locale.JAPANESE);
			List<Diagnostic> japanese = contributed(Validation.validate(HyokaFiles.load(SAMPLE)));
			assertEquals(3, english.size(), english.toString());
			Diagnostic first = english.get(0);
			assertEquals(Diagnostic.WARNING, first.getSeverity());
			assertEquals(TESTS, first.getSource());
			assertEquals(9901, first.getCode());
			assertTrue(first.getData().get(0) instanceof Project, first.getData().toString());
			assertEquals("Project A 再生医療技術を応用した創薬支援基盤技術開発: the tests' rule set has checked project A.", first.getMessage());
			assertEquals("プロジェクト A 再生医療技術を応用した創薬支援基盤技術開発：テストのルールセットがプロジェクト A を検査しました。",
					japanese.get(0).getMessage());
			Rule rule = Rule.of(first).orElseThrow();
			assertEquals(Diagnostic.WARNING, rule.severity());
			assertEquals("org.hyoka.core.tests.projects", rule.ruleSet().id());
			assertEquals(TESTS, rule.ruleSet().bundle());
		} finally {
			Locale.setDefault(previous);
		}
	}

	@Test
	void dispatchCallsASetOnlyForObjectsOfItsTypesInTheSetsOrder() throws IOException {
		ProjectRules.enabled = true;
		Validation.validate(HyokaFiles.load(SAMPLE));
		assertEquals(Set.of(ProgramPackage.Literals.PROJECT), ProjectRules.CALLED_WITH);

		RuleRegistry installed = RuleRegistry.installed();
		assertEquals(List.of("org.hyoka.core.references", "org.hyoka.core.tests.projects", "org.hyoka.core.schedule",
				"org.hyoka.core.budgets"), ids(installed, ProgramPackage.Literals.PROJECT));
		assertEquals(List.of("org.hyoka.core.references", "org.hyoka.core.schedule", "org.hyoka.core.budgets",
				"org.hyoka.core.structure"), ids(installed, ProgramPackage.Literals.PROGRAM));
		assertEquals(List.of("org.hyoka.core.references", "org.hyoka.core.budgets", "org.hyoka.core.years"),
				ids(installed, FinancePackage.Literals.BUDGET_TABLE));
		assertEquals(List.of("org.hyoka.core.references"), ids(installed, FinancePackage.Literals.BUDGET_LINE));
	}

	@Test
	void aSetThatFailsIsReportedOnceAndTheOtherSetsStillRun() throws IOException {
		List<String> expected = codes(Validation.validate(HyokaFiles.load(SAMPLE)));
		ProjectRules.failing = true;
		assertEquals(expected, codes(Validation.validate(HyokaFiles.load(SAMPLE))));
		assertEquals(expected, codes(Validation.validate(HyokaFiles.load(SAMPLE))));
		List<IStatus> failures = RuleRegistry.installed().problems().stream().filter(status -> status.getSeverity() == IStatus.ERROR).toList();
		assertEquals(1, failures.size(), failures.toString());
		assertTrue(failures.get(0).getMessage().contains(TESTS) && failures.get(0).getMessage().contains("org.hyoka.core.tests.projects")
				&& failures.get(0).getMessage().contains("failing on purpose"), failures.get(0).getMessage());
	}

	@Test
	void badContributionsAreReportedNamingTheBundleAndTheOtherSetsStillRun() {
		RuleRegistry registry = RuleRegistry.read(RegistryFactory.getRegistry());
		registry.checks(HyokaPackage.Literals.EVALUATION_REPORT); // creates the checkers of the sets that check reports
		List<String> problems = registry.problems().stream().map(IStatus::getMessage).toList();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(message -> message.startsWith("Bundle " + TESTS + " ")), problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("org.hyoka.core.tests.noMessages") && message.contains("\"messages\"")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("org.hyoka.core.tests.repeatedCode")
				&& message.contains("HY-SC-01") && message.contains("org.hyoka.core.scores")), problems.toString());
		assertTrue(problems.stream().anyMatch(message -> message.contains("org.hyoka.core.tests.wrongClass") && message.contains(StringBuilder.class.getName())
				&& message.contains(RuleChecker.class.getName())), problems.toString());
		assertTrue(registry.problems().stream().allMatch(status -> status.getSeverity() == IStatus.WARNING));

		assertEquals(List.of("org.hyoka.core.references", "org.hyoka.core.scores", "org.hyoka.core.tests.projects",
				"org.hyoka.core.schedule", "org.hyoka.core.budgets", "org.hyoka.core.years", "org.hyoka.core.indicators",
				"org.hyoka.core.committee", "org.hyoka.core.structure", "org.hyoka.core.tests.wrongClass"),
				registry.sets().stream().map(RuleSet::id).toList());
		assertEquals(List.of("org.hyoka.core.references"), ids(registry, HyokaPackage.Literals.EVALUATION_REPORT));
		assertEquals("HY-SC-01", registry.rule("HY-SC-01").orElseThrow().code());
		assertEquals("org.hyoka.core.scores", registry.rule("HY-SC-01").orElseThrow().ruleSet().id());
	}

	@Test
	void plainJavaReadsCoresOwnSetsFromItsPluginXml() {
		RuleRegistry builtIn = RuleRegistry.builtIn();
		assertEquals(List.of(), builtIn.problems());
		assertEquals(RuleRegistry.installed().sets().stream().filter(set -> set.bundle().equals("org.hyoka.core")).map(RuleSet::id).toList(),
				builtIn.sets().stream().map(RuleSet::id).toList());
		assertEquals(58, builtIn.rules().size(), "61 before the 11 HY-IP rules moved to the IP add-on, 8 more since #45");
		assertEquals(List.of("org.hyoka.core.references", "org.hyoka.core.scores", "org.hyoka.core.schedule"),
				ids(builtIn, EvaluationPackage.Literals.EVALUATION));
		Rule reference = builtIn.rule("HY-ST-02").orElseThrow();
		assertEquals("org.hyoka.core.validation.messages", reference.ruleSet().messages());
		assertEquals(Diagnostic.ERROR, reference.severity());
		assertTrue(builtIn.rule("HY-IP-01").isEmpty(), "the IP rules are the IP add-on's");
	}

	@Test
	void plainJavaBuildsARegistryFromSetsPlacedAmongCoresOwn() {
		RuleChecker quiet = (object, findings) -> {
			// only placed, never reports
		};
		RuleSet early = RuleSet.of("org.example.early", "org.example", "org.example.messages", quiet, List.of(Project.class.getName()),
				new Placement("org.example.early", null, "org.hyoka.core.schedule"), List.of(new RuleSet.Definition("EX-01", 9101, Diagnostic.INFO)));
		RuleSet repeated = RuleSet.of("org.example.repeated", "org.example", "org.example.messages", quiet, List.of(Project.class.getName()),
				new Placement("org.example.repeated", null, null), List.of(new RuleSet.Definition("EX-02", 101, Diagnostic.WARNING)));
		List<RuleSet> sets = new ArrayList<>(RuleRegistry.builtIn().sets());
		sets.addAll(List.of(early, repeated, early));
		RuleRegistry registry = RuleRegistry.of(sets);
		assertEquals(List.of("org.hyoka.core.references", "org.example.early", "org.hyoka.core.schedule", "org.hyoka.core.budgets"),
				ids(registry, ProgramPackage.Literals.PROJECT));
		List<String> problems = registry.problems().stream().map(IStatus::getMessage).toList();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("org.example.early"), problems.get(0));
		assertTrue(problems.get(1).contains("org.example") && problems.get(1).contains("101") && problems.get(1).contains("org.hyoka.core.scores"),
				problems.get(1));
		assertEquals(Diagnostic.INFO, registry.rule("EX-01").orElseThrow().severity());
		assertTrue(registry.rule("EX-02").isEmpty());
	}

	private static List<String> ids(RuleRegistry registry, EClass eClass) {
		return registry.checks(eClass).stream().map(check -> check.ruleSet().id()).toList();
	}

	private static List<String> codes(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream().map(d -> Rule.of(d).map(Rule::code).orElse("EMF")).toList();
	}

	private static List<Diagnostic> contributed(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream().filter(d -> Rule.of(d).map(Rule::code).filter("TS-PR-01"::equals).isPresent()).toList();
	}
}
