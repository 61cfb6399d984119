package org.hyoka.roadmap.output;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.hyoka.export.Exports;
import org.hyoka.pdf.JapaneseFont;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;

/**
 * Writes a scene as a one-page PDF in vector graphics, one layout unit a point, in the Japanese font of the PDF
 * report ({@link JapaneseFont} of org.hyoka.pdf, embedded as the subset used). A label the layout shortened with …
 * keeps its whole text, clipped where the shortened one ends, so that search and copy in a PDF reader find every label
 * as the SVG's titles hold them. A scene larger than a PDF page may be (200 inches) is scaled down to fit. The PDF report draws its
 * roadmap figures the same way, into its own pages.
 */
public final class PdfWriter {

	/** The largest page side PDF readers accept, in points (ISO 32000-1, Annex C). */
	static final float MAX_SIDE = 14_400f;

	private static final String ELLIPSIS = "…"; //$NON-NLS-1$

	/** The length of a Bézier control point for a quarter circle, as a share of the radius. */
	private static final float KAPPA = 0.5523f;

	private final JapaneseFont font;
	private final PDPageContentStream content;
	private final float height;

	private PdfWriter(JapaneseFont font, PDPageContentStream content, float height) {
		this.font = font;
		this.content = content;
		this.height = height;
	}

	/** Writes the PDF document to the stream, without closing it. */
	public static void write(Scene scene, OutputStream out) throws IOException {
		float width = (float) Math.max(1, scene.width());
		float height = (float) Math.max(1, scene.height());
		float scale = Math.min(1, MAX_SIDE / Math.max(width, height));
		try (PDDocument document = new PDDocument(); TrueTypeFont ttf = JapaneseFont.load()) {
			PDPage page = new PDPage(new PDRectangle(width * scale, height * scale));
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				draw(scene, content, new JapaneseFont(document, ttf), 0, 0, width * scale, height * scale);
			}
			document.getDocumentCatalog().setLanguage("ja"); //$NON-NLS-1$
			document.save(Exports.keepOpen(out));
		}
		out.flush();
	}

	/**
	 * Draws the scene to fill the box whose bottom left corner is (x, y), in the content stream's units (y up), its
	 * text in the font: the page of {@link #write} and the figure of the PDF report. The graphics state is as before
	 * afterwards.
	 */
	public static void draw(Scene scene, PDPageContentStream content, JapaneseFont font, float x, float y, float width, float height)
			throws IOException {
		float sceneHeight = (float) Math.max(1, scene.height());
		content.saveGraphicsState();
		content.transform(new Matrix(width / (float) Math.max(1, scene.width()), 0, 0, height / sceneHeight, x, y));
		PdfWriter writer = new PdfWriter(font, content, sceneHeight);
		for (Shape shape : scene.shapes()) {
			writer.draw(shape);
		}
		content.restoreGraphicsState();
	}

	private void draw(Shape shape) throws IOException {
		switch (shape) {
		case Shape.Rect r -> {
			content.addRect((float) r.x(), y(r.y() + r.height()), (float) r.width(), (float) r.height());
			paint(r.style(), r.opacity(), r.dashed(), true);
		}
		case Shape.Diamond d -> {
			content.moveTo((float) d.x(), y(d.y() - d.radius()));
			content.lineTo((float) (d.x() + d.radius()), y(d.y()));
			content.lineTo((float) d.x(), y(d.y() + d.radius()));
			content.lineTo((float) (d.x() - d.radius()), y(d.y()));
			content.closePath();
			paint(d.style(), 1, false, true);
		}
		case Shape.Circle c -> {
			circle((float) c.x(), y(c.y()), (float) c.radius());
			paint(c.style(), 1, false, true);
		}
		case Shape.Line l when l.style().stroke() == null -> {
			// a line in a style without a stroke is not seen, as in SVG
		}
		case Shape.Line l -> {
			content.moveTo((float) l.x1(), y(l.y1()));
			content.lineTo((float) l.x2(), y(l.y2()));
			paint(l.style(), 1, l.dashed(), false);
		}
		case Shape.Text t -> text(t);
		}
	}

	/** From the layout's y (down) to the page's (up). */
	private float y(double layoutY) {
		return (float) (height - layoutY);
	}

	private void circle(float x, float y, float r) throws IOException {
		float k = KAPPA * r;
		content.moveTo(x + r, y);
		content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
		content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
		content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
		content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
		content.closePath();
	}

	/** Fills and strokes the path just made as the style says (every style has a fill or a stroke). */
	private void paint(Style style, double opacity, boolean dashed, boolean area) throws IOException {
		boolean fill = area && style.fill() != null;
		boolean stroke = style.stroke() != null;
		content.saveGraphicsState();
		if (fill) {
			content.setNonStrokingColor(color(style.fill()));
			if (opacity < 1) {
				PDExtendedGraphicsState shade = new PDExtendedGraphicsState();
				shade.setNonStrokingAlphaConstant((float) Math.clamp(opacity, 0.0, 1.0));
				content.setGraphicsStateParameters(shade);
			}
		}
		if (stroke) {
			content.setStrokingColor(color(style.stroke()));
			content.setLineWidth(1);
			if (dashed) {
				content.setLineDashPattern(new float[] { 4, 3 }, 0);
			}
		}
		if (fill && stroke) {
			content.fillAndStroke();
		} else if (fill) {
			content.fill();
		} else {
			content.stroke();
		}
		content.restoreGraphicsState();
	}

	private void text(Shape.Text t) throws IOException {
		float size = (float) t.size();
		String shown = font.printable(t.text());
		float x = (float) (t.centred() ? t.x() - font.width(shown, size) / 2 : t.x());
		float baseline = y(t.y());
		content.setNonStrokingColor(color(t.style().fill()));
		if (t.whole() == null || t.centred()) {
			font.show(content, shown, x, baseline, size);
			return;
		}
		// the whole text, clipped where the shortened one stops, then the ellipsis there
		float room = font.width(shown.substring(0, shown.length() - ELLIPSIS.length()), size);
		content.saveGraphicsState();
		content.addRect(x, baseline - size, room, 2.5f * size);
		content.clip();
		font.show(content, font.printable(t.whole()), x, baseline, size);
		content.restoreGraphicsState();
		font.show(content, ELLIPSIS, x + room, baseline, size);
	}

	private static Color color(String hex) {
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}
}
