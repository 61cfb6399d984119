package org.hyoka.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyoka.core.validation.ReviewedFindings;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The precision of core's rules on the real reports: every finding on a sample is listed, with the reason it is real,
 * in expectations/reviewed-findings.tsv. A finding not listed there is a possible false alarm; a listed one that is no
 * longer raised is a contradiction the rules stopped finding. Both fail, rule by rule, with the finding's message or
 * the reviewed reason. (The IP add-on's findings are reviewed in org.hyoka.ip.tests, where it is installed.)
 */
class FindingPrecisionTest {

	static final Path REVIEWED = Path.of("../org.hyoka.core.tests/expectations/reviewed-findings.tsv");

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void everyFindingIsReviewedAndEveryReviewedFindingIsFound(String sample) throws IOException {
		String differences = ReviewedFindings.read(REVIEWED).differences(sample, load(sample));
		assertTrue(differences.isEmpty(), differences);
	}

	@Test
	void everyReviewedFindingNamesASampleARuleAndItsReason() throws IOException {
		List<ReviewedFindings.Reviewed> reviewed = ReviewedFindings.read(REVIEWED).all();
		assertFalse(reviewed.isEmpty());
		for (ReviewedFindings.Reviewed finding : reviewed) {
			assertTrue(finding.rule().matches("HY-[A-Z]{2}-\\d{2}"), finding.toString());
			assertTrue(List.of("soyaku-kiban-2021", "saisei-iryo-2022").contains(finding.sample()), finding.toString());
		}
	}

	@Test
	void aFindingNobodyReviewedAndAReviewedOneNoLongerRaisedBothFail(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("reviewed.tsv");
		List<String> lines = Files.readAllLines(REVIEWED).stream().filter(line -> !line.contains("\tHY-BU-11\t")).toList();
		Files.write(file, lines);
		Files.writeString(file, "saisei-iryo-2022\tHY-ST-01\tProject A\tinvented to see it fail\n", java.nio.file.StandardOpenOption.APPEND);
		String differences = ReviewedFindings.read(file).differences("saisei-iryo-2022", load("saisei-iryo-2022"));
		assertTrue(differences.contains("HY-BU-11 raises findings nobody reviewed on saisei-iryo-2022"), differences);
		assertTrue(differences.contains("1.04兆円"), "the unreviewed finding's message: " + differences);
		assertTrue(differences.contains("HY-ST-01 no longer finds these reviewed contradictions on saisei-iryo-2022"), differences);
		assertTrue(differences.contains("invented to see it fail"), "the reviewed reason: " + differences);

		Files.writeString(file, "saisei-iryo-2022\tHY-BU-11\tno reason\n");
		IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> ReviewedFindings.read(file));
		assertEquals(file + ":1: expected sample, rule, object and reason, tab-separated", broken.getMessage());
	}

	private static EvaluationReport load(String sample) throws IOException {
		return HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka"));
	}
}
