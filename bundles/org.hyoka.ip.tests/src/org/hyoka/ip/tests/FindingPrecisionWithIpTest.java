package org.hyoka.ip.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.hyoka.core.validation.ReviewedFindings;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the IP add-on installed, every finding on a sample, core's and the HY-IP rules', is reviewed: core's in
 * org.hyoka.core.tests/expectations/reviewed-findings.tsv, the add-on's in expected/reviewed-findings.tsv, each with
 * the reason it is real. A finding not listed, or a listed one no longer raised, fails, rule by rule.
 */
class FindingPrecisionWithIpTest {

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void everyFindingIsReviewedAndEveryReviewedFindingIsFound(String sample) throws IOException {
		ReviewedFindings reviewed = ReviewedFindings.read(Path.of("../org.hyoka.core.tests/expectations/reviewed-findings.tsv"),
				Path.of("../org.hyoka.ip.tests/expected/reviewed-findings.tsv"));
		String differences = reviewed.differences(sample, HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka")));
		assertTrue(differences.isEmpty(), differences);
	}
}
