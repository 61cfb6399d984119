package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation perspective as a fresh workspace lays it out (docs/ip.md, docs/roadmap.md): the IP Register and
 * Deadlines views and the Roadmap view are there from the start, each shows while Properties shows beside it, and
 * the register and the deadlines show at once.
 */
class DefaultLayoutTest {

	private static final String REGISTER = "org.hyoka.ip.ui.register";
	private static final String DEADLINES = "org.hyoka.ip.ui.deadlines";
	private static final String ROADMAP = "org.hyoka.roadmap.ui.view";

	private static WorkbenchBot bot;

	@BeforeAll
	static void freshLayout() {
		bot = new WorkbenchBot();
		bot.waitForJobs();
		// what a fresh workspace shows, whatever other tests opened or moved before
		bot.syncRun(() -> bot.page().resetPerspective());
		bot.flush();
	}

	@Test
	void theAddOnViewsAreThereFromTheStart() {
		IWorkbenchPage page = bot.page();
		for (String view : List.of(REGISTER, DEADLINES, ROADMAP, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE)) {
			assertNotNull(bot.syncCall(() -> page.findViewReference(view)), view + " is in the perspective without Window > Show View");
		}
		bot.screenshot(WorkbenchStartupTest.screenshotFile("default-layout.png"));
	}

	@Test
	void eachAddOnViewShowsBesideProperties() {
		IWorkbenchPage page = bot.page();
		IViewPart properties = bot.showView(IPageLayout.ID_PROP_SHEET);
		for (String id : List.of(ROADMAP, REGISTER, DEADLINES)) {
			IViewPart view = bot.showView(id);
			assertTrue(bot.syncCall(() -> page.isPartVisible(view) && page.isPartVisible(properties)),
					id + " and Properties show at once: tabs " + ShellMenus.tabLabels(bot));
		}
		IViewPart register = bot.showView(REGISTER);
		IViewPart deadlines = bot.syncCall(() -> page.findView(DEADLINES));
		assertTrue(bot.syncCall(() -> page.isPartVisible(register) && page.isPartVisible(deadlines)),
				"the register and its deadlines show at once");
	}

	@Test
	void propertiesHasAStackOfItsOwn() {
		assertEquals(List.of("Properties"), stackOf("Properties"), "a view stacked with Properties hides it");
		List<String> roadmap = stackOf("Roadmap");
		assertTrue(roadmap.containsAll(List.of("Problems", "Roadmap", "IP Register")), "the views under the editor: " + roadmap);
		assertEquals(List.of("Outline"), stackOf("Outline"), "the Deadlines view has a place of its own under the Outline");
		assertEquals(List.of("Deadlines"), stackOf("Deadlines"));
	}

	/** The tabs of the stack that holds the tab of this title. */
	private static List<String> stackOf(String title) {
		ShellBot window = bot.windowShell();
		return bot.syncCall(() -> window.findAll(CTabFolder.class, folder -> true).stream()
				.map(folder -> Arrays.stream(folder.getItems()).map(item -> item.getText()).toList())
				.filter(tabs -> tabs.contains(title)).findFirst().orElseThrow(() -> new AssertionError("no tab " + title)));
	}
}
