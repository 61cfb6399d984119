package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.hyoka.testing.ui.Labels;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;

/** What the window's menus and tabs say, read as the user reads them. */
final class ShellMenus {

	private ShellMenus() {
	}

	/** Every label of the menu bar, its menus and their submenus, depth first. */
	static List<String> allLabels(WorkbenchBot bot) {
		return allLabels(bot, Set.of());
	}

	/** Every label of the menus, without the items of the submenus named (whose items are files or windows). */
	static List<String> allLabels(WorkbenchBot bot, Set<String> unreadSubmenus) {
		ShellBot window = bot.windowShell();
		return bot.syncCall(() -> {
			List<String> labels = new ArrayList<>();
			collect(window.widget().getMenuBar(), unreadSubmenus, labels);
			return labels;
		});
	}

	private static void collect(Menu menu, Set<String> unreadSubmenus, List<String> labels) {
		menu.notifyListeners(SWT.Show, new Event()); // contribution managers fill menus when shown
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0) {
				continue;
			}
			String label = Labels.plain(item.getText());
			labels.add(label);
			if (item.getMenu() != null && !unreadSubmenus.contains(label)) {
				collect(item.getMenu(), unreadSubmenus, labels);
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	/** The labels of the tabs of the window's views and editors. */
	static List<String> tabLabels(WorkbenchBot bot) {
		ShellBot window = bot.windowShell();
		return bot.syncCall(() -> window.findAll(CTabFolder.class, folder -> true).stream().flatMap(folder -> Arrays.stream(folder.getItems())).map(item -> item.getText())
				.toList());
	}

	/** The text field holding the fragment is tall enough for all its lines, or scrolls to them. */
	static void assertShowsAllItsText(WorkbenchBot bot, ShellBot shell, String fragment) {
		Text text = shell.find(Text.class, "the text with " + fragment, t -> t.getText().contains(fragment));
		boolean shown = bot.syncCall(() -> {
			Point needed = text.computeSize(text.getClientArea().width, SWT.DEFAULT);
			boolean scrolls = text.getVerticalBar() != null && text.getVerticalBar().isVisible();
			return text.getSize().y >= needed.y - 2 || scrolls;
		});
		assertTrue(shown, "the whole text can be read: " + bot.syncCall(text::getText));
	}
}
