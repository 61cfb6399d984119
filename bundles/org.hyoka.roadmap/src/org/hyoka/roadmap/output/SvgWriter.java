package org.hyoka.roadmap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;

/**
 * Writes a scene as SVG 1.1, UTF-8: each shape one element, in a {@code <g>} with its tip as {@code <title>} where
 * it has one, so a browser shows the full label on hover and a reader finds every row label in the file.
 * <p>
 * Written so that ImageMagick's own SVG reader (MSVG) draws it as rsvg and browsers do (#47): no {@code class}
 * (MSVG takes it for one of its drawing macros and stops, "nested too deeply"), no {@code <title>} inside a
 * shape (MSVG then forgets the circle's centre and radius), {@code stroke="none"} given at the root (MSVG
 * otherwise outlines every filled shape and letter in black), and the font list as a style property with one
 * family as the attribute after it: CSS readers take the property, MSVG the last one it reads, a single name,
 * since it finds no font for a list.
 */
public final class SvgWriter {

	static final String FONTS = "'Noto Sans CJK JP', 'IPAexGothic', 'Hiragino Sans', 'Yu Gothic', sans-serif"; //$NON-NLS-1$

	/** The one family of {@link #FONTS} that MSVG reads: the Japanese font the project's setup installs. */
	static final String MSVG_FONT = "IPAexGothic"; //$NON-NLS-1$

	private SvgWriter() {
	}

	/** Writes the SVG document to the stream, without closing it. */
	public static void write(Scene scene, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		write(scene, writer);
		writer.flush();
	}

	/** Writes the SVG document, without closing the writer. */
	public static void write(Scene scene, Writer out) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(scene.width()) + "\" height=\"" //$NON-NLS-1$ //$NON-NLS-2$
				+ n(scene.height()) + "\" viewBox=\"0 0 " + n(scene.width()) + " " + n(scene.height()) + "\" stroke=\"none\" style=\"font-family: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ escape(FONTS) + "\" font-family=\"" + MSVG_FONT + "\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Shape shape : scene.shapes()) {
			out.write(element(shape));
		}
		out.write("</svg>\n"); //$NON-NLS-1$
	}

	/** For HTML: the same document without the XML declaration, to embed in a page. */
	public static String inline(Scene scene) {
		java.io.StringWriter text = new java.io.StringWriter();
		try {
			write(scene, text);
		} catch (IOException e) {
			throw new IllegalStateException("A StringWriter does not fail", e); //$NON-NLS-1$
		}
		String svg = text.toString();
		return svg.substring(svg.indexOf("<svg")); //$NON-NLS-1$
	}

	private static String element(Shape shape) {
		String element = switch (shape) {
		case Shape.Rect r -> "<rect x=\"" + n(r.x()) + "\" y=\"" + n(r.y()) + "\" width=\"" + n(r.width()) + "\" height=\"" + n(r.height()) + "\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ paint(r.style()) + (r.opacity() < 1 ? " fill-opacity=\"" + n(r.opacity()) + "\"" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (r.dashed() ? " stroke-dasharray=\"4 2\"" : "") + "/>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case Shape.Diamond d -> "<polygon points=\"" + n(d.x()) + "," + n(d.y() - d.radius()) + " " + n(d.x() + d.radius()) + "," + n(d.y()) + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ n(d.x()) + "," + n(d.y() + d.radius()) + " " + n(d.x() - d.radius()) + "," + n(d.y()) + "\"" + paint(d.style()) + "/>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		case Shape.Circle c -> "<circle cx=\"" + n(c.x()) + "\" cy=\"" + n(c.y()) + "\" r=\"" + n(c.radius()) + "\"" + paint(c.style()) + "/>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		case Shape.Line l -> "<line x1=\"" + n(l.x1()) + "\" y1=\"" + n(l.y1()) + "\" x2=\"" + n(l.x2()) + "\" y2=\"" + n(l.y2()) + "\"" + paint(l.style()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ (l.dashed() ? " stroke-dasharray=\"4 3\"" : "") + "/>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case Shape.Text t -> "<text x=\"" + n(t.x()) + "\" y=\"" + n(t.y()) + "\" font-size=\"" + n(t.size()) + "\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (t.centred() ? " text-anchor=\"middle\"" : "") + paint(t.style()) + ">" + escape(t.text()) + "</text>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		};
		return shape.tip() == null ? element + "\n" : "<g><title>" + escape(shape.tip()) + "</title>" + element + "</g>\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String paint(Style style) {
		return " fill=\"" + (style.fill() == null ? "none" : style.fill()) + "\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (style.stroke() == null ? "" : " stroke=\"" + style.stroke() + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Numbers with at most two decimals and a point, whatever the locale. */
	private static String n(double value) {
		long hundredths = Math.round(value * 100);
		return hundredths % 100 == 0 ? Long.toString(hundredths / 100) : String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}

	/** XML text and attribute escaping; characters XML 1.0 forbids are left out. */
	static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> sb.append("&amp;"); //$NON-NLS-1$
			case '<' -> sb.append("&lt;"); //$NON-NLS-1$
			case '>' -> sb.append("&gt;"); //$NON-NLS-1$
			case '"' -> sb.append("&quot;"); //$NON-NLS-1$
			case '\'' -> sb.append("&apos;"); //$NON-NLS-1$
			default -> {
				if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF) {
					sb.appendCodePoint(c);
				}
			}
			}
		});
		return sb.toString();
	}
}
