package org.hyoka.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.AtomicWrite;

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
		AtomicWrite.write(file, ".part", out -> exporter.export(report, options, monitor, out)); //$NON-NLS-1$
	}

	/**
	 * The stream, for libraries that close the stream they write (POI, PDFBox): closing the result only flushes,
	 * because the caller of {@link Exporter#export} owns the stream.
	 */
	public static OutputStream keepOpen(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}
}
