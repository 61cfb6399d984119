package org.hyoka.roadmap.internal;

import java.io.IOException;

import org.hyoka.export.outline.VectorDrawing;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;

/**
 * A roadmap figure as the report's neutral shapes, which writers with vector shapes of their own draw (DOCX as Word
 * shapes): the scene as the PDF draws it, shape by shape.
 */
final class VectorFigure implements VectorDrawing {

	private final Scene scene;

	VectorFigure(Scene scene) {
		this.scene = scene;
	}

	@Override
	public void draw(Pen pen) throws IOException {
		for (Shape shape : scene.shapes()) {
			switch (shape) {
			case Shape.Rect r -> pen.rect(r.x(), r.y(), r.width(), r.height(), paint(r.style(), r.opacity(), r.dashed(), true));
			case Shape.Diamond d -> pen.diamond(d.x() - d.radius(), d.y() - d.radius(), 2 * d.radius(), 2 * d.radius(), paint(d.style(), 1, false, true));
			case Shape.Circle c -> pen.ellipse(c.x() - c.radius(), c.y() - c.radius(), 2 * c.radius(), 2 * c.radius(), paint(c.style(), 1, false, true));
			case Shape.Line l when l.style().stroke() == null -> {
				// not seen, as in SVG and PDF
			}
			case Shape.Line l -> pen.line(l.x1(), l.y1(), l.x2(), l.y2(), paint(l.style(), 1, l.dashed(), false));
			case Shape.Text t -> pen.text(t.x(), t.y(), t.text(), t.size(), t.centred(), t.style().fill(), t.whole());
			}
		}
	}

	/** The style's fill for areas, its stroke for all, as the PDF paints them. */
	private static Paint paint(Style style, double opacity, boolean dashed, boolean area) {
		return new Paint(area ? style.fill() : null, style.stroke(), opacity, dashed);
	}
}
