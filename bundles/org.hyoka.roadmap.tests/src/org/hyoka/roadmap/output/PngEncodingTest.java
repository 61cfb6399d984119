package org.hyoka.roadmap.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

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
				// flat runs, as a roadmap has, and noise, so that every byte difference of the Sub filter occurs
				drawn.setRGB(x, y, x % 50 < 25 ? 0x3366cc : random.nextInt(0x1000000));
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		PngWriter.encode(drawn, png);

		BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
		assertNotNull(read, "ImageIO does not read the PNG"); //$NON-NLS-1$
		assertEquals(width, read.getWidth());
		assertEquals(height, read.getHeight());
		assertArrayEquals(drawn.getRGB(0, 0, width, height, null, 0, width), read.getRGB(0, 0, width, height, null, 0, width));
	}
}
