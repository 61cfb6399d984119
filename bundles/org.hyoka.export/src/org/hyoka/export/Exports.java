package org.hyoka.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.model.EvaluationReport;

/** Running an exporter into a file, for the wizard and the command line. */
public final class Exports {

	private Exports() {
	}

	/**
	 * Exports into the file through a temporary file beside it, so that a failed or cancelled export leaves an
	 * existing file as it was and never a half-written one.
	 */
	public static void toFile(Exporter exporter, EvaluationReport report, ExportOptions options, Path file, IProgressMonitor monitor)
			throws IOException {
		Path target = file.toAbsolutePath();
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				exporter.export(report, options, monitor, out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
