package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.hyoka.app.WorkbenchIds;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product as an evaluator first sees it: window, perspective, views, menus, About and Preferences. */
class WorkbenchStartupTest {

	private static WorkbenchBot bot;

	@BeforeAll
	static void workbenchIsUp() {
		bot = new WorkbenchBot();
		bot.waitForJobs();
	}

	@Test
	void windowIsTitledHyokaWorkbench() {
		assertEquals("Hyoka Workbench", bot.windowShell().title());
	}

	@Test
	void windowCarriesTheProductIcons() {
		ShellBot window = bot.windowShell();
		List<Integer> sizes = bot.syncCall(() -> java.util.Arrays.stream(window.widget().getImages())
				.map(image -> image.getBounds().width).sorted().toList());
		assertEquals(List.of(16, 32, 48, 64, 128), sizes);
	}

	@Test
	void evaluationPerspectiveIsActive() {
		assertEquals(WorkbenchIds.EVALUATION_PERSPECTIVE, bot.activePerspectiveId());
	}

	@Test
	void evaluationViewsAreShown() {
		assertEquals("Project Explorer", bot.viewTitle(IPageLayout.ID_PROJECT_EXPLORER));
		assertEquals("Problems", bot.viewTitle(IPageLayout.ID_PROBLEM_VIEW));
		assertEquals("Properties", bot.viewTitle(IPageLayout.ID_PROP_SHEET));
		assertEquals("Outline", bot.viewTitle(IPageLayout.ID_OUTLINE));
		assertTrue(ShellMenus.tabLabels(bot).containsAll(List.of("Project Explorer", "Problems", "Properties", "Outline")),
				"tabs: " + ShellMenus.tabLabels(bot));
	}

	@Test
	void fileMenuHasTheFileCommands() {
		List<String> items = bot.windowShell().menu("File").itemLabels();
		assertContainsInOrder(items, "New", "Open File...", "Open Sample", "Recent Files", "Close", "Close All", "Save",
				"Save As...", "Save All", "Import...", "Export...", "Print...", "Exit");
		assertTrue(bot.windowShell().menu("File", "Open File...").isEnabled(), "Open File... is enabled");
		List<String> newItems = bot.windowShell().menu("File", "New").itemLabels();
		assertEquals(List.of("Evaluation", "Next Year's Evaluation", "Other...", "Project"), newItems.stream().sorted().toList(),
				"File > New offers the evaluator's wizards, then all of them: " + newItems);
		assertEquals("Other...", newItems.get(newItems.size() - 1));
	}

	@Test
	void menusOfferNothingOfTheIde() {
		List<String> all = ShellMenus.allLabels(bot);
		for (String ide : List.of("Convert Line Delimiters To", "Open Projects from File System...", "Switch Workspace",
				"Show Key Assist...", "Appearance", "New Window", "Toggle Block Selection", "Untitled Text File")) {
			assertFalse(all.contains(ide), ide + " is offered: " + all);
		}
		List<String> file = bot.windowShell().menu("File").itemLabels();
		for (String ide : List.of("Properties", "Revert", "Refresh", "Move...", "Rename...", "Restart")) {
			assertFalse(file.contains(ide), "File offers " + ide + ": " + file);
		}
	}

	@Test
	void editMenuHasUndoAndRedo() {
		assertContainsInOrder(bot.windowShell().menu("Edit").itemLabels(), "Undo", "Redo", "Cut", "Copy", "Paste", "Delete",
				"Select All", "Find/Replace...");
	}

	@Test
	void windowMenuHasPreferencesAndViews() {
		ShellBot shell = bot.windowShell();
		assertContainsInOrder(shell.menu("Window").itemLabels(), "Show View", "Reset Perspective...", "Preferences...");
		List<String> views = shell.menu("Window", "Show View").itemLabels();
		assertEquals(List.of("Project Explorer", "Problems", "Properties", "Outline"), views.subList(0, Math.min(4, views.size())),
				"Show View lists the evaluation views");
		// the add-ons' views follow in the order their bundles happen to contribute them
		assertEquals(Set.of("IP Register", "Deadlines", "Roadmap", "Conflicts", "History"), Set.copyOf(views.subList(4, views.size())),
				views.toString());
	}

	@Test
	void helpMenuOffersTheGuideUpdatesAndAbout() {
		assertEquals(List.of("User Guide", "Help on This Page", "Check for Updates", "Install New Software...", "Installation Details",
				"About Hyoka Workbench"),
				bot.windowShell().menu("Help").itemLabels(), "p2's own items are not there twice");
	}

	/**
	 * The product's version as releng/org.hyoka.repository/hyoka.product gives it, which p2's Installation Details
	 * list (with the build's qualifier) and About shows; the application bundle has another version of its own.
	 */
	static String productVersion() throws IOException {
		Path folder = Path.of("").toAbsolutePath();
		while (!Files.exists(folder.resolve(PRODUCT))) {
			folder = folder.getParent();
			assertNotNull(folder, "the tests run inside the repository, which holds " + PRODUCT);
		}
		Matcher version = Pattern.compile("<product\\s[^>]*?version=\"(\\d+\\.\\d+\\.\\d+)").matcher(Files.readString(folder.resolve(PRODUCT)));
		assertTrue(version.find(), PRODUCT + " names a version");
		return version.group(1);
	}

	private static final String PRODUCT = "releng/org.hyoka.repository/hyoka.product";

	@Test
	void aboutDialogShowsTheProductAndItsVersionUncut() throws IOException {
		bot.windowShell().menu("Help", "About Hyoka Workbench").click();
		ShellBot about = bot.shell("About Hyoka Workbench");
		try {
			String aboutText = about.textContaining("publicly funded research and development");
			assertTrue(aboutText.startsWith("Hyoka Workbench\nVersion " + productVersion() + "\n"),
					"about text names the product and the product's version: " + aboutText);
			assertTrue(aboutText.endsWith("Open source, built on the Eclipse Platform."), aboutText);
			ShellMenus.assertShowsAllItsText(bot, about, "publicly funded research and development");
			about.button("Installation Details");
			bot.screenshot(screenshotFile("about.png"));
		} finally {
			about.close();
		}
	}

	@Test
	void preferencesOpen() {
		bot.windowShell().menu("Window", "Preferences...").click();
		ShellBot preferences = bot.shell("Preferences");
		preferences.close();
	}

	@Test
	void startupLogsNoErrorOrException() throws IOException {
		Path log = Platform.getLogFileLocation().toPath();
		if (!Files.exists(log)) {
			return; // nothing was logged at all
		}
		List<String> problems = Files.readAllLines(log).stream()
				.filter(line -> line.matches("!ENTRY \\S+ 4 .*") || line.startsWith("!STACK")).toList();
		assertTrue(problems.isEmpty(), "The log has errors:\n" + String.join("\n", Files.readAllLines(log)));
	}

	@Test
	void screenshotOfTheWorkbench() throws IOException {
		Path file = screenshotFile("workbench.png");
		bot.screenshot(file);
		assertTrue(Files.size(file) > 10_000, "screenshot has content: " + file);
	}

	static Path screenshotFile(String name) {
		return Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), name);
	}

	static void assertContainsInOrder(List<String> actual, String... expected) {
		int from = 0;
		for (String item : expected) {
			int at = actual.subList(from, actual.size()).indexOf(item);
			assertTrue(at >= 0, "expected \"" + item + "\" after position " + from + " in " + actual);
			from += at + 1;
		}
	}
}
