package org.hyoka.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyoka.export.ExportOptions;
import org.hyoka.export.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML export of both samples equals the one recorded in {@code expected/}, byte for byte, so that moving code
 * around (report text, sections) cannot change what users get. After a deliberate change of the report, copy the new
 * export from {@code target/exports/recorded/} over the expectation and review the difference.
 */
class RecordedExportTest {

	private static final Path ACTUAL = Path.of("../org.hyoka.export.tests/target/exports/recorded");

	@ParameterizedTest
	@ValueSource(strings = { Samples.SOYAKU, Samples.SAISEI })
	void theHtmlExportIsTheRecordedOne(String sample) throws Exception {
		String html = Samples.text(new HtmlExporter(), Samples.load(sample), ExportOptions.DEFAULTS);
		Files.createDirectories(ACTUAL);
		Files.writeString(ACTUAL.resolve(sample + ".html"), html, StandardCharsets.UTF_8);
		assertEquals(Files.readString(Path.of("../org.hyoka.export.tests/expected", sample + ".html"), StandardCharsets.UTF_8), html, sample);
	}
}
