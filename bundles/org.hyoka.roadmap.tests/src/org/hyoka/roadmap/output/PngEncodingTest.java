package org.hyoka.roadmap.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PngWriter's own encoder, read back by the JDK's PNG reader pixel for pixel. */
class PngEncodingTest {

	@ParameterizedTest
	@CsvSource({ "1, 1", "7, 3", "640, 480" })
	void everyPixelReadsBackAsDrawn(int width, int height) throws IOException {
		BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(width * 31L + height);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				// flat runs, as a roadmap has, and noise, so that literal pixels follow copies and copies literals
				drawn.setRGB(x, y, x % 50 < 25 ? 0x3366cc : random.nextInt(0x1000000));
			}
		}
		assertReadsBack(drawn);
	}

	/**
	 * Rows repeating the one above wholly or in part, runs longer than one copy of deflate (86 pixels), text with its
	 * shades; and a row too wide for deflate's window, whose pixels cannot be copied from above.
	 */
	@ParameterizedTest
	@CsvSource({ "2, 2", "300, 40", "1632, 200", "11000, 6" })
	void drawnFiguresReadBackAsDrawn(int width, int height) throws IOException {
		BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = drawn.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0x4A7AB5));
		g.fillRect(width / 5, height / 4, width / 2, height / 3);
		g.setColor(Color.GRAY);
		for (int x = 0; x < width; x += 97) {
			g.drawLine(x, 0, x, height);
		}
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		g.drawString("研究開発 2025", 3, height / 2);
		g.dispose();
		assertReadsBack(drawn);
	}

	/**
	 * Byte values as often as the Fibonacci numbers, shuffled so that no pixel repeats another: a Huffman code made
	 * for them alone would need codes longer than deflate's 15 bits.
	 */
	@Test
	void skewedBytesMakeCodesNoLongerThanDeflateTakes() throws IOException {
		List<Integer> values = new ArrayList<>();
		for (int value = 0, a = 1, b = 1; value < 25; value++) {
			for (int i = 0; i < a; i++) {
				values.add(value);
			}
			int next = a + b;
			a = b;
			b = next;
		}
		Collections.shuffle(values, new Random(51));
		int width = 256;
		BufferedImage drawn = new BufferedImage(width, values.size() / 3 / width, BufferedImage.TYPE_INT_RGB);
		for (int y = 0, i = 0; y < drawn.getHeight(); y++) {
			for (int x = 0; x < width; x++, i += 3) {
				drawn.setRGB(x, y, values.get(i) << 16 | values.get(i + 1) << 8 | values.get(i + 2));
			}
		}
		assertReadsBack(drawn);
	}

	@Test
	void flatRowsTakeFewBytes() throws IOException {
		BufferedImage blank = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = blank.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 2000, 1000);
		g.dispose();
		int png = assertReadsBack(blank);
		// 6 MB of pixels, each copied from the left or from above: three bytes or less for 86 pixels
		assertTrue(png < 6_000_000 / 50, png + " bytes");
	}

	@Test
	void onlyIntegerRgbImagesAreEncoded() {
		BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
		assertThrows(IllegalArgumentException.class, () -> new PngWriter.Canvas().encode(argb, new ByteArrayOutputStream()));
	}

	/**
	 * A figure drawn where a larger one was is the same as one drawn alone: nothing of the other shows where the
	 * smaller draws nothing (a new image is black there), nor where its background covers a pixel in part.
	 */
	@Test
	void aCanvasDrawsEachFigureAsIfAlone() throws IOException {
		Scene large = new Scene(120, 90, 0, 0, List.of(new Shape.Rect(0, 0, 120, 90, Style.PERIOD, 1, false, ""),
				new Shape.Text(5, 40, "研究開発", 12, false, Style.TITLE, ""))); //$NON-NLS-1$ //$NON-NLS-2$
		Scene small = new Scene(120, 30, 0, 0, List.of(new Shape.Rect(10, 5, 50, 10, Style.FLAGGED_LABEL, 0.5, true, ""))); //$NON-NLS-1$
		// 240.5 pixels of background in an image 241 wide: its last column is a blend with what was there
		Scene partly = new Scene(120.25, 30, 0, 0, List.of(new Shape.Rect(0, 0, 120.25, 30, Style.BACKGROUND, 1, false, ""))); //$NON-NLS-1$
		Scene wider = new Scene(120.25, 60, 0, 0, List.of(new Shape.Rect(0, 0, 120.25, 60, Style.PERIOD, 1, false, ""))); //$NON-NLS-1$
		PngWriter.Canvas canvas = new PngWriter.Canvas();
		for (Scene scene : List.of(large, small, large, small, wider, partly)) {
			ByteArrayOutputStream alone = new ByteArrayOutputStream();
			PngWriter.write(scene, 2, alone);
			ByteArrayOutputStream after = new ByteArrayOutputStream();
			canvas.write(scene, 2, after);
			assertArrayEquals(alone.toByteArray(), after.toByteArray(), scene.height() + " high"); //$NON-NLS-1$
		}
	}

	/** Encodes the image, reads it back with ImageIO and compares every pixel; the size of the PNG. */
	private static int assertReadsBack(BufferedImage drawn) throws IOException {
		int width = drawn.getWidth();
		int height = drawn.getHeight();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		new PngWriter.Canvas().encode(drawn, png);

		BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
		assertNotNull(read, "ImageIO does not read the PNG"); //$NON-NLS-1$
		assertEquals(width, read.getWidth());
		assertEquals(height, read.getHeight());
		assertArrayEquals(drawn.getRGB(0, 0, width, height, null, 0, width), read.getRGB(0, 0, width, height, null, 0, width));
		return png.size();
	}
}
