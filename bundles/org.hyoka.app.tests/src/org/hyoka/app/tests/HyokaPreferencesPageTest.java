package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogPage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyoka.app.internal.HyokaPreferencePage;
import org.hyoka.core.preferences.HyokaPreferences;
import org.hyoka.core.preferences.HyokaPreferences.FiscalYearLabels;
import org.hyoka.core.time.FiscalYears;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationItem;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.testing.ui.CleanPreferences;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.Labels;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Window &gt; Preferences &gt; Hyoka: the evaluator's choices are kept and the New Evaluation wizard follows them. */
class HyokaPreferencesPageTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@RegisterExtension
	final CleanPreferences cleanPreferences = new CleanPreferences(HyokaPreferences.NODE);

	@Test
	void choicesAreKeptAndTheNewWizardUsesThem() throws Exception {
		ShellBot preferences = openHyokaPage(bot, "Preferences", "Window", "Preferences...", "Hyoka");
		Button western = control(preferences, Button.class, "western");
		Button era = control(preferences, Button.class, "era");
		Table items = control(preferences, Table.class, "items");
		Text author = control(preferences, Text.class, "authorName");
		assertEquals("", bot.syncCall(author::getText), "no author name by default");
		assertFalse(bot.syncCall(western::getSelection), "era labels by default");
		assertEquals(7, bot.syncCall(() -> Arrays.stream(items.getItems()).filter(TableItem::getChecked).count()),
				"the guideline's seven items by default");
		List<String> itemLabels = bot.syncCall(() -> Arrays.stream(items.getItems()).map(TableItem::getText).toList());
		assertTrue(itemLabels.containsAll(List.of("1  当省が実施することの必要性", "2-1  研究開発内容 (part of item 2)",
				"3-2  知財や研究開発データの取扱い (part of item 3)")), "each box says what it adds: " + itemLabels);
		assertTrue(itemLabels.stream().allMatch(label -> label.matches("\\d(-\\d)?  \\S.*")), "no box labelled by a number alone: " + itemLabels);

		bot.syncRun(() -> {
			author.setText(" 山田 太郎 ");
			western.setSelection(true);
			era.setSelection(false);
			for (TableItem item : items.getItems()) {
				check(items, item, item.getText().startsWith("1  ") || item.getText().startsWith("7  "));
			}
		});
		bot.screenshot(WorkbenchStartupTest.screenshotFile("preferences-hyoka.png"));
		preferences.button("Apply and Close").click();
		preferences.waitUntilClosed();

		assertEquals("山田 太郎", HyokaPreferences.authorName());
		assertEquals(FiscalYearLabels.WESTERN, HyokaPreferences.fiscalYearLabels());
		assertEquals(List.of(EvaluationItem.I1, EvaluationItem.I7), HyokaPreferences.defaultItems());
		assertEquals("I1,I7", InstanceScope.INSTANCE.getNode(HyokaPreferences.NODE).get(HyokaPreferences.DEFAULT_ITEMS, null),
				"kept in the instance scope");

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Preferred");
		project.create(null);
		project.open(null);
		bot.windowShell().menu("File", "New", "Evaluation").click();
		ShellBot wizard = bot.shell("New Evaluation");
		wizard.textWithLabel("Enter or select the parent folder:").setText(project.getName());
		wizard.textWithLabel("File name:").setText("preferred");
		wizard.button("Next >").click();
		wizard.textWithLabel("Program name:").setText("次世代評価技術開発事業");
		int thisYear = FiscalYears.of(LocalDate.now());
		List<String> labels = bot.syncCall(() -> Labels.texts(wizard.widget()));
		assertTrue(labels.contains("FY" + thisYear), "the evaluation year is labelled FY" + thisYear + ": " + labels);
		assertTrue(labels.stream().noneMatch(label -> label.matches("FY\\d{4} \\(R\\d+\\)")), "no era labels: " + labels);
		bot.screenshot(WorkbenchStartupTest.screenshotFile("new-evaluation-western-years.png"));
		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		bot.waitForJobs();

		EvaluationReport report = HyokaFiles.load(project.getFile("preferred.hyoka").getLocation().toFile().toPath());
		assertEquals(List.of(EvaluationItem.I1, EvaluationItem.I7),
				report.getEvaluations().get(0).getScoreTable().getRows().stream().map(ItemScore::getItem).toList());
	}

	@Test
	void applyKeepsTheChoicesAndRestoreDefaultsUndoesThem() throws Exception {
		ShellBot preferences = openHyokaPage(bot, "Preferences", "Window", "Preferences...", "Hyoka");
		try {
			Button western = control(preferences, Button.class, "western");
			Button era = control(preferences, Button.class, "era");
			Table items = control(preferences, Table.class, "items");
			Text author = control(preferences, Text.class, "authorName");
			bot.syncRun(() -> {
				author.setText("佐藤 花子");
				western.setSelection(true);
				era.setSelection(false);
				Arrays.stream(items.getItems()).forEach(item -> check(items, item, item.getText().startsWith("7  ")));
			});
			preferences.button("Apply").click();
			bot.waitUntil("Apply saves with the dialog still open", () -> "佐藤 花子".equals(HyokaPreferences.authorName()));
			assertEquals(FiscalYearLabels.WESTERN, HyokaPreferences.fiscalYearLabels());
			assertEquals(List.of(EvaluationItem.I7), HyokaPreferences.defaultItems());

			preferences.button("Restore Defaults").click();
			bot.waitUntil("the default author name shows", () -> bot.syncCall(author::getText).isEmpty());
			assertTrue(bot.syncCall(() -> era.getSelection() && !western.getSelection()), "era labels by default");
			assertEquals(HyokaPreferences.GUIDELINE_ITEMS.size(),
					bot.syncCall(() -> Arrays.stream(items.getItems()).filter(TableItem::getChecked).count()).intValue(), "the guideline's items");
			bot.screenshot(WorkbenchStartupTest.screenshotFile("preferences-hyoka-defaults.png"));
			assertEquals("佐藤 花子", HyokaPreferences.authorName(), "Restore Defaults shows the defaults; it saves nothing yet");

			preferences.button("Apply").click();
			bot.waitUntil("Apply saves the defaults", () -> HyokaPreferences.authorName().isEmpty());
			assertEquals(FiscalYearLabels.JAPANESE_ERA, HyokaPreferences.fiscalYearLabels());
			assertEquals(HyokaPreferences.GUIDELINE_ITEMS, HyokaPreferences.defaultItems());
		} finally {
			preferences.close();
		}
	}

	@Test
	void aPageWithoutItemsOrWithAnUnusableSiteCannotBeSaved() {
		ShellBot preferences = openHyokaPage(bot, "Preferences", "Window", "Preferences...", "Hyoka");
		try {
			Table items = control(preferences, Table.class, "items");
			bot.syncRun(() -> Arrays.stream(items.getItems()).forEach(item -> check(items, item, false)));
			assertEquals("Choose at least one evaluation item for new evaluations.", errorMessage(preferences));
			assertFalse(bot.syncCall(() -> preferences.button("Apply and Close").widget().isEnabled()));
			bot.syncRun(() -> check(items, items.getItem(0), true));
			Text site = control(preferences, Text.class, "updateSite");
			bot.syncRun(() -> site.setText("mirror without scheme"));
			assertTrue(errorMessage(preferences).startsWith("The update site \"mirror without scheme\" is not a URL"),
					errorMessage(preferences));
			assertFalse(bot.syncCall(() -> preferences.button("Apply and Close").widget().isEnabled()));
		} finally {
			preferences.close();
		}
		assertEquals(HyokaPreferences.GUIDELINE_ITEMS, HyokaPreferences.defaultItems(), "nothing was saved");
	}

	@Test
	void checkForUpdatesWithoutASiteSaysSoAndLeadsToTheSiteSetting() {
		// a test build has no release site (-Dhyoka.releaseSite) and the test chose none
		bot.windowShell().menu("Help", "Check for Updates").click();
		ShellBot note = bot.shell("Check for Updates");
		assertTrue(note.textContaining("has no update site").contains("Window > Preferences > Hyoka > Update site"),
				note.textContaining("has no update site"));
		note.screenshot(WorkbenchStartupTest.screenshotFile("check-for-updates-without-site.png"));
		note.button("Open Preferences").click();
		ShellBot preferences = bot.shell("Preferences");
		try {
			Text site = control(preferences, Text.class, "updateSite");
			assertEquals("none: this build has no update site", bot.syncCall(site::getMessage));
		} finally {
			preferences.close();
		}
	}

	/** Opens the dialog through the menu path and selects the Hyoka page in its tree. */
	static ShellBot openHyokaPage(WorkbenchBot bot, String title, String... menuPathAndPage) {
		String[] menuPath = Arrays.copyOf(menuPathAndPage, menuPathAndPage.length - 1);
		String page = menuPathAndPage[menuPathAndPage.length - 1];
		bot.windowShell().menu(menuPath).click();
		ShellBot dialog = bot.shell(title);
		Tree tree = dialog.find(Tree.class, "the page tree", t -> t.isVisible() && t.getItemCount() > 0);
		bot.waitUntil("the page " + page + " is listed",
				() -> bot.syncCall(() -> Arrays.stream(tree.getItems()).anyMatch(i -> Labels.matches(i.getText(), page))));
		bot.syncRun(() -> {
			TreeItem item = Arrays.stream(tree.getItems()).filter(i -> Labels.matches(i.getText(), page)).findFirst().orElseThrow();
			tree.setSelection(item);
			Event select = new Event();
			select.item = item;
			tree.notifyListeners(SWT.Selection, select);
		});
		bot.waitUntil("the Hyoka page shows", () -> !dialog.findAll(Table.class, t -> "items".equals(t.getData(HyokaPreferencePage.CONTROL))).isEmpty());
		return dialog;
	}

	static <T extends Control> T control(ShellBot shell, Class<T> type, String name) {
		return shell.find(type, name, control -> name.equals(control.getData(HyokaPreferencePage.CONTROL)));
	}

	/** The error message of the dialog's page (the dialog shortens what it shows). */
	private String errorMessage(ShellBot dialog) {
		return bot.syncCall(() -> ((IDialogPage) ((PreferenceDialog) dialog.widget().getData()).getSelectedPage()).getErrorMessage());
	}

	/** Ticks or clears the item as a click on its box does; call on the UI thread. */
	private static void check(Table table, TableItem item, boolean checked) {
		item.setChecked(checked);
		Event event = new Event();
		event.item = item;
		event.detail = SWT.CHECK;
		table.notifyListeners(SWT.Selection, event);
	}
}
