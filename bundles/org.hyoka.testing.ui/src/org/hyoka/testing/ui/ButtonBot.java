package org.hyoka.testing.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;

/** A push, check or radio button. */
public class ButtonBot extends WidgetBot<Button> {

	ButtonBot(UiBot bot, Button widget) {
		super(bot, widget);
	}

	/** Clicks as a user would; asynchronous because the click may open a modal dialog. */
	public void click() {
		bot.waitUntil("button \"" + Labels.plain(bot.syncCall(widget::getText)) + "\" is enabled", widget::isEnabled); //$NON-NLS-1$ //$NON-NLS-2$
		bot.display().asyncExec(() -> {
			if (widget.isDisposed()) {
				return;
			}
			if ((widget.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
				widget.setSelection(!widget.getSelection());
			} else if ((widget.getStyle() & SWT.RADIO) != 0) {
				widget.setSelection(true);
			}
			widget.setFocus();
			widget.notifyListeners(SWT.Selection, UiBot.newEvent());
		});
	}
}
