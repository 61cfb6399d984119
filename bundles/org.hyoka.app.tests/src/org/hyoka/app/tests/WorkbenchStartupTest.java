package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
	}

	@Test
	void fileMenuHasTheFileCommands() {
		List<String> items = bot.windowShell().menu("File").itemLabels();
		assertContainsInOrder(items, "New", "Open File...", "Close Editor", "Save", "Save As...", "Import...", "Export...", "Exit");
		assertTrue(bot.windowShell().menu("File", "Open File...").isEnabled(), "Open File... is enabled");
		assertTrue(bot.windowShell().menu("File", "New").itemLabels().contains("Other..."), "File > New offers all wizards");
	}

	@Test
	void editMenuHasUndoAndRedo() {
		assertContainsInOrder(bot.windowShell().menu("Edit").itemLabels(), "Undo", "Redo", "Cut", "Copy", "Paste");
	}

	@Test
	void windowMenuHasPreferencesAndViews() {
		ShellBot shell = bot.windowShell();
		assertContainsInOrder(shell.menu("Window").itemLabels(), "Show View", "Reset Perspective...", "Preferences...");
		assertTrue(shell.menu("Window", "Show View").itemLabels().containsAll(List.of("Outline", "Problems", "Project Explorer", "Properties")),
				"Show View lists the evaluation views");
	}

	@Test
	void helpMenuOffersUpdatesAndAbout() {
		assertContainsInOrder(bot.windowShell().menu("Help").itemLabels(), "Check for Updates", "Install New Software...",
				"About Hyoka Workbench");
	}

	@Test
	void aboutDialogShowsTheProduct() {
		bot.windowShell().menu("Help", "About Hyoka Workbench").click();
		ShellBot about = bot.shell("About Hyoka Workbench");
		try {
			String aboutText = about.textContaining("publicly funded research and development");
			assertTrue(aboutText.startsWith("Hyoka Workbench"), "about text names the product: " + aboutText);
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

	private static Path screenshotFile(String name) {
		return Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), name);
	}

	private static void assertContainsInOrder(List<String> actual, String... expected) {
		int from = 0;
		for (String item : expected) {
			int at = actual.subList(from, actual.size()).indexOf(item);
			assertTrue(at >= 0, "expected \"" + item + "\" after position " + from + " in " + actual);
			from += at + 1;
		}
	}
}
