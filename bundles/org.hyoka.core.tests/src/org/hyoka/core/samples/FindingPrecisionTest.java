package org.hyoka.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hyoka.core.validation.FindingsText;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The precision of the rules on the real reports: every finding on a sample is listed, with the reason it is real, in
 * expectations/reviewed-findings.tsv. A finding not listed there is a possible false alarm; a listed one that is no
 * longer raised is a contradiction the rules stopped finding. Both fail, rule by rule, with the finding's message or
 * the reviewed reason.
 */
class FindingPrecisionTest {

	private static final Path REVIEWED = Path.of("expectations/reviewed-findings.tsv");

	/** One reviewed finding: the sample, the rule, the object as English messages name it, and why it is real. */
	record Reviewed(String sample, String rule, String object, String reason) {

		String key() {
			return rule + "\t" + object;
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void everyFindingIsReviewedAndEveryReviewedFindingIsFound(String sample) throws IOException {
		List<Reviewed> expected = new ArrayList<>(reviewed().stream().filter(r -> r.sample().equals(sample)).toList());
		Map<String, List<String>> unexpected = new TreeMap<>();
		String findings = FindingsText.of(HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka")), Locale.ENGLISH);
		for (String line : findings.strip().split("\n")) {
			String[] fields = line.split("\t", -1);
			String key = fields[1] + "\t" + fields[2];
			Reviewed match = expected.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
			if (match != null) {
				expected.remove(match);
			} else {
				unexpected.computeIfAbsent(fields[1], rule -> new ArrayList<>()).add(fields[3]);
			}
		}
		Map<String, List<String>> missing = new TreeMap<>();
		expected.forEach(r -> missing.computeIfAbsent(r.rule(), rule -> new ArrayList<>()).add(r.object() + ": " + r.reason()));
		StringBuilder report = new StringBuilder();
		unexpected.forEach((rule, messages) -> report.append("\n").append(rule).append(" raises findings nobody reviewed on ")
				.append(sample).append(" (false alarms, or add them with their reason to ").append(REVIEWED).append("):\n  ")
				.append(String.join("\n  ", messages)));
		missing.forEach((rule, reasons) -> report.append("\n").append(rule).append(" no longer finds these reviewed contradictions on ")
				.append(sample).append(":\n  ").append(String.join("\n  ", reasons)));
		assertTrue(report.isEmpty(), report.toString());
	}

	@Test
	void everyReviewedFindingSaysWhyItIsReal() throws IOException {
		List<Reviewed> reviewed = reviewed();
		assertFalse(reviewed.isEmpty());
		for (Reviewed finding : reviewed) {
			assertTrue(finding.rule().matches("HY-[A-Z]{2}-\\d{2}"), finding.toString());
			assertTrue(List.of("soyaku-kiban-2021", "saisei-iryo-2022").contains(finding.sample()), finding.toString());
			assertFalse(finding.object().isBlank() || finding.reason().isBlank(), "a reviewed finding needs its object and reason: " + finding);
		}
	}

	private static List<Reviewed> reviewed() throws IOException {
		List<Reviewed> reviewed = new ArrayList<>();
		for (String line : Files.readAllLines(REVIEWED)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			assertEquals(4, fields.length, "sample, rule, object, reason: " + line);
			reviewed.add(new Reviewed(fields[0], fields[1], fields[2], fields[3]));
		}
		return reviewed;
	}
}
