package org.hyoka.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.AtomicWrite;

/** Running an exporter into a file, for the wizard and the command line. */
public final class Exports {

	/** Ends the names of temporary files of an export, which {@link AtomicWrite} removes when a killed one left them. */
	private static final String PART = ".part"; //$NON-NLS-1$

	/** The file {@link #toFile} is writing on this thread, whose folder holds the exporters' scratch files. */
	private static final ThreadLocal<Path> TARGET = new ThreadLocal<>();

	private Exports() {
	}

	/**
	 * Exports into the file through a temporary file beside it, so that a failed or cancelled export leaves an
	 * existing file as it was and never a half-written one.
	 */
	public static void toFile(Exporter exporter, EvaluationReport report, ExportOptions options, Path file, IProgressMonitor monitor)
			throws IOException {
		Path previous = TARGET.get();
		TARGET.set(file.toAbsolutePath());
		try {
			AtomicWrite.write(file, PART, out -> exporter.export(report, options, monitor, out));
		} finally {
			TARGET.set(previous);
		}
	}

	/**
	 * A new empty file for an exporter that writes more than it keeps in memory (a streaming workbook's rows). The
	 * exporter deletes it when done. During {@link #toFile} it lies beside the exported file, where the export's own
	 * temporary file is, named like it, so that an export killed part-way leaves nothing the next export of that
	 * file does not remove; otherwise it is in the system's temporary folder.
	 *
	 * @since 1.1
	 */
	public static Path temporaryFile() throws IOException {
		Path target = TARGET.get();
		// the JDK names it prefix, random digits, suffix: as AtomicWrite names its own, which it removes when left
		return target == null ? Files.createTempFile("hyoka-export", PART) //$NON-NLS-1$
				: Files.createTempFile(target.getParent(), "." + target.getFileName(), PART); //$NON-NLS-1$
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
