package org.hyoka.export.docx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hyoka.export.outline.Block.Figure;

/**
 * The report's pictures, each figure's PNG made on a thread of its own while the document goes on, and stored into the
 * package in turn. Drawing and encoding a roadmap figure for each project was half of a large export (issue 51), and
 * the document's XML, written meanwhile, most of the other half. The figures are drawn one at a time and in order, on
 * the one thread; at most {@link #WAITING} wait to be stored, so their bytes take little memory.
 */
final class WordPictures implements AutoCloseable {

	private static final int WAITING = 2;

	private final ZipOutputStream zip;
	private final ExecutorService painter = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "DOCX pictures"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private final ArrayDeque<Future<byte[]>> waiting = new ArrayDeque<>();
	private int stored;

	WordPictures(ZipOutputStream zip) {
		this.zip = zip;
	}

	/** Makes the next picture, {@link WordPackage#picturePart} of the number of figures added so far, of the figure. */
	void add(Figure figure) throws IOException {
		waiting.add(painter.submit(figure::png));
		while (waiting.size() > WAITING) {
			store();
		}
	}

	/** Stores the pictures still waiting. */
	void finish() throws IOException {
		while (!waiting.isEmpty()) {
			store();
		}
	}

	/** A PNG is deflated already: stored as it is, it is not deflated a second time for nothing. */
	private void store() throws IOException {
		byte[] png;
		try {
			png = waiting.remove().get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while a picture was made"); //$NON-NLS-1$
		} catch (ExecutionException e) {
			// as if the figure had been drawn here
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (e.getCause() instanceof Error cause) {
				throw cause;
			}
			throw new IOException(e.getCause());
		}
		stored++;
		ZipEntry entry = new ZipEntry("word/" + WordPackage.picturePart(stored)); //$NON-NLS-1$
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(png.length);
		entry.setCompressedSize(png.length);
		CRC32 crc = new CRC32();
		crc.update(png);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		zip.write(png);
		zip.closeEntry();
	}

	/** Stops making pictures, such as those of an export that failed. */
	@Override
	public void close() {
		painter.shutdownNow();
	}
}
