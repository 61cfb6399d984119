package org.hyoka.testing.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

/** A push, check or radio button. */
public class ButtonBot {

	private final UiBot bot;
	private final Button button;

	ButtonBot(UiBot bot, Button button) {
		this.bot = bot;
		this.button = button;
	}

	public Button widget() {
		return button;
	}

	public boolean isEnabled() {
		return bot.syncCall(button::isEnabled);
	}

	/** Clicks as a user would; asynchronous because the click may open a modal dialog. */
	public void click() {
		bot.waitUntil("button \"" + Labels.plain(bot.syncCall(button::getText)) + "\" is enabled", button::isEnabled); //$NON-NLS-1$ //$NON-NLS-2$
		bot.display().asyncExec(() -> {
			if (button.isDisposed()) {
				return;
			}
			if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
				button.setSelection(!button.getSelection());
			} else if ((button.getStyle() & SWT.RADIO) != 0) {
				button.setSelection(true);
			}
			button.setFocus();
			button.notifyListeners(SWT.Selection, new Event());
		});
	}
}
