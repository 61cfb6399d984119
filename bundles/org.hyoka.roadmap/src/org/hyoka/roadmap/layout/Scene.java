package org.hyoka.roadmap.layout;

import java.util.List;

/**
 * Shapes to draw in a {@code width} × {@code height} area; a window of rows holds the shapes of rows
 * {@code firstRow} to {@code firstRow + rowCount - 1} at their places in the whole timeline's coordinates, plus the
 * axis header at the top.
 */
public record Scene(double width, double height, int firstRow, int rowCount, List<Shape> shapes) {
	public Scene {
		shapes = List.copyOf(shapes);
	}

	/**
	 * The scene with every position, size, radius and text size multiplied by {@code factor}, for a device that has
	 * more or fewer pixels to a layout unit (a printer), whose painter draws one unit a pixel.
	 */
	public Scene scaled(double factor) {
		List<Shape> scaled = shapes.stream().map(shape -> switch (shape) {
		case Shape.Rect r -> (Shape) new Shape.Rect(r.x() * factor, r.y() * factor, r.width() * factor, r.height() * factor, r.style(), r.opacity(), r.dashed(),
				r.tip());
		case Shape.Diamond d -> new Shape.Diamond(d.x() * factor, d.y() * factor, d.radius() * factor, d.style(), d.tip());
		case Shape.Circle c -> new Shape.Circle(c.x() * factor, c.y() * factor, c.radius() * factor, c.style(), c.tip());
		case Shape.Line l -> new Shape.Line(l.x1() * factor, l.y1() * factor, l.x2() * factor, l.y2() * factor, l.style(), l.dashed(), l.tip());
		case Shape.Text t -> new Shape.Text(t.x() * factor, t.y() * factor, t.text(), t.size() * factor, t.centred(), t.style(), t.tip());
		}).toList();
		return new Scene(width * factor, height * factor, firstRow, rowCount, scaled);
	}
}
