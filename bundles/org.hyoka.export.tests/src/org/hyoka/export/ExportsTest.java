package org.hyoka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyoka.export.csv.CsvExporter;
import org.hyoka.export.html.HtmlExporter;
import org.hyoka.model.EvaluationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting into a file never leaves a half-written one behind. */
class ExportsTest {

	@TempDir
	Path directory;

	@Test
	void writesTheFile() throws IOException {
		Path file = directory.resolve("report.html");
		Exports.toFile(new HtmlExporter(), Samples.load(Samples.SOYAKU), ExportOptions.DEFAULTS, file, new NullProgressMonitor());
		assertTrue(Files.readString(file).contains("次世代治療・診断実現のための創薬基盤技術開発事業"));
		assertEquals(1, directory.toFile().list().length, "no temporary file left");
	}

	@Test
	void aCancelledExportLeavesTheExistingFileAsItWas() throws IOException {
		EvaluationReport report = Samples.load(Samples.SAISEI);
		for (Exporter exporter : new Exporter[] { new HtmlExporter(), new CsvExporter() }) {
			Path file = directory.resolve("existing.out");
			Files.writeString(file, "earlier export");
			NullProgressMonitor cancelled = new NullProgressMonitor();
			cancelled.setCanceled(true);
			assertThrows(OperationCanceledException.class,
					() -> Exports.toFile(exporter, report, ExportOptions.DEFAULTS, file, cancelled));
			assertEquals("earlier export", Files.readString(file));
			assertEquals(1, directory.toFile().list().length, "no temporary file left");
		}
	}
}
