package org.hyoka.export.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.hyoka.export.outline.Block.Figure;
import org.junit.jupiter.api.Test;

/** Pictures made beside the document: each figure drawn once, stored as its picture in order, a failure not lost. */
class WordPicturesTest {

	/** A figure whose PNG (not a real one) names it, counting how often it is drawn. */
	private static Figure figure(int number, AtomicInteger drawn, boolean fails) {
		return new Figure("f" + number, "", new Figure.Drawing() { //$NON-NLS-1$ //$NON-NLS-2$
			@Override
			public String svg() {
				throw new AssertionError("no SVG in DOCX"); //$NON-NLS-1$
			}

			@Override
			public byte[] png() {
				drawn.incrementAndGet();
				if (fails) {
					throw new IllegalStateException("figure " + number + " cannot be drawn"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return ("png " + number).getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
			}
		}, 10, 10);
	}

	@Test
	void eachFigureIsDrawnOnceAndStoredAsItsPictureInOrder() throws IOException {
		List<AtomicInteger> drawn = new ArrayList<>();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); WordPictures pictures = new WordPictures(zip)) {
			for (int i = 1; i <= 7; i++) {
				drawn.add(new AtomicInteger());
				pictures.add(figure(i, drawn.get(i - 1), false));
			}
			pictures.finish();
		}
		drawn.forEach(count -> assertEquals(1, count.get(), "drawn once")); //$NON-NLS-1$
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
				assertArrayEquals(("png " + names.size()).getBytes(StandardCharsets.US_ASCII), zip.readAllBytes(), entry.getName()); //$NON-NLS-1$
			}
		}
		assertEquals(List.of("word/media/image1.png", "word/media/image2.png", "word/media/image3.png", "word/media/image4.png", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"word/media/image5.png", "word/media/image6.png", "word/media/image7.png"), names); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aFigureThatCannotBeDrawnFailsTheExportWithItsOwnException() throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(new ByteArrayOutputStream()); WordPictures pictures = new WordPictures(zip)) {
			pictures.add(figure(1, new AtomicInteger(), false));
			pictures.add(figure(2, new AtomicInteger(), true));
			IllegalStateException failure = assertThrows(IllegalStateException.class, pictures::finish);
			assertEquals("figure 2 cannot be drawn", failure.getMessage()); //$NON-NLS-1$
		}
	}
}
