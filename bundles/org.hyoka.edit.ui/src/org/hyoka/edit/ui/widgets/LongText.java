package org.hyoka.edit.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** Multi-line fields that behave as a form's, for users who fill forms in Word and Excel. */
public final class LongText {

	private LongText() {
	}

	/**
	 * Makes Tab and Shift+Tab move to the next or previous field instead of typing a tab, which no text of a report
	 * holds; Enter still starts a new line.
	 */
	public static Text tabMovesOn(Text text) {
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
		return text;
	}
}
