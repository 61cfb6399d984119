package org.hyoka.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exports;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export cancelled part-way leaves nothing behind: no file, and no thread of org.hyoka.pdf's page deflater. */
class CancelledExportTest {

	@Test
	void aCancelledExportLeavesNoFileAndNoThread(@TempDir Path directory) throws IOException {
		NullProgressMonitor cancelling = new NullProgressMonitor() {
			private int asked;

			@Override
			public boolean isCanceled() {
				return ++asked > 2;
			}
		};
		assertThrows(OperationCanceledException.class, () -> Exports.toFile(new PdfExporter(),
				HyokaFiles.load(Path.of("../org.hyoka.samples/samples/saisei-iryo-2022.hyoka")), ExportOptions.DEFAULTS,
				directory.resolve("002.pdf"), cancelling));
		try (var files = Files.list(directory)) {
			assertEquals(List.of(), files.toList());
		}
		assertFalse(Thread.getAllStackTraces().keySet().stream()
				.anyMatch(thread -> thread.getName().equals("PDF page deflater") && thread.isAlive()), "the compressing thread has ended"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
