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
}
