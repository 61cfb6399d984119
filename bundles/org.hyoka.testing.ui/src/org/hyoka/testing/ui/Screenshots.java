package org.hyoka.testing.ui;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Screen captures as PNG files. Call on the display thread.
 * <p>
 * A screen in true colour is written here with the fastest deflate and no row filters: SWT's own PNG encoder took
 * about 170 ms a capture (with the test runtimes' C1 compiler), three quarters of a capture's cost, and the UI tests
 * save hundreds of them. Indexed images still go through SWT's encoder.
 */
public final class Screenshots {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private Screenshots() {
	}

	public static void capture(Display display, Path file) {
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			save(image.getImageData(), file);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	static void save(ImageData data, Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			if (data.palette.isDirect) {
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
					writePng(data, out);
				}
				return;
			}
		} catch (IOException e) {
			throw new UncheckedIOException(file.toString(), e);
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}

	/** An 8-bit RGB PNG of an image with a direct palette. */
	static void writePng(ImageData data, OutputStream out) throws IOException {
		out.write(SIGNATURE);
		ByteArrayOutputStream header = new ByteArrayOutputStream(13);
		DataOutputStream fields = new DataOutputStream(header);
		fields.writeInt(data.width);
		fields.writeInt(data.height);
		fields.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits, RGB, deflate, no filters, not interlaced
		chunk(out, "IHDR", header.toByteArray()); //$NON-NLS-1$
		chunk(out, "IDAT", deflatedRows(data)); //$NON-NLS-1$
		chunk(out, "IEND", new byte[0]); //$NON-NLS-1$
	}

	private static byte[] deflatedRows(ImageData data) throws IOException {
		PaletteData palette = data.palette;
		int[] pixels = new int[data.width];
		byte[] row = new byte[1 + 3 * data.width]; // row[0] = 0: filter type None
		ByteArrayOutputStream deflated = new ByteArrayOutputStream(1 << 16);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (DeflaterOutputStream zip = new DeflaterOutputStream(deflated, deflater, 1 << 16)) {
			for (int y = 0; y < data.height; y++) {
				data.getPixels(0, y, data.width, pixels, 0);
				for (int x = 0, i = 1; x < data.width; x++) {
					int pixel = pixels[x];
					row[i++] = (byte) channel(pixel, palette.redMask, palette.redShift);
					row[i++] = (byte) channel(pixel, palette.greenMask, palette.greenShift);
					row[i++] = (byte) channel(pixel, palette.blueMask, palette.blueShift);
				}
				zip.write(row);
			}
		} finally {
			deflater.end();
		}
		return deflated.toByteArray();
	}

	/** SWT's shifts are negative to the left, as in PaletteData.getRGB. */
	private static int channel(int pixel, int mask, int shift) {
		int value = pixel & mask;
		return shift < 0 ? value >>> -shift : value << shift;
	}

	private static void chunk(OutputStream out, String type, byte[] content) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(content);
		DataOutputStream fields = new DataOutputStream(out);
		fields.writeInt(content.length);
		fields.write(name);
		fields.write(content);
		fields.writeInt((int) crc.getValue());
		fields.flush();
	}
}
