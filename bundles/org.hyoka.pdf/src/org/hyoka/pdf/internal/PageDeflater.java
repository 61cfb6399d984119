package org.hyoka.pdf.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Compresses the content of finished pages on a thread of its own while the next pages are laid out, in the order
 * they were finished. In a fresh JVM the JIT's compiler keeps one of two cores busy through a whole export, so the
 * exporting thread had the other to share with the compressing; a thread more takes a share of both. A few pages wait
 * at most, so memory stays bounded. {@link #finish} waits for the last page and throws what failed; {@link #close}
 * ends the thread, also when the export failed or was cancelled.
 */
public final class PageDeflater implements AutoCloseable {

	/** Pages waiting: about 12 KB of content each in a report. */
	private static final int WAITING = 32;

	private record Page(COSStream stream, byte[] content) {
	}

	/** Ends the queue. */
	private static final Page END = new Page(null, null);

	private final BlockingQueue<Page> queue = new ArrayBlockingQueue<>(WAITING);
	private final Thread thread;
	/** What failed on the thread; the pages after it are taken from the queue but left as they are. */
	private volatile Throwable failure;

	public PageDeflater() {
		thread = Thread.ofPlatform().name("PDF page deflater").daemon().start(this::run); //$NON-NLS-1$
	}

	/**
	 * Sets the stream's data to the content compressed (FlateDecode), soon; throws what failed with a page before.
	 * The stream is not to be touched until {@link #finish}.
	 */
	public void deflate(COSStream stream, byte[] content) throws IOException {
		rethrow();
		put(new Page(stream, content));
	}

	/** Waits until every page handed over is compressed; throws what failed. */
	public void finish() throws IOException {
		put(END);
		try {
			thread.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while the PDF's last pages were compressed"); //$NON-NLS-1$
		}
		rethrow();
	}

	/** Ends the thread without waiting for the pages left, and waits until it has ended. */
	@Override
	public void close() {
		thread.interrupt();
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void put(Page page) throws IOException {
		try {
			queue.put(page);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while handing a PDF page to be compressed"); //$NON-NLS-1$
		}
	}

	private void rethrow() throws IOException {
		switch (failure) {
		case null -> {
		}
		case IOException e -> throw new IOException(e.getMessage(), e);
		case RuntimeException e -> throw new IllegalStateException(e.getMessage(), e);
		case Error e -> throw e;
		default -> throw new IOException(failure);
		}
	}

	/**
	 * At level 3 of 9, the last of zlib's fast levels: PDFBox's default (6) took twice as long, an eighth of a large
	 * report's export, for a file a tenth smaller. One {@link Deflater} and one buffer for all pages.
	 */
	private void run() {
		Deflater deflater = new Deflater(3);
		byte[] deflated = new byte[1 << 16];
		try {
			for (Page page = queue.take(); page != END; page = queue.take()) {
				if (failure == null) {
					try {
						write(page, deflater, deflated);
					} catch (IOException | RuntimeException | Error e) {
						failure = e;
					}
				}
			}
		} catch (InterruptedException e) {
			// closed: the export failed or was cancelled, and its pages are dropped
		} finally {
			deflater.end();
		}
	}

	private static void write(Page page, Deflater deflater, byte[] deflated) throws IOException {
		deflater.reset();
		deflater.setInput(page.content());
		deflater.finish();
		try (OutputStream out = page.stream().createRawOutputStream()) {
			while (!deflater.finished()) {
				out.write(deflated, 0, deflater.deflate(deflated));
			}
		}
		page.stream().setItem(COSName.FILTER, COSName.FLATE_DECODE);
	}
}
