package org.hyoka.roadmap.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;

/**
 * Writes a scene as a PNG image drawn with java.awt into an image in memory; a command-line program sets
 * {@code java.awt.headless} before, so that no display is needed. Japanese text needs a font
 * with Japanese glyphs installed; the logical font {@code SansSerif} picks one where there is one.
 */
public final class PngWriter {

	/** Images larger than this many pixels are refused rather than exhausting memory (a 10,000-row timeline). */
	public static final long MAX_PIXELS = 60_000_000L;

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final BasicStroke THIN = new BasicStroke(1f);
	private static final BasicStroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f);

	private PngWriter() {
	}

	/** Whether {@link #write} takes the scene at this scale: at most {@link #MAX_PIXELS} pixels. */
	public static boolean fits(Scene scene, double scale) {
		return (long) Math.ceil(scene.width() * scale) * (long) Math.ceil(scene.height() * scale) <= MAX_PIXELS;
	}

	/**
	 * Writes the scene at {@code scale} pixels per layout unit to the stream, without closing it.
	 *
	 * @throws IllegalArgumentException
	 *             if the image would have more than {@link #MAX_PIXELS} pixels
	 */
	public static void write(Scene scene, double scale, OutputStream out) throws IOException {
		int width = (int) Math.ceil(scene.width() * scale);
		int height = (int) Math.ceil(scene.height() * scale);
		if (!fits(scene, scale)) {
			throw new IllegalArgumentException("A " + width + "×" + height + " image is too large for PNG; write SVG or fewer years"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.scale(scale, scale);
			for (Shape shape : scene.shapes()) {
				draw(g, shape);
			}
		} finally {
			g.dispose();
		}
		encode(image, out);
	}

	/**
	 * The image as PNG: 8-bit RGB, each row with the Sub filter, deflated for speed. ImageIO's writer took most of a
	 * report's time, one figure per project (docs/benchmarks.md); a roadmap is flat colour, which Sub turns into runs
	 * of zeros that the fastest deflate level packs as well as its best.
	 */
	static void encode(BufferedImage image, OutputStream out) throws IOException {
		int width = image.getWidth();
		int height = image.getHeight();
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
				.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // depth, RGB, deflate, filters, no interlace
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (DeflaterOutputStream zlib = new DeflaterOutputStream(data, deflater, 1 << 16)) {
			int[] pixels = new int[width];
			byte[] row = new byte[1 + 3 * width];
			row[0] = 1; // Sub: each byte less the one of the pixel before
			for (int y = 0; y < height; y++) {
				image.getRGB(0, y, width, 1, pixels, 0, width);
				int before = 0;
				for (int x = 0, i = 1; x < width; x++, i += 3) {
					int pixel = pixels[x];
					row[i] = (byte) ((pixel >> 16) - (before >> 16));
					row[i + 1] = (byte) ((pixel >> 8) - (before >> 8));
					row[i + 2] = (byte) (pixel - before);
					before = pixel;
				}
				zlib.write(row);
			}
		} finally {
			deflater.end();
		}
		out.write(SIGNATURE);
		chunk(out, "IHDR", header.array()); //$NON-NLS-1$
		chunk(out, "IDAT", data.toByteArray()); //$NON-NLS-1$
		chunk(out, "IEND", new byte[0]); //$NON-NLS-1$
	}

	private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.write(ByteBuffer.allocate(4).putInt(data.length).array());
		out.write(name);
		out.write(data);
		out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static void draw(Graphics2D g, Shape shape) {
		switch (shape) {
		case Shape.Rect r -> paint(g, new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()), r.style(), r.opacity(), r.dashed());
		case Shape.Diamond d -> {
			Path2D.Double path = new Path2D.Double();
			path.moveTo(d.x(), d.y() - d.radius());
			path.lineTo(d.x() + d.radius(), d.y());
			path.lineTo(d.x(), d.y() + d.radius());
			path.lineTo(d.x() - d.radius(), d.y());
			path.closePath();
			paint(g, path, d.style(), 1, false);
		}
		case Shape.Circle c -> paint(g, new Ellipse2D.Double(c.x() - c.radius(), c.y() - c.radius(), 2 * c.radius(), 2 * c.radius()), c.style(), 1, false);
		case Shape.Line l -> paint(g, new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()), l.style(), 1, l.dashed());
		case Shape.Text t -> {
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(t.size())));
			g.setColor(color(t.style().fill(), 1));
			FontMetrics metrics = g.getFontMetrics();
			float x = (float) (t.centred() ? t.x() - metrics.stringWidth(t.text()) / 2.0 : t.x());
			g.drawString(t.text(), x, (float) t.y());
		}
		}
	}

	private static void paint(Graphics2D g, java.awt.Shape area, Style style, double opacity, boolean dashed) {
		if (style.fill() != null && !(area instanceof Line2D)) {
			g.setColor(color(style.fill(), opacity));
			g.fill(area);
		}
		if (style.stroke() != null) {
			g.setColor(color(style.stroke(), 1));
			g.setStroke(dashed ? DASHED : THIN);
			g.draw(area);
		}
	}

	private static Color color(String hex, double opacity) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, (int) Math.round(255 * Math.clamp(opacity, 0.0, 1.0)));
	}
}
