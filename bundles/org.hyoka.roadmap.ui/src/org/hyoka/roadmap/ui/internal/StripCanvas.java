package org.hyoka.roadmap.ui.internal;

import java.util.function.DoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;
import org.hyoka.roadmap.layout.Legend;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.layout.Strip;

/**
 * A strip under the Roadmap view's rows (the legend, the undated items): its shapes in as many lines as the view's
 * width needs, drawn by the painter that draws the rows, laid out again when the width or its content changes. A
 * strip may be held to a share of the view's height, scrolling its lines, so that a long one leaves the rows room.
 */
final class StripCanvas<T extends Strip> extends Canvas {

	private final ShapePainter painter;
	/** Lays the strip out at a width. */
	private final DoubleFunction<T> layout;
	/** The share of the parent's height the strip may take at most; 1 for all it needs. */
	private final double maxShare;
	private T strip;

	StripCanvas(Composite parent, DoubleFunction<T> layout, double maxShare) {
		super(parent, SWT.DOUBLE_BUFFERED | (maxShare < 1 ? SWT.V_SCROLL : SWT.NONE));
		this.layout = layout;
		this.maxShare = maxShare;
		painter = new ShapePainter(getDisplay());
		addListener(SWT.Paint, event -> painter.paint(event.gc, strip().shapes(), 0, -scrollY(), getClientArea()));
		addListener(SWT.Resize, event -> changed());
		addListener(SWT.Dispose, event -> painter.dispose());
		if (getVerticalBar() != null) {
			getVerticalBar().addListener(SWT.Selection, event -> redraw());
		}
	}

	/** The strip at the canvas' width, laid out once per width and content. */
	T strip() {
		if (strip == null) {
			strip = layout.apply(Math.max(1, getClientArea().width));
		}
		return strip;
	}

	/** How wide a text of the strip is painted, in pixels: the tests hold the undated list's entries to it. */
	int paintedWidth(Shape.Text text) {
		GC gc = new GC(this);
		try {
			return painter.textWidth(gc, text);
		} finally {
			gc.dispose();
		}
	}

	/** How far the lines are scrolled up, in pixels: add it to a point of the canvas to find it in the strip. */
	int scrollY() {
		return getVerticalBar() == null ? 0 : getVerticalBar().getSelection();
	}

	/** Lays the strip out again; a height that changes gives the rows above what is left. */
	void changed() {
		double before = strip().height();
		strip = null;
		if (strip().height() != before) {
			getParent().layout(true);
		}
		ScrollBar bar = getVerticalBar();
		if (bar != null) {
			int total = (int) Math.ceil(strip().height());
			int visible = Math.max(1, getClientArea().height);
			bar.setValues(Math.min(bar.getSelection(), Math.max(0, total - visible)), 0, Math.max(total, 1), Math.min(visible, Math.max(total, 1)),
					(int) Legend.LINE_HEIGHT, visible);
			bar.setVisible(total > visible);
		}
		redraw();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int width = wHint == SWT.DEFAULT ? getParent().getClientArea().width : wHint;
		int height = (int) Math.ceil(layout.apply(Math.max(1, width)).height());
		return new Point(width, maxShare < 1 ? Math.min(height, (int) (getParent().getClientArea().height * maxShare)) : height);
	}
}
