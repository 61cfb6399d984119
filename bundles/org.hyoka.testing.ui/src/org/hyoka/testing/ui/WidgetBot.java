package org.hyoka.testing.ui;

import org.eclipse.swt.widgets.Widget;

/** A handle on one widget, driven through a {@link UiBot}. */
public abstract class WidgetBot<W extends Widget> {

	protected final UiBot bot;
	protected final W widget;

	protected WidgetBot(UiBot bot, W widget) {
		this.bot = bot;
		this.widget = widget;
	}

	/** The widget itself; touch it only on the display thread ({@link UiBot#syncCall}). */
	public W widget() {
		return widget;
	}
}
