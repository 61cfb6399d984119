package org.hyoka.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Pages compressed on another thread keep each its own content, a failure reaches the exporting thread, and the
 * thread ends however the export ends (a cancelled export: org.hyoka.export.pdf's CancelledExportTest).
 */
class PageDeflaterTest {

	private static final String THREAD = "PDF page deflater";

	@Test
	void eachPageKeepsItsOwnContentInOrder() throws IOException {
		try (PDDocument document = new PDDocument()) {
			List<COSStream> streams = new ArrayList<>();
			List<byte[]> contents = new ArrayList<>();
			try (PageDeflater deflater = new PageDeflater()) {
				// more pages than wait in the queue, so that handing them over blocks at times
				for (int page = 0; page < 200; page++) {
					byte[] content = ("BT /F1 10.5 Tf 56.7 " + page + " Td (page " + page + ") Tj ET\n").repeat(page % 7 + 1)
							.getBytes(StandardCharsets.US_ASCII);
					COSStream stream = document.getDocument().createCOSStream();
					streams.add(stream);
					contents.add(content);
					deflater.deflate(stream, content);
				}
				deflater.finish();
			}
			for (int page = 0; page < streams.size(); page++) {
				assertEquals(COSName.FLATE_DECODE, streams.get(page).getItem(COSName.FILTER));
				try (InputStream in = streams.get(page).createInputStream()) {
					assertArrayEquals(contents.get(page), in.readAllBytes(), "page " + page);
				}
			}
		}
		assertNoThread();
	}

	@Test
	void aPageThatCannotBeWrittenFailsTheExportAndEndsTheThread() throws IOException {
		try (PDDocument document = new PDDocument()) {
			// PDFBox refuses a second writer of a stream
			COSStream busy = document.getDocument().createCOSStream();
			try (OutputStream out = busy.createRawOutputStream(); PageDeflater deflater = new PageDeflater()) {
				// reported when a page is handed over after it, or at the end
				IllegalStateException failure = assertThrows(IllegalStateException.class, () -> {
					for (int page = 0; page < 50; page++) {
						deflater.deflate(page == 10 ? busy : document.getDocument().createCOSStream(), new byte[] { 'q', '\n', 'Q' });
					}
					deflater.finish();
				});
				assertEquals(IllegalStateException.class, failure.getCause().getClass());
			}
		}
		// ended by close, as the exporter's try-with-resources does
		assertNoThread();
	}

	private static void assertNoThread() {
		assertFalse(threadAlive(), "no thread named " + THREAD + " is left");
	}

	private static boolean threadAlive() {
		return Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().equals(THREAD) && thread.isAlive());
	}
}
