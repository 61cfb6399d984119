package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Paints a control's own drawing into an image first, then the image through the paint's clipping. A painter that sets
 * the clipping itself replaces the paint's on GTK, which also clipped to the part of the control its scrolled form
 * shows: SWTChart's axes and titles did, and drew over the views below a half-scrolled chart. In an image its
 * clipping can reach no further than the image.
 */
final class ConfinedPainting implements Listener {

	private final Control control;
	private final List<Listener> painters = new ArrayList<>();

	private ConfinedPainting(Control control) {
		this.control = control;
	}

	/** Confines the control's painters, those it has and those it adds later. */
	static void confine(Control control) {
		ConfinedPainting confined = new ConfinedPainting(control);
		confined.adopt();
		control.addListener(SWT.Paint, confined);
	}

	/** Takes the painters the control has besides this one (a chart adds one with each axis it makes). */
	private void adopt() {
		for (Listener painter : control.getListeners(SWT.Paint)) {
			if (painter != this) {
				control.removeListener(SWT.Paint, painter);
				painters.add(painter);
			}
		}
	}

	@Override
	public void handleEvent(Event event) {
		adopt();
		Point size = control.getSize();
		if (size.x <= 0 || size.y <= 0) {
			return;
		}
		Image buffer = new Image(control.getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(buffer);
			try {
				gc.setBackground(control.getBackground());
				gc.fillRectangle(0, 0, size.x, size.y);
				gc.setForeground(control.getForeground());
				gc.setFont(control.getFont());
				Event inImage = new Event();
				inImage.type = SWT.Paint;
				inImage.widget = control;
				inImage.display = event.display;
				inImage.gc = gc;
				inImage.width = size.x;
				inImage.height = size.y;
				for (Listener painter : painters) {
					painter.handleEvent(inImage);
				}
			} finally {
				gc.dispose();
			}
			event.gc.drawImage(buffer, 0, 0);
		} finally {
			buffer.dispose();
		}
	}
}
