package org.hyoka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.export.csv.Csv;
import org.hyoka.export.csv.CsvExporter;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.Project;
import org.junit.jupiter.api.Test;

/**
 * The tables of the table formats come from the extension registry in OSGi (this fragment contributes good and bad
 * ones, ProbeTables) and from descriptors in plain Java; a contributed table is exported like the built-in ones.
 */
class TableRegistryTest {

	private static final String TESTS = "org.hyoka.export.tests.";
	private static final List<String> BUILT_IN = List.of("scores", "averages", "budgets", "indicators");

	private static List<String> ids(TableRegistry registry) {
		return registry.tables().stream().map(TableDescriptor::id).toList();
	}

	private static List<String> messages(List<IStatus> statuses) {
		return statuses.stream().map(IStatus::getMessage).toList();
	}

	@Test
	void theRegistryPlacesTheContributionsAndNamesTheBundleOfEveryBadOne() {
		TableRegistry registry = TableRegistry.read(RegistryFactory.getRegistry());
		List<String> ids = ids(registry);
		assertEquals(List.of("scores", "averages", "budgets", TESTS + "probe", "indicators"), ids.subList(0, 5), "the probe right after budgets");
		assertTrue(ids.containsAll(List.of(TESTS + "failing", TESTS + "wrongType", TESTS + "misplaced")), ids.toString());
		assertFalse(ids.contains(TESTS + "noTitle"), ids.toString());
		assertEquals(ids.size() - 1, ids.indexOf(TESTS + "misplaced"), "a table placed before one not installed comes last");

		List<String> problems = messages(registry.problems());
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("Bundle org.hyoka.export.tests ") && p.contains(TESTS + "noTitle") && p.contains("\"title\"")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains(TESTS + "misplaced") && p.contains("nowhere")), problems.toString());
	}

	@Test
	void builtInIsWhatOrgHyokaExportContributesInTheUsersLanguage() {
		TableRegistry builtIn = TableRegistry.builtIn();
		assertEquals(BUILT_IN, ids(builtIn));
		assertEquals(List.of("評点", "平均点", "予算", "指標"), builtIn.tables().stream().map(TableDescriptor::title).toList());
		TableRegistry installed = TableRegistry.installed();
		for (TableDescriptor table : builtIn.tables()) {
			assertFalse(table.label().startsWith("%"), table.label());
			assertEquals(installed.find(table.id()).orElseThrow().label(), table.label(), "the label as OSGi translates it");
		}
		assertEquals(List.of(), builtIn.problems());
	}

	@Test
	void aContributedTableIsAChoiceOfTheCsvExporterAndExportedAsItsRows() throws Exception {
		assertTrue(CsvExporter.TABLE.choices().contains(TESTS + "probe"), CsvExporter.TABLE.choices().toString());
		assertEquals("Probe", CsvExporter.TABLE.label(TESTS + "probe"));
		assertEquals(TESTS + "probe", CsvExporter.TABLE.parse(TESTS.toUpperCase() + "PROBE"));
		EvaluationReport report = Samples.load(Samples.SAISEI);
		List<List<String>> records;
		try {
			ProbeTables.switchOn(true);
			records = Csv.parse(Samples.text(new CsvExporter(), report, ExportOptions.DEFAULTS.with(CsvExporter.TABLE, TESTS + "probe")));
		} finally {
			ProbeTables.switchOn(false);
		}
		List<List<String>> expected = new ArrayList<>(List.of(List.of("project", "name")));
		for (Project project : report.getProgram().getProjects()) {
			expected.add(List.of(project.getLetterCode(), project.getNameJa()));
		}
		assertTrue(expected.size() > 2, "the sample has projects");
		assertEquals(expected, records);
	}

	@Test
	void aTableThatFailsNamesItsBundleAndTheOthersAreStillFilled() throws Exception {
		EvaluationReport report = Samples.load(Samples.SOYAKU);
		TableRegistry registry = TableRegistry.read(RegistryFactory.getRegistry());
		List<String> filled = new ArrayList<>();
		try {
			ProbeTables.switchOn(true);
			IOException csv = assertThrows(IOException.class, () -> Samples.text(new CsvExporter(), report,
					ExportOptions.DEFAULTS.with(CsvExporter.TABLE, TESTS + "failing")));
			assertTrue(csv.getMessage().contains("org.hyoka.export.tests") && csv.getMessage().contains(TESTS + "failing")
					&& csv.getMessage().contains("probe failure"), csv.getMessage());
			registry.fill(report, new NullProgressMonitor(), (table, contents) -> filled.add(table.id()));
		} finally {
			ProbeTables.switchOn(false);
		}
		List<String> expected = new ArrayList<>(ids(registry));
		expected.removeAll(List.of(TESTS + "failing", TESTS + "wrongType"));
		assertEquals(expected, filled);
		List<String> failures = messages(registry.failures());
		assertEquals(2, failures.size(), failures.toString());
		assertTrue(failures.stream().allMatch(f -> f.contains("org.hyoka.export.tests")), failures.toString());
		assertTrue(failures.stream().anyMatch(f -> f.contains(TESTS + "wrongType") && f.contains(ReportTable.class.getName())), failures.toString());
	}

	@Test
	void plainJavaBuildsARegistryFromDescriptorsAndReportsRepeatedIds() {
		TableDescriptor plain = new TableDescriptor("plain", "Plain", "素", null, "scores", "plain-java", ProbeTables.Probe::new);
		List<TableDescriptor> descriptors = new ArrayList<>(TableRegistry.builtIn().tables());
		descriptors.add(plain);
		descriptors.add(new TableDescriptor("plain", "Again", "再", null, null, "plain-java", ProbeTables.Failing::new));
		TableRegistry registry = TableRegistry.of(descriptors);
		assertEquals(List.of("plain", "scores", "averages", "budgets", "indicators"), ids(registry));
		assertEquals(1, registry.problems().size(), messages(registry.problems()).toString());
		assertTrue(registry.problems().get(0).getMessage().contains("plain"));
	}
}
