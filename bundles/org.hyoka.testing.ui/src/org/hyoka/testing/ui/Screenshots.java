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
 * save hundreds of them. The pixels' bytes are copied as they lie, not decoded pixel by pixel. Other images (indexed,
 * or channels that are not whole bytes) still go through SWT's encoder.
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
			if (channelOffsets(data) != null) {
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

	/**
	 * Where red, green and blue lie within a pixel's bytes, when each is a whole byte of a 24- or 32-bit pixel (a true
	 * colour screen); null otherwise. SWT stores such pixels most significant byte first.
	 */
	private static int[] channelOffsets(ImageData data) {
		PaletteData palette = data.palette;
		if (!palette.isDirect || (data.depth != 24 && data.depth != 32)) {
			return null;
		}
		int bytes = data.depth / 8;
		int[] offsets = new int[3];
		int[] masks = { palette.redMask, palette.greenMask, palette.blueMask };
		for (int channel = 0; channel < 3; channel++) {
			int low = Integer.numberOfTrailingZeros(masks[channel]);
			if (low % 8 != 0 || masks[channel] != 0xFF << low) {
				return null;
			}
			offsets[channel] = bytes - 1 - low / 8;
		}
		return offsets;
	}

	/** An 8-bit RGB PNG of a true colour image (whole bytes per channel). */
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

	/** The rows, each its filter byte and its pixels' bytes copied as red, green, blue: no pixel decoded one by one. */
	private static byte[] deflatedRows(ImageData data) throws IOException {
		int[] offsets = channelOffsets(data);
		int red = offsets[0], green = offsets[1], blue = offsets[2], bytes = data.depth / 8;
		byte[] pixels = data.data;
		byte[] row = new byte[1 + 3 * data.width]; // row[0] = 0: filter type None
		ByteArrayOutputStream deflated = new ByteArrayOutputStream(1 << 16);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (DeflaterOutputStream zip = new DeflaterOutputStream(deflated, deflater, 1 << 16)) {
			for (int y = 0; y < data.height; y++) {
				for (int x = 0, i = 1, pixel = y * data.bytesPerLine; x < data.width; x++, pixel += bytes) {
					row[i++] = pixels[pixel + red];
					row[i++] = pixels[pixel + green];
					row[i++] = pixels[pixel + blue];
				}
				zip.write(row);
			}
		} finally {
			deflater.end();
		}
		return deflated.toByteArray();
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
