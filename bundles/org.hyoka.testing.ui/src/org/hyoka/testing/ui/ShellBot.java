package org.hyoka.testing.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/** Finds the widgets of one shell by label, by data key or by type. */
public class ShellBot extends WidgetBot<Shell> {

	private final String title;

	public ShellBot(UiBot bot, Shell widget) {
		super(bot, widget);
		// kept: a dialog may be gone before a test waits for it to close
		title = bot.syncCall(widget::getText);
	}

	/** The title the shell had when the bot found it. */
	public String title() {
		return title;
	}

	public void close() {
		bot.display().asyncExec(() -> {
			if (!widget.isDisposed()) {
				widget.close();
			}
		});
		waitUntilClosed();
	}

	/** Saves a picture of the screen once the shell has painted what is pending (typing is faster than GTK redraws). */
	public Path screenshot(Path file) {
		bot.syncRun(widget::update);
		bot.flush();
		return bot.screenshot(file);
	}

	/** Waits until the shell has gone, e.g. after a click on a dialog's Finish or OK button. */
	public void waitUntilClosed() {
		bot.waitUntil("shell \"" + title + "\" is closed", () -> widget.isDisposed() || !widget.isVisible()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The first control of this type matching the test, waiting until there is one. */
	public <T extends Control> T find(Class<T> type, String description, Predicate<? super T> test) {
		bot.waitUntil(description + " in shell \"" + title() + "\"", () -> !findAll(type, test).isEmpty()); //$NON-NLS-1$ //$NON-NLS-2$
		return bot.syncCall(() -> findAll(type, test).get(0));
	}

	/** All controls of the type matching the test, in tree order. Call on the display thread. */
	public <T extends Control> List<T> findAll(Class<T> type, Predicate<? super T> test) {
		return UiBot.findAll(widget, type, test);
	}

	public ButtonBot button(String label) {
		return new ButtonBot(bot, find(Button.class, "button \"" + label + "\"", //$NON-NLS-1$ //$NON-NLS-2$
				b -> Labels.matches(b.getText(), label) && b.isVisible()));
	}

	/** The text field that a label with this text introduces (the label's next sibling). */
	public TextBot textWithLabel(String label) {
		return new TextBot(bot, find(Text.class, "text field labelled \"" + label + "\"", //$NON-NLS-1$ //$NON-NLS-2$
				t -> Labels.matches(labelBefore(t), label)));
	}

	/** The text field carrying this value under this {@link org.eclipse.swt.widgets.Widget#getData(String) data key}. */
	public TextBot textWithData(String key, Object value) {
		return new TextBot(bot, find(Text.class, "text field with data " + key + "=" + value, //$NON-NLS-1$ //$NON-NLS-2$
				t -> value.equals(t.getData(key))));
	}

	public TableBot table() {
		return new TableBot(bot, find(Table.class, "a table", Table::isVisible)); //$NON-NLS-1$
	}

	/** The whole text of the first label, link or text control whose text contains the fragment. */
	public String textContaining(String fragment) {
		Control control = find(Control.class, "text containing \"" + fragment + "\"", //$NON-NLS-1$ //$NON-NLS-2$
				c -> shownText(c).contains(fragment));
		return bot.syncCall(() -> shownText(control));
	}

	private static String shownText(Control control) {
		String text = switch (control) {
		case Label label -> label.getText();
		case Link link -> link.getText();
		case Text field -> field.getText();
		case StyledText styled -> styled.getText();
		default -> null;
		};
		return text == null ? "" : text; //$NON-NLS-1$
	}

	public MenuBot menu(String... path) {
		return MenuBot.of(bot, widget, path);
	}

	private static String labelBefore(Control control) {
		Control[] siblings = control.getParent().getChildren();
		for (int i = 1; i < siblings.length; i++) {
			if (siblings[i] == control && siblings[i - 1] instanceof Label label) {
				return label.getText();
			}
		}
		return null;
	}
}
