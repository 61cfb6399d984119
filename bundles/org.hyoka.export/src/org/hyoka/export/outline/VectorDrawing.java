package org.hyoka.export.outline;

import java.io.IOException;

/**
 * A figure as shapes in the figure's own units (x to the right, y down, over its {@link Block.Figure#width()} ×
 * {@link Block.Figure#height()}), which a figure's drawing offers through
 * {@code Block.Figure.Drawing.adapt(VectorDrawing.class)}. A writer whose format has shapes of its own (Word's
 * DrawingML) draws them from it, so that it needs to know no kind of figure; shapes stay editable and cost far less
 * than a picture's pixels. The shapes are those every vector format has.
 */
public interface VectorDrawing {

	/** Hands the figure's shapes to {@code pen}, back to front. */
	void draw(Pen pen) throws IOException;

	/** What a writer draws the shapes with. Boxes are given by their top left corner and size. */
	interface Pen {
		void rect(double x, double y, double width, double height, Paint paint) throws IOException;

		/** A diamond touching the middle of each side of its box. */
		void diamond(double x, double y, double width, double height, Paint paint) throws IOException;

		void ellipse(double x, double y, double width, double height, Paint paint) throws IOException;

		/** A line, drawn in the paint's stroke. */
		void line(double x1, double y1, double x2, double y2, Paint paint) throws IOException;

		/**
		 * Text of {@code size} units in {@code colour} ({@code #rrggbb}) whose baseline starts at (x, y), or is centred
		 * on x; {@code whole} is the full text when {@code text} was shortened to fit, else null.
		 */
		void text(double x, double y, String text, double size, boolean centred, String colour, String whole) throws IOException;
	}

	/**
	 * Fill and stroke as {@code #rrggbb}, null for none; {@code opacity} of the fill, 0 to 1; a stroke one unit wide,
	 * {@code dashed} or solid.
	 */
	record Paint(String fill, String stroke, double opacity, boolean dashed) {
	}
}
