package org.hyoka.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyoka.core.rules.Rule;
import org.hyoka.core.rules.RuleRegistry;
import org.hyoka.core.validation.Validation;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPortfolioTest {

	@TempDir
	Path directory;

	@Test
	void sameSeedWritesTheSameFile() throws IOException {
		Path first = directory.resolve("first.hyoka");
		Path second = directory.resolve("second.hyoka");
		HyokaFiles.save(SyntheticPortfolio.generate(30, 7), first);
		HyokaFiles.save(SyntheticPortfolio.generate(30, 7), second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	/** What {@code benchmark.sh --portfolio 50 -o FILE} writes is read back by {@code hyoka validate} without errors. */
	@Test
	void writtenPortfolioLoadsAndValidates() throws IOException {
		Path file = directory.resolve("portfolio-50.hyoka");
		SyntheticPortfolio.main(new String[] { "50", file.toString() });
		EvaluationReport report = HyokaFiles.load(file);
		assertEquals(List.of(), report.eResource().getErrors());
		assertEquals(50, report.getProgram().getProjects().size());
		assertEquals(50, report.getEvaluations().size());
		assertTrue(report.getProgram().getProjects().get(7).getNameJa().matches(".+(研究開発|開発|確立)"),
				report.getProgram().getProjects().get(7).getNameJa());
		Diagnostic diagnostic = Validation.validate(report);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> diagnostic.getChildren().stream()
				.filter(d -> d.getSeverity() >= Diagnostic.ERROR).limit(5).map(Diagnostic::getMessage).toList().toString());
	}

	@Test
	void objectsGrowLinearlyWithProjects() {
		int ten = SyntheticPortfolio.countObjects(SyntheticPortfolio.generate(10, 1));
		int twenty = SyntheticPortfolio.countObjects(SyntheticPortfolio.generate(20, 1));
		int perProject = twenty - ten;
		assertTrue(perProject > 150 * 10 && perProject < 250 * 10, "objects per 10 projects: " + perProject);
	}

	@Test
	void portfolioHasNoErrorsSoValidationTimeIsCheckingNotReporting() {
		EvaluationReport report = SyntheticPortfolio.generate(40, 3);
		Diagnostic diagnostic = Validation.validate(report);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> diagnostic.getChildren().stream()
				.filter(d -> d.getSeverity() >= Diagnostic.ERROR).limit(5).map(Diagnostic::getMessage).toList().toString());
	}

	@Test
	void validationOutsideOsgiAppliesCoresRuleSets() {
		assertTrue(RuleRegistry.installed().rules().size() >= 25, () -> RuleRegistry.installed().problems().toString());
		assertEquals(List.of(), RuleRegistry.installed().problems());
		EvaluationReport report = SyntheticPortfolio.generate(3, 3);
		List<Project> projects = report.getProgram().getProjects();
		projects.get(1).setLetterCode(projects.get(0).getLetterCode());
		assertEquals(List.of("HY-ST-01"), Validation.validate(report).getChildren().stream().flatMap(d -> Rule.of(d).stream())
				.map(Rule::code).filter(code -> code.startsWith("HY-ST")).toList());
	}

	@Test
	void plainXmiReadsTheSameObjects() throws IOException {
		Path file = directory.resolve("portfolio.hyoka");
		EvaluationReport report = SyntheticPortfolio.generate(25, 5);
		HyokaFiles.save(report, file);
		int expected = SyntheticPortfolio.countObjects(report);
		assertEquals(expected, SyntheticPortfolio.countObjects(PortfolioFiles.root(PortfolioFiles.plainLoad(file))));
		assertEquals(expected, SyntheticPortfolio.countObjects(PortfolioFiles.root(PortfolioFiles.hyokaLoad(file))));
	}

	@Test
	void lettersAreDistinctBeyondZ() {
		assertEquals("A", SyntheticPortfolio.letters(0));
		assertEquals("Z", SyntheticPortfolio.letters(25));
		assertEquals("AA", SyntheticPortfolio.letters(26));
		assertEquals("AZ", SyntheticPortfolio.letters(51));
		assertEquals("BA", SyntheticPortfolio.letters(52));
	}
}
