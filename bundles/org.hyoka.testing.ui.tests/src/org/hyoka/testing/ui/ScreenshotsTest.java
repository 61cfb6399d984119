package org.hyoka.testing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's own PNG writer gives SWT's decoder the pixels it was given, whatever the screen's channel order; a
 * 16-bit or indexed image goes through SWT's encoder.
 */
class ScreenshotsTest {

	@TempDir
	Path folder;

	@Test
	void bgraScreenAsOnGtk() throws Exception {
		assertSamePixels(new PaletteData(0xFF00, 0xFF0000, 0xFF000000), 32, "bgra.png"); //$NON-NLS-1$
	}

	@Test
	void rgbInTheLowBytes() throws Exception {
		assertSamePixels(new PaletteData(0xFF0000, 0xFF00, 0xFF), 24, "rgb.png"); //$NON-NLS-1$
	}

	@Test
	void sixteenBitScreenThroughSwt() throws Exception {
		assertSamePixels(new PaletteData(0xF800, 0x7E0, 0x1F), 16, "rgb565.png"); //$NON-NLS-1$
	}

	@Test
	void indexedImageThroughSwt() throws Exception {
		PaletteData palette = new PaletteData(new RGB(0, 0, 0), new RGB(200, 10, 30), new RGB(5, 250, 90));
		assertSamePixels(palette, 8, "indexed.png"); //$NON-NLS-1$
	}

	private void assertSamePixels(PaletteData palette, int depth, String name) {
		int width = 37, height = 11;
		ImageData image = new ImageData(width, height, depth, palette);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setPixel(x, y, palette.getPixel(colour(palette, x, y)));
			}
		}
		Path file = folder.resolve(name);
		Screenshots.save(image, file);

		ImageData read = new ImageLoader().load(file.toString())[0];
		assertEquals(width, read.width);
		assertEquals(height, read.height);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				RGB shown = palette.getRGB(palette.getPixel(colour(palette, x, y))); // as the pixel holds it: 5 or 6 bits of 16
				assertEquals(shown, read.palette.getRGB(read.getPixel(x, y)), name + " at " + x + "," + y); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Colours that differ in every channel from pixel to pixel, or the palette's own for an indexed image. */
	private static RGB colour(PaletteData palette, int x, int y) {
		if (!palette.isDirect) {
			return palette.colors[(x + y) % palette.colors.length];
		}
		return new RGB((x * 7) % 256, (y * 23) % 256, (x * y + 3) % 256);
	}
}
