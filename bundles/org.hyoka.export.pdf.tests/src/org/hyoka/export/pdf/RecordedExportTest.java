package org.hyoka.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text PDFBox extracts from the PDF export of both samples, page by page, equals the one recorded in
 * {@code expected/}, so that moving report code cannot change what users get. After a deliberate change, copy the
 * new text from {@code target/exports/recorded/} over the expectation and review the difference. These tests run with
 * the IP add-on installed (org.hyoka.ip is required for it), so the recordings, made before IP management moved out
 * of the core, also show that the add-on prints its section exactly as the core did.
 */
class RecordedExportTest {

	private static final Path ACTUAL = Path.of("../org.hyoka.export.pdf.tests/target/exports/recorded");

	@ParameterizedTest
	@ValueSource(strings = { "soyaku-kiban-2021", "saisei-iryo-2022" })
	void theExtractedTextIsTheRecordedOne(String sample) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfExporter().export(HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka")), ExportOptions.DEFAULTS,
				new NullProgressMonitor(), out);
		String text;
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			text = new PDFTextStripper().getText(pdf);
		}
		Files.createDirectories(ACTUAL);
		Files.writeString(ACTUAL.resolve(sample + ".txt"), text, StandardCharsets.UTF_8);
		assertEquals(Files.readString(Path.of("../org.hyoka.export.pdf.tests/expected", sample + ".txt"), StandardCharsets.UTF_8), text, sample);
	}
}
