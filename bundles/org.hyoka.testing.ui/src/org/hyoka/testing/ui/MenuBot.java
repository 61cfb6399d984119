package org.hyoka.testing.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * An item of a shell's menu bar or of a control's context menu, reached by the labels a user follows. Menus are filled lazily by their
 * contribution managers, so each level is shown (SWT.Show) before its items are read.
 */
public class MenuBot {

	private final UiBot bot;
	private final MenuItem item;

	private MenuBot(UiBot bot, MenuItem item) {
		this.bot = bot;
		this.item = item;
	}

	static MenuBot of(UiBot bot, Shell shell, String... path) {
		return of(bot, () -> shell.getMenuBar(), "menu bar", path); //$NON-NLS-1$
	}

	/** An item of the control's context menu, which is filled when shown as when the user right-clicks. */
	static MenuBot context(UiBot bot, Control control, String... path) {
		return of(bot, control::getMenu, "context menu", path); //$NON-NLS-1$
	}

	private static MenuBot of(UiBot bot, Supplier<Menu> root, String rootName, String... path) {
		if (path.length == 0) {
			throw new IllegalArgumentException("empty menu path"); //$NON-NLS-1$
		}
		String description = rootName + " " + String.join(" > ", path); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			bot.waitUntil(description + " exists", () -> find(root.get(), path) != null); //$NON-NLS-1$
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; " + bot.syncCall(() -> closestMatch(root.get(), rootName, path)), e); //$NON-NLS-1$
		}
		return new MenuBot(bot, bot.syncCall(() -> find(root.get(), path)));
	}

	/** What the user would see at the last level of the path that exists. */
	private static String closestMatch(Menu root, String rootName, String[] path) {
		Menu menu = root;
		StringBuilder reached = new StringBuilder(rootName);
		for (String label : path) {
			if (menu == null) {
				return reached + " has no submenu"; //$NON-NLS-1$
			}
			show(menu);
			MenuItem next = Arrays.stream(menu.getItems()).filter(i -> Labels.matches(i.getText(), label)).findFirst().orElse(null);
			if (next == null) {
				return reached + " offers " + Arrays.stream(menu.getItems()).map(i -> Labels.plain(i.getText())).toList(); //$NON-NLS-1$
			}
			reached.append(" > ").append(label); //$NON-NLS-1$
			menu = next.getMenu();
		}
		return reached.toString();
	}

	private static MenuItem find(Menu root, String[] path) {
		Menu menu = root;
		MenuItem found = null;
		for (String label : path) {
			if (menu == null) {
				return null;
			}
			show(menu);
			found = Arrays.stream(menu.getItems()).filter(i -> Labels.matches(i.getText(), label)).findFirst().orElse(null);
			if (found == null) {
				return null;
			}
			menu = found.getMenu();
		}
		return found;
	}

	private static void show(Menu menu) {
		menu.notifyListeners(SWT.Show, UiBot.newEvent());
	}

	private static void hide(Menu menu) {
		menu.notifyListeners(SWT.Hide, UiBot.newEvent());
	}

	public boolean isEnabled() {
		return bot.syncCall(() -> {
			show(item.getParent());
			return item.isEnabled();
		});
	}

	/** Labels of the items of this item's submenu, as the user reads them. */
	public List<String> itemLabels() {
		return bot.syncCall(() -> {
			Menu menu = item.getMenu();
			if (menu == null) {
				return List.of();
			}
			show(menu);
			return Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
					.map(i -> Labels.plain(i.getText())).toList();
		});
	}

	/**
	 * Selects the item. Posted asynchronously because the action may open a modal dialog, whose event loop
	 * would otherwise never return to the test.
	 */
	public void click() {
		bot.waitUntil("menu item \"" + Labels.plain(bot.syncCall(item::getText)) + "\" is enabled", //$NON-NLS-1$ //$NON-NLS-2$
				() -> !item.isDisposed() && item.isEnabled());
		bot.display().asyncExec(() -> {
			item.notifyListeners(SWT.Arm, UiBot.newEvent());
			item.notifyListeners(SWT.Selection, UiBot.newEvent());
			hide(item.getParent());
		});
	}
}
