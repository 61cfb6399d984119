package org.hyoka.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.hyoka.core.validation.FindingsText;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every finding on both samples, in both languages, exactly as recorded in expectations/: severity, code, object
 * and message, in order. It pins what users see while the rules are reorganised; a change to a rule updates the file
 * on purpose. On a difference the actual findings are written to target/expectations/ to compare. These are the
 * findings of core's rules: the IP add-on is not installed here (org.hyoka.ip.tests pins the findings with it).
 */
class SampleFindingsTest {

	@ParameterizedTest
	@CsvSource({ "saisei-iryo-2022, en", "saisei-iryo-2022, ja", "soyaku-kiban-2021, en", "soyaku-kiban-2021, ja" })
	void findingsAreExactlyTheRecordedOnes(String sample, String language) throws IOException {
		String name = "findings-" + sample + "." + language + ".txt";
		String actual = findings(Path.of("../org.hyoka.samples/samples", sample + ".hyoka"), Locale.of(language));
		String expected = Files.readString(Path.of("../org.hyoka.core.tests/expectations", name));
		if (!expected.equals(actual)) {
			Path written = Path.of("../org.hyoka.core.tests/target/expectations", name);
			Files.createDirectories(written.getParent());
			Files.writeString(written, actual);
		}
		assertEquals(expected, actual, name);
	}

	private static String findings(Path sample, Locale locale) throws IOException {
		return FindingsText.of(HyokaFiles.load(sample), locale);
	}
}
