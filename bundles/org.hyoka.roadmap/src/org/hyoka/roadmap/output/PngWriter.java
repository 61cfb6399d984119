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
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;

/**
 * Writes a scene as a PNG image drawn with java.awt into an image in memory; the product's launchers set
 * {@code java.awt.headless}, so that no display is needed. Japanese text needs a font
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
		new Canvas().write(scene, scale, out);
	}

	/**
	 * The pixels and buffers of the figures written one after another, so that a report with a figure for each of
	 * thousands of projects does not allocate megabytes for each (issue 51). For one thread at a time; an image of
	 * more than {@link #KEPT_PIXELS} pixels is not kept for the next.
	 */
	public static final class Canvas {

		static final long KEPT_PIXELS = 8_000_000L;

		private final RunDeflater deflater = new RunDeflater();
		private BufferedImage image;

		/** As {@link PngWriter#write}, drawing into the last image's pixels where they suffice. */
		public void write(Scene scene, double scale, OutputStream out) throws IOException {
			int width = (int) Math.ceil(scene.width() * scale);
			int height = (int) Math.ceil(scene.height() * scale);
			if (!fits(scene, scale)) {
				throw new IllegalArgumentException("A " + width + "×" + height + " image is too large for PNG; write SVG or fewer years"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			BufferedImage drawn = image(Math.max(1, width), Math.max(1, height), covers(scene, scale, width, height));
			Graphics2D g = drawn.createGraphics();
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
			encode(drawn, out);
		}

		/**
		 * An image of this size, black as a new one unless {@code covered}: the top of the last image when that is as
		 * wide and as high or higher, else a new one.
		 */
		private BufferedImage image(int width, int height, boolean covered) {
			if (image != null && image.getWidth() == width && image.getHeight() >= height) {
				if (!covered) {
					Arrays.fill(pixels(image), 0, width * height, 0);
				}
				return image.getHeight() == height ? image : image.getSubimage(0, 0, width, height);
			}
			BufferedImage fresh = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			image = (long) width * height <= KEPT_PIXELS ? fresh : null;
			return fresh;
		}

		/**
		 * Whether the scene's first shape paints every pixel of the image opaque, as a roadmap's background does: then
		 * what the last figure left there does not show, and clearing it (a tenth of a large DOCX export) is not needed.
		 */
		private static boolean covers(Scene scene, double scale, int width, int height) {
			return !scene.shapes().isEmpty() && scene.shapes().get(0) instanceof Shape.Rect first && first.x() == 0 && first.y() == 0
					&& first.width() * scale >= width && first.height() * scale >= height && first.opacity() >= 1 && first.style().fill() != null;
		}

		/**
		 * The image, of {@link BufferedImage#TYPE_INT_RGB} with rows as wide as it (as {@link #image} makes them), as
		 * PNG: 8-bit RGB, compressed by {@link RunDeflater}. ImageIO's writer took most of a report's time, one figure
		 * per project, and after it the JDK's deflater (docs/benchmarks.md).
		 */
		void encode(BufferedImage drawn, OutputStream out) throws IOException {
			if (drawn.getType() != BufferedImage.TYPE_INT_RGB) {
				throw new IllegalArgumentException("Not an image of integer RGB pixels: " + drawn); //$NON-NLS-1$
			}
			int width = drawn.getWidth();
			int height = drawn.getHeight();
			ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
					.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // depth, RGB, deflate, filters, no interlace
			// the image's own pixels, row after row, rather than a copy of each row
			deflater.deflate(pixels(drawn), width, height);
			out.write(SIGNATURE);
			chunk(out, "IHDR", header.array(), header.capacity()); //$NON-NLS-1$
			chunk(out, "IDAT", deflater.bytes(), deflater.length()); //$NON-NLS-1$
			chunk(out, "IEND", new byte[0], 0); //$NON-NLS-1$
		}

		private static int[] pixels(BufferedImage image) {
			return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		}
	}

	private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data, 0, length);
		out.write(ByteBuffer.allocate(4).putInt(length).array());
		out.write(name);
		out.write(data, 0, length);
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
