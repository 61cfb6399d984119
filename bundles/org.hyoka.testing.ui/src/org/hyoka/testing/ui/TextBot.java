package org.hyoka.testing.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/** A text field, typed into character by character so that verify and modify listeners see each key. */
public class TextBot {

	private final UiBot bot;
	private final Text text;

	TextBot(UiBot bot, Text text) {
		this.bot = bot;
		this.text = text;
	}

	public Text widget() {
		return text;
	}

	public String getText() {
		return bot.syncCall(text::getText);
	}

	/** Replaces the content by typing the new one. */
	public TextBot setText(String value) {
		bot.syncRun(() -> {
			text.setFocus();
			text.selectAll();
		});
		return typeText(value);
	}

	public TextBot typeText(String value) {
		value.codePoints().forEach(c -> bot.syncRun(() -> {
			Event key = new Event();
			key.character = (char) c;
			key.keyCode = c;
			text.notifyListeners(SWT.KeyDown, key);
			text.insert(new String(Character.toChars(c)));
			text.notifyListeners(SWT.KeyUp, key);
		}));
		return this;
	}

	/** Leaves the field, which commits values bound on focus-out. */
	public void pressEnter() {
		bot.syncRun(() -> {
			Event event = new Event();
			event.character = SWT.CR;
			event.keyCode = SWT.CR;
			event.detail = SWT.TRAVERSE_RETURN;
			text.notifyListeners(SWT.Traverse, event);
			text.notifyListeners(SWT.DefaultSelection, new Event());
		});
	}
}
