package org.hyoka.editor.walks.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.hyoka.testing.editor.Words;
import org.hyoka.testing.ui.Labels;

/**
 * The labels a user meets, each noted with where it was (a menu path, a page of a dialog): menus with every submenu,
 * and every text a control shows, its tool tips and the hint of an empty field included. Call on the display thread.
 * {@link #english()} lists those with an English word ({@link Words#englishWords}).
 */
final class LabelWalk {

	private final Map<String, Set<String>> seen = new LinkedHashMap<>();
	private final Set<String> typed = new HashSet<>();
	private final Set<String> names = new HashSet<>();
	private final Map<String, Map<Character, String>> mnemonics = new HashMap<>();
	private final Set<String> sharedMnemonics = new LinkedHashSet<>();

	/** Words of what the user typed or named (an evaluation's texts, a project's name): data, not labels. */
	void typed(String text) {
		if (text != null) {
			typed.addAll(List.of(text.split("[^A-Za-z]+"))); //$NON-NLS-1$
		}
	}

	/** Whole labels that are names as their owners wrote them (an installed bundle's name and vendor), not texts of ours. */
	void names(Set<String> labels) {
		names.addAll(labels);
	}

	/** Every item of the menu and of its submenus, each noted at its path under the place. */
	void menu(String place, Menu menu) {
		if (menu == null) {
			throw new AssertionError(place + " has no menu"); //$NON-NLS-1$
		}
		// contribution managers fill a menu when it shows, from the selection of the moment
		menu.notifyListeners(SWT.Show, new Event());
		try {
			for (MenuItem item : menu.getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) == 0) {
					String label = Labels.plain(item.getText());
					mnemonic(place, item.getText());
					note(place, label);
					if (item.getMenu() != null) {
						menu(place + " > " + label, item.getMenu()); //$NON-NLS-1$
					}
				}
			}
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}

	/**
	 * Labels of one menu or dialog underlining one key, which Alt and the key then cannot choose between: "place:
	 * label / label".
	 */
	List<String> sharedMnemonics() {
		return List.copyOf(sharedMnemonics);
	}

	/** Notes the key the text underlines (after a single &) at the place. */
	private void mnemonic(String place, String text) {
		if (text == null) {
			return;
		}
		for (int at = 0; at < text.length() - 1; at++) {
			if (text.charAt(at) == '&') {
				if (text.charAt(at + 1) != '&') {
					String label = Labels.plain(text);
					String other = mnemonics.computeIfAbsent(place, key -> new HashMap<>())
							.putIfAbsent(Character.toUpperCase(text.charAt(at + 1)), label);
					if (other != null && !other.equals(label)) {
						sharedMnemonics.add(place + ": " + other + " / " + label); //$NON-NLS-1$ //$NON-NLS-2$
					}
					return;
				}
				at++;
			}
		}
	}

	/** The texts of the control and of everything under it that is visible. */
	void control(String place, Control control) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		note(place, control.getToolTipText());
		switch (control) {
		case Shell shell -> note(place, shell.getText());
		case Label label -> {
			note(place, label.getText());
			mnemonic(place, label.getText());
		}
		case CLabel label -> note(place, label.getText());
		case Link link -> note(place, link.getText().replaceAll("</?a[^>]*>", "")); //$NON-NLS-1$ //$NON-NLS-2$
		case Button button -> {
			note(place, button.getText());
			mnemonic(place, button.getText());
		}
		case Group group -> note(place, group.getText());
		case Section section -> {
			note(place, section.getText());
			note(place, section.getDescription());
		}
		case ExpandableComposite expandable -> note(place, expandable.getText());
		case Form form -> note(place, form.getText());
		case ScrolledForm form -> note(place, form.getText());
		case Text text -> note(place, text.getMessage());
		case Combo combo -> Arrays.stream(combo.getItems()).forEach(item -> note(place, item));
		case CCombo combo -> Arrays.stream(combo.getItems()).forEach(item -> note(place, item));
		case CTabFolder folder -> Arrays.stream(folder.getItems()).forEach(item -> {
			note(place, item.getText());
			note(place, item.getToolTipText());
		});
		case TabFolder folder -> Arrays.stream(folder.getItems()).map(TabItem::getText).forEach(text -> note(place, text));
		case ToolBar bar -> Arrays.stream(bar.getItems()).forEach(item -> {
			note(place, item.getText());
			note(place, item.getToolTipText());
		});
		case Table table -> {
			Arrays.stream(table.getColumns()).map(TableColumn::getText).forEach(text -> note(place, text));
			for (TableItem item : table.getItems()) {
				for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
					note(place, item.getText(c));
				}
			}
		}
		case Tree tree -> {
			Arrays.stream(tree.getColumns()).map(TreeColumn::getText).forEach(text -> note(place, text));
			items(place, tree.getItems(), Math.max(1, tree.getColumnCount()));
		}
		default -> {
			// no text of its own
		}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				control(place, child);
			}
		}
	}

	private void items(String place, TreeItem[] items, int columns) {
		for (TreeItem item : items) {
			for (int c = 0; c < columns; c++) {
				note(place, item.getText(c));
			}
			if (item.getExpanded()) {
				items(place, item.getItems(), columns);
			}
		}
	}

	void note(String place, String text) {
		String label = Labels.plain(text);
		if (!label.isBlank()) {
			seen.computeIfAbsent(place, key -> new LinkedHashSet<>()).add(label);
		}
	}

	/** Every place walked and what it said. */
	Map<String, Set<String>> seen() {
		return seen;
	}

	/** "place: label" for each label with an English word, in the order met. */
	List<String> english() {
		List<String> english = new ArrayList<>();
		seen.forEach((place, labels) -> labels.stream().filter(label -> !names.contains(label) && !Words.englishWords(label, typed).isEmpty())
				.forEach(label -> english.add(place + ": " + label))); //$NON-NLS-1$
		return english;
	}

	/** Writes every place and its labels to the file, for a person to read through. */
	void write(Path file) {
		List<String> lines = new ArrayList<>();
		seen.forEach((place, labels) -> {
			lines.add("## " + place); //$NON-NLS-1$
			lines.addAll(labels);
		});
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, lines, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
