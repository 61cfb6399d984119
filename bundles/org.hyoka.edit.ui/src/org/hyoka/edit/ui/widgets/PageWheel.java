package org.hyoka.edit.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;

/**
 * The mouse wheel over a field or table of a scrolled page, as in a browser or Word: it scrolls the field while the
 * field has more to show that way, then the page. GTK gives every turn of the wheel to a control with a scroll bar,
 * so a page of tall fields and tables stood still unless the pointer was beside them.
 */
public final class PageWheel {

	/** What SWT counts for one click of the wheel on GTK and Windows: three lines. */
	private static final int COUNT_PER_CLICK = 3;

	private PageWheel() {
	}

	/** Has the wheel over the control scroll the page around it once the control is at its end. */
	public static <C extends Scrollable> C scrollsPageAtEnd(C control) {
		control.addListener(SWT.MouseVerticalWheel, event -> {
			ScrolledComposite page = page(control.getParent());
			if (page == null || event.count == 0 || canScroll(control.getVerticalBar(), event.count < 0)) {
				return;
			}
			scroll(page, event);
			event.doit = false;
		});
		return control;
	}

	private static ScrolledComposite page(Composite parent) {
		for (Composite c = parent; c != null; c = c.getParent()) {
			if (c instanceof ScrolledComposite page && page.getVerticalBar() != null) {
				return page;
			}
		}
		return null;
	}

	private static boolean canScroll(ScrollBar bar, boolean down) {
		if (bar == null) {
			return false;
		}
		return down ? bar.getSelection() + bar.getThumb() < bar.getMaximum() : bar.getSelection() > bar.getMinimum();
	}

	/** By as much as GTK scrolls a page under the wheel itself: the page's height to the power 2/3 a click. */
	private static void scroll(ScrolledComposite page, Event event) {
		int click = (int) Math.round(Math.pow(page.getClientArea().height, 2.0 / 3.0));
		int by = -event.count * click / COUNT_PER_CLICK;
		if (by == 0) {
			by = event.count < 0 ? 1 : -1;
		}
		Point origin = page.getOrigin();
		page.setOrigin(origin.x, Math.max(0, origin.y + by));
	}
}
