package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaFactory;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids that references can carry and dates a file takes (#48); files holding other ids: HyokaResourceTest. */
class IdsTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "inv-1", "app_2024.01", "発明-1", "ip-A-inv-2", "prj-A" })
	void idsReferencesCarry(String id) {
		assertNull(Ids.problem(id));
	}

	@ParameterizedTest
	@ValueSource(strings = { "inv x", "出願 1", "出願\u30001", "発明#1", "a?b", "/x", "x\u001b", "tab\tid", "" })
	void idsThatBreakReferencesAreRefusedNamingTheCharacter(String id) {
		String problem = Ids.problem(id);
		assertTrue(problem != null && problem.contains("id"), id + ": " + problem);
		assertTrue(id.isEmpty() || problem.contains("U+"), problem);
		assertTrue(!problem.contains("\u001b") && !problem.contains("\t"), "nothing a terminal would act on: " + problem);
	}

	@Test
	void anIdAnotherObjectOfTheFileHasIsTaken() {
		EvaluationReport report = HyokaFactory.eINSTANCE.createEvaluationReport();
		HyokaFiles.newResourceSet().createResource(HyokaFiles.uri(dir.resolve("r.hyoka"))).getContents().add(report);
		Person one = person("per-1");
		Person two = person("per-2");
		report.getPersons().add(one);
		report.getPersons().add(two);
		assertNull(Ids.problem(one, "per-1"), "its own id");
		assertTrue(Ids.problem(two, "per-1").contains("already used"), Ids.problem(two, "per-1"));
	}

	@Test
	void datesAreYyyyMmDdInTheYears1900To2100() {
		assertEquals(LocalDate.of(2024, 2, 29), Dates.parse(" 2024-02-29 ").orElseThrow());
		for (String refused : new String[] { "+999999999-12-31", "+99999-01-01", "1899-12-31", "2101-01-01", "2024-2-29", "2024-02-30",
				"24-02-29", "２０２４-０２-２９", "" }) {
			assertTrue(Dates.parse(refused).isEmpty(), refused);
			assertTrue(Dates.problem(refused).contains(refused), Dates.problem(refused));
		}
		assertTrue(Dates.problem("2101-01-01").contains("1900"), Dates.problem("2101-01-01"));
		assertTrue(Dates.problem("2024-02-30").contains("YYYY-MM-DD"), Dates.problem("2024-02-30"));
	}

	private static Person person(String id) {
		Person person = BaseFactory.eINSTANCE.createPerson();
		person.setId(id);
		return person;
	}

}
