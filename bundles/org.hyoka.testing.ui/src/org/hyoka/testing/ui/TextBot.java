package org.hyoka.testing.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/** A text field, typed into character by character so that verify and modify listeners see each key. */
public class TextBot extends WidgetBot<Text> {

	TextBot(UiBot bot, Text widget) {
		super(bot, widget);
	}

	public String getText() {
		return bot.syncCall(widget::getText);
	}

	/** Replaces the content by typing the new one. */
	public TextBot setText(String value) {
		bot.syncRun(() -> {
			widget.setFocus();
			widget.selectAll();
		});
		return typeText(value);
	}

	public TextBot typeText(String value) {
		value.codePoints().forEach(c -> bot.syncRun(() -> {
			Event key = UiBot.newEvent();
			key.character = (char) c;
			key.keyCode = c;
			widget.notifyListeners(SWT.KeyDown, key);
			widget.insert(new String(Character.toChars(c)));
			widget.notifyListeners(SWT.KeyUp, key);
		}));
		return this;
	}
}
