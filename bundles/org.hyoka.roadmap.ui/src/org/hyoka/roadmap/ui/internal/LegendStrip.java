package org.hyoka.roadmap.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.hyoka.roadmap.layout.Legend;

/**
 * The legend under the Roadmap view's rows: the marks' samples and their words in the workbench's language, in as
 * many lines as the view's width needs, drawn by the painter that draws the rows.
 */
final class LegendStrip extends Canvas {

	private final ShapePainter painter;
	private Legend legend;

	LegendStrip(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		painter = new ShapePainter(getDisplay());
		addListener(SWT.Paint, event -> painter.paint(event.gc, legend().shapes(), 0, 0, getClientArea()));
		addListener(SWT.Resize, event -> {
			double before = legend().height();
			legend = null;
			// a width that takes more or fewer lines gives the rows above the height left
			if (legend().height() != before) {
				getParent().layout(true);
			}
		});
		addListener(SWT.Dispose, event -> painter.dispose());
	}

	/** The legend at the strip's width, laid out once per width. */
	Legend legend() {
		if (legend == null) {
			legend = new Legend(Locale.getDefault(), 0, Math.max(1, getClientArea().width));
		}
		return legend;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int width = wHint == SWT.DEFAULT ? getParent().getClientArea().width : wHint;
		return new Point(width, (int) Math.ceil(new Legend(Locale.getDefault(), 0, Math.max(1, width)).height()));
	}
}
