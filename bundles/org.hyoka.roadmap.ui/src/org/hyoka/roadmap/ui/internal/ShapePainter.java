package org.hyoka.roadmap.ui.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Style;

/**
 * Draws the layout's shapes with an SWT graphics context, each {@link Style} in its colours, one layout unit to a
 * pixel of the device (a display, or a printer, whose graphics context then scales); shapes outside the clipping
 * area are passed over, so painting costs what is visible. The fonts it makes are disposed with it.
 */
final class ShapePainter {

	/** How far past the clipping area shapes are drawn, in pixels. */
	private static final int REACH = 4;

	private final Device device;
	private final Map<Style, Color> fills = new EnumMap<>(Style.class);
	private final Map<Style, Color> strokes = new EnumMap<>(Style.class);
	private final Map<Integer, Font> fonts = new HashMap<>();
	private final String fontName;

	ShapePainter(Device device) {
		this.device = device;
		this.fontName = device.getSystemFont().getFontData()[0].getName();
		for (Style style : Style.values()) {
			if (style.fill() != null) {
				fills.put(style, color(style.fill()));
			}
			if (style.stroke() != null) {
				strokes.put(style, color(style.stroke()));
			}
		}
	}

	private Color color(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return new Color(device, (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
	}

	/** The colour a style fills with, or its stroke when it has no fill. */
	Color colour(Style style) {
		return fills.getOrDefault(style, strokes.get(style));
	}

	/**
	 * Draws the shapes moved by (dx, dy), within the clipping rectangle (in the control's pixels).
	 */
	void paint(GC gc, Iterable<Shape> shapes, int dx, int dy, Rectangle clip) {
		gc.setClipping(clip);
		// a little more than the clip, so that no stroke of a shape cut short shows at its edge
		Rectangle reach = new Rectangle(clip.x - REACH, clip.y - REACH, clip.width + 2 * REACH, clip.height + 2 * REACH);
		for (Shape shape : shapes) {
			if (inside(shape, dx, dy, clip)) {
				draw(gc, shape, dx, dy, reach);
			}
		}
		gc.setClipping((Rectangle) null);
	}

	private static boolean inside(Shape shape, int dx, int dy, Rectangle clip) {
		double left;
		double top;
		double right;
		double bottom;
		switch (shape) {
		case Shape.Rect r -> {
			left = r.x();
			top = r.y();
			right = r.x() + r.width();
			bottom = r.y() + r.height();
		}
		case Shape.Diamond d -> {
			left = d.x() - d.radius();
			top = d.y() - d.radius();
			right = d.x() + d.radius();
			bottom = d.y() + d.radius();
		}
		case Shape.Circle c -> {
			left = c.x() - c.radius();
			top = c.y() - c.radius();
			right = c.x() + c.radius();
			bottom = c.y() + c.radius();
		}
		case Shape.Line l -> {
			left = Math.min(l.x1(), l.x2());
			top = Math.min(l.y1(), l.y2());
			right = Math.max(l.x1(), l.x2());
			bottom = Math.max(l.y1(), l.y2());
		}
		case Shape.Text t -> {
			// a centred text reaches left of x; no text is wider than the label column
			left = t.centred() ? t.x() - 200 : t.x();
			top = t.y() - t.size() * 1.5;
			right = t.x() + 400;
			bottom = t.y() + t.size();
		}
		}
		return right + dx >= clip.x && left + dx <= clip.x + clip.width && bottom + dy >= clip.y && top + dy <= clip.y + clip.height;
	}

	/**
	 * Draws a shape; rectangles and straight lines are cut to {@code reach} first. The background and the lines
	 * through every row span the whole timeline, millions of pixels at 100,000 rows, and the graphics library's
	 * cost for them (a dashed era line most) grew with that length although only the part in view shows.
	 */
	private void draw(GC gc, Shape shape, int dx, int dy, Rectangle reach) {
		gc.setLineStyle(SWT.LINE_SOLID);
		switch (shape) {
		case Shape.Rect r -> {
			int left = px(r.x(), dx);
			int top = px(r.y(), dy);
			int x = Math.max(left, reach.x);
			int y = Math.max(top, reach.y);
			int width = Math.min(px(r.x() + r.width(), dx), reach.x + reach.width) - x;
			int height = Math.min(px(r.y() + r.height(), dy), reach.y + reach.height) - y;
			Color fill = fills.get(r.style());
			if (fill != null) {
				gc.setAlpha((int) Math.round(255 * Math.clamp(r.opacity(), 0.0, 1.0)));
				gc.setBackground(fill);
				gc.fillRectangle(x, y, width, height);
				gc.setAlpha(255);
			}
			if (stroke(gc, r.style(), r.dashed())) {
				gc.drawRectangle(x, y, width - 1, height - 1);
			}
		}
		case Shape.Diamond d -> polygon(gc, d.style(), new int[] { px(d.x(), dx), px(d.y() - d.radius(), dy), px(d.x() + d.radius(), dx), px(d.y(), dy),
				px(d.x(), dx), px(d.y() + d.radius(), dy), px(d.x() - d.radius(), dx), px(d.y(), dy) });
		case Shape.Circle c -> {
			int x = px(c.x() - c.radius(), dx);
			int y = px(c.y() - c.radius(), dy);
			int size = (int) Math.round(2 * c.radius());
			Color fill = fills.get(c.style());
			if (fill != null) {
				gc.setBackground(fill);
				gc.fillOval(x, y, size, size);
			}
			if (stroke(gc, c.style(), false)) {
				gc.drawOval(x, y, size, size);
			}
		}
		case Shape.Line l -> {
			if (stroke(gc, l.style(), l.dashed())) {
				int x1 = px(l.x1(), dx);
				int y1 = px(l.y1(), dy);
				int x2 = px(l.x2(), dx);
				int y2 = px(l.y2(), dy);
				if (x1 == x2) {
					gc.drawLine(x1, cut(y1, reach.y, reach.height), x2, cut(y2, reach.y, reach.height));
				} else if (y1 == y2) {
					gc.drawLine(cut(x1, reach.x, reach.width), y1, cut(x2, reach.x, reach.width), y2);
				} else {
					gc.drawLine(x1, y1, x2, y2);
				}
			}
		}
		case Shape.Text t -> {
			gc.setFont(font(t.size()));
			gc.setForeground(fills.get(t.style()));
			int width = t.centred() ? textWidth(gc, t) : 0;
			int ascent = gc.getFontMetrics().getAscent();
			gc.drawString(t.text(), px(t.x(), dx) - width / 2, px(t.y(), dy) - ascent, true);
		}
		}
	}

	private void polygon(GC gc, Style style, int[] points) {
		Color fill = fills.get(style);
		if (fill != null) {
			gc.setBackground(fill);
			gc.fillPolygon(points);
		}
		if (stroke(gc, style, false)) {
			gc.drawPolygon(points);
		}
	}

	/** Sets the style's stroke; false when it has none. */
	private boolean stroke(GC gc, Style style, boolean dashed) {
		Color stroke = strokes.get(style);
		if (stroke == null) {
			return false;
		}
		gc.setForeground(stroke);
		gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
		return true;
	}

	private static int cut(int value, int from, int length) {
		return Math.clamp(value, from, from + length);
	}

	private static int px(double value, int offset) {
		return (int) Math.round(value) + offset;
	}

	/** The font for a text size in layout units, taken as pixels (SWT sizes fonts in points: 72 to the inch). */
	/** How wide the text is drawn, in pixels. */
	int textWidth(GC gc, Shape.Text text) {
		gc.setFont(font(text.size()));
		return gc.textExtent(text.text()).x;
	}

	private Font font(double size) {
		int points = (int) Math.max(6, Math.round(size * 72 / device.getDPI().y));
		return fonts.computeIfAbsent(points, p -> new Font(device, new FontData(fontName, p, SWT.NORMAL)));
	}

	void dispose() {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
	}
}
