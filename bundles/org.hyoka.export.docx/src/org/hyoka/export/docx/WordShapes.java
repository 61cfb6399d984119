package org.hyoka.export.docx;

import static org.hyoka.export.docx.WordXml.A;
import static org.hyoka.export.docx.WordXml.W;
import static org.hyoka.export.docx.WordXml.WPG;
import static org.hyoka.export.docx.WordXml.WPS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

import org.hyoka.core.report.SafeText;
import org.hyoka.export.outline.VectorDrawing;

/**
 * A figure's {@link VectorDrawing} as a group of Word shapes (DrawingML in a {@code wpg:wgp}), which Word shows and
 * lets the user edit as its own drawing: rectangles, diamonds, ellipses and lines, and each text in a text box without
 * border or margins. Sizes are given to the shapes already scaled to the page, because Word does not scale a text
 * box's text with its group.
 */
final class WordShapes implements VectorDrawing.Pen {

	/** A text's line in Word, as a share of its size, and its baseline's depth in the line (about the font's ascent). */
	private static final double LINE = 1.25;
	private static final double ASCENT = 1.0;
	private static final double TWIPS_PER_EMU = 20.0 / 12_700;

	private final WordXml xml;
	private final double scale;
	private final IntSupplier ids;
	private final TextStyles styles;

	private WordShapes(WordXml xml, double scale, IntSupplier ids, TextStyles styles) {
		this.xml = xml;
		this.scale = scale;
		this.ids = ids;
		this.styles = styles;
	}

	/**
	 * The paragraph styles of the figures' texts, one for each size and colour: a figure has some forty texts in a
	 * handful of these, which the text boxes name instead of repeating them.
	 */
	static final class TextStyles {
		private static final String ID = "FigureText"; //$NON-NLS-1$

		/** Each style's number by its size, line and colour. */
		private final Map<String, Integer> numbers = new HashMap<>();
		/** Style n's size in half points, line in twentieths of a point and colour, at n - 1. */
		private final List<String[]> styles = new ArrayList<>();

		/** The id of the style of the size, line and colour (null: the default's), made when first asked for. */
		String id(long halfPoints, long line, String colour) {
			String[] style = { Long.toString(halfPoints), Long.toString(line), colour };
			int number = numbers.computeIfAbsent(String.join(" ", style[0], style[1], String.valueOf(colour)), key -> { //$NON-NLS-1$
				styles.add(style);
				return styles.size();
			});
			return ID + number;
		}

		/** The styles asked for, into {@code word/styles.xml}. */
		void write(WordXml xml) throws IOException {
			for (int i = 0; i < styles.size(); i++) {
				String[] style = styles.get(i);
				xml.start(W, "style").attributes(W, "type", "paragraph", "customStyle", "1", "styleId", ID + (i + 1)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
						.empty(W, "name", "val", "Figure text " + (i + 1)).empty(W, "basedOn", "val", "Normal").empty(W, "semiHidden") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
						.start(W, "pPr").empty(W, "spacing", "before", "0", "after", "0", "line", style[1], "lineRule", "exact").end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
						.start(W, "rPr"); //$NON-NLS-1$
				if (style[2] != null) {
					xml.empty(W, "color", "val", colour(style[2])); //$NON-NLS-1$ //$NON-NLS-2$
				}
				xml.empty(W, "sz", "val", style[0]).end().end(); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * Writes the drawing as a group {@code width} × {@code height} EMU, {@code scale} EMU to the drawing's unit, for
	 * graphic data of kind {@link WordXml#WPG}; {@code ids} numbers the shapes that need a number of their own, the
	 * texts' paragraphs take their styles from {@code styles}.
	 */
	static void group(WordXml xml, VectorDrawing drawing, long width, long height, double scale, IntSupplier ids, TextStyles styles)
			throws IOException {
		String cx = Long.toString(width);
		String cy = Long.toString(height);
		xml.start(WPG, "wgp").empty(WPG, "cNvGrpSpPr").start(WPG, "grpSpPr").start(A, "xfrm") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.empty(A, "off", "x", "0", "y", "0").empty(A, "ext", "cx", cx, "cy", cy) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				.empty(A, "chOff", "x", "0", "y", "0").empty(A, "chExt", "cx", cx, "cy", cy).end().end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		drawing.draw(new WordShapes(xml, scale, ids, styles));
		xml.end();
	}

	@Override
	public void rect(double x, double y, double width, double height, VectorDrawing.Paint paint) throws IOException {
		shape("rect", x, y, width, height, false, paint); //$NON-NLS-1$
	}

	@Override
	public void diamond(double x, double y, double width, double height, VectorDrawing.Paint paint) throws IOException {
		shape("diamond", x, y, width, height, false, paint); //$NON-NLS-1$
	}

	@Override
	public void ellipse(double x, double y, double width, double height, VectorDrawing.Paint paint) throws IOException {
		shape("ellipse", x, y, width, height, false, paint); //$NON-NLS-1$
	}

	/** Word's line runs from its box's top left to its bottom right; one rising to the right is flipped. */
	@Override
	public void line(double x1, double y1, double x2, double y2, VectorDrawing.Paint paint) throws IOException {
		shape("line", Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1), (x2 - x1) * (y2 - y1) < 0, paint); //$NON-NLS-1$
	}

	/**
	 * A text box as wide as the text is estimated to be, which does not wrap (so a wider text only runs on), its
	 * paragraph in the style of its size and colour, whose line is exactly {@link #LINE} sizes high so that the
	 * baseline is where the figure has it; the whole text of a shortened one as the box's description.
	 */
	@Override
	public void text(double x, double y, String text, double size, boolean centred, String colour, String whole) throws IOException {
		String shown = SafeText.forDocument(text);
		double width = DocxExporter.halfWidths(shown) * size / 2 + size;
		xml.start(WPS, "wsp"); //$NON-NLS-1$
		if (whole != null) {
			int id = ids.getAsInt();
			xml.empty(WPS, "cNvPr", "id", Integer.toString(id), "name", "Text " + id, "descr", SafeText.forDocument(whole)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		xml.empty(WPS, "cNvSpPr", "txBox", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		properties("rect", centred ? x - width / 2 : x, y - ASCENT * size, width, LINE * size, false, null); //$NON-NLS-1$
		long halfPoints = Math.max(1, Math.round(size * scale * 2 / DocxExporter.EMU_PER_POINT));
		long line = Math.round(LINE * size * scale * TWIPS_PER_EMU);
		xml.start(WPS, "txbx").start(W, "txbxContent").start(W, "p").start(W, "pPr") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.empty(W, "pStyle", "val", styles.id(halfPoints, line, colour)); //$NON-NLS-1$ //$NON-NLS-2$
		if (centred) {
			xml.empty(W, "jc", "val", "center"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		xml.end().start(W, "r").t(shown).end().end().end().end() //$NON-NLS-1$
				.empty(WPS, "bodyPr", "wrap", "none", "lIns", "0", "tIns", "0", "rIns", "0", "bIns", "0").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
	}

	private void shape(String geometry, double x, double y, double width, double height, boolean flip, VectorDrawing.Paint paint) throws IOException {
		xml.start(WPS, "wsp").empty(WPS, "cNvSpPr"); //$NON-NLS-1$ //$NON-NLS-2$
		properties(geometry, x, y, width, height, flip, paint);
		xml.empty(WPS, "bodyPr").end(); //$NON-NLS-1$
	}

	/** The shape's box, geometry, fill and outline; none of either without paint. */
	private void properties(String geometry, double x, double y, double width, double height, boolean flip, VectorDrawing.Paint paint)
			throws IOException {
		xml.start(WPS, "spPr").start(A, "xfrm"); //$NON-NLS-1$ //$NON-NLS-2$
		if (flip) {
			xml.attributes(A, "flipV", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		xml.empty(A, "off", "x", emu(x), "y", emu(y)).empty(A, "ext", "cx", emu(width), "cy", emu(height)).end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				.start(A, "prstGeom").attributes(A, "prst", geometry).end(); //$NON-NLS-1$ //$NON-NLS-2$
		fill(paint == null ? null : paint.fill(), paint == null ? 1 : paint.opacity());
		xml.start(A, "ln"); //$NON-NLS-1$
		if (paint != null && paint.stroke() != null) {
			xml.attributes(A, "w", emu(1)); //$NON-NLS-1$
			fill(paint.stroke(), 1);
			if (paint.dashed()) {
				xml.empty(A, "prstDash", "val", "dash"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		} else {
			xml.empty(A, "noFill"); //$NON-NLS-1$
		}
		xml.end().end();
	}

	private void fill(String colour, double opacity) throws IOException {
		if (colour == null) {
			xml.empty(A, "noFill"); //$NON-NLS-1$
		} else if (opacity < 1) {
			xml.start(A, "solidFill").start(A, "srgbClr").attributes(A, "val", colour(colour)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.empty(A, "alpha", "val", Long.toString(Math.round(Math.clamp(opacity, 0.0, 1.0) * 100_000))).end().end(); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			xml.start(A, "solidFill").empty(A, "srgbClr", "val", colour(colour)).end(); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private String emu(double units) {
		return Long.toString(Math.round(units * scale));
	}

	/** {@code #rrggbb} as DrawingML and WordprocessingML write it. */
	private static String colour(String hex) {
		return hex.substring(1).toUpperCase(Locale.ROOT);
	}
}
