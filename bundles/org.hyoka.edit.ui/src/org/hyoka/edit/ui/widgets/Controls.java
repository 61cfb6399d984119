package org.hyoka.edit.ui.widgets;

import org.eclipse.swt.widgets.Control;

/** Where a control sits among the widgets, e.g. whether the keyboard is still somewhere in a field or a page. */
public final class Controls {

	private Controls() {
	}

	/** Whether the control is the container or lies inside it; false when either is null. */
	public static boolean isInside(Control control, Control container) {
		if (container == null) {
			return false;
		}
		for (Control parent = control; parent != null; parent = parent.getParent()) {
			if (parent == container) {
				return true;
			}
		}
		return false;
	}
}
