package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With no editor open, the editor area offers New Evaluation, Open File and Open Sample as links, which do what
 * they say; an editor hides them and closing it shows them again.
 */
class EmptyEditorAreaTest {

	static final List<String> ACTIONS = List.of("org.hyoka.editor.newEvaluation", "org.hyoka.app.openFile", "org.hyoka.samples.open");

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void theEmptyEditorAreaOffersTheFirstSteps() {
		assertEquals(List.of("New Evaluation...", "Open File...", "Open Sample"), linkTexts(bot));
		assertTrue(bot.syncCall(() -> UiBot.findAll(bot.window().getShell(), Label.class,
				label -> label.isVisible() && label.getText().equals("No evaluation is open")).size() == 1), "the heading");
		bot.screenshot("empty-editor-area.png");
	}

	@Test
	void newEvaluationOpensItsWizard() {
		click(link(bot, "org.hyoka.editor.newEvaluation"));
		ShellBot wizard = bot.shell("New Evaluation");
		wizard.close();
	}

	@Test
	void openSampleOffersTheSamplesAndOpensTheOneChosen() {
		Link link = link(bot, "org.hyoka.samples.open");
		String tip = bot.syncCall(link::getToolTipText);
		assertTrue(tip.startsWith("Copy a sample evaluation"), tip);
		click(link);
		bot.waitUntil("the samples are offered", () -> bot.syncCall(() -> link.getData(EmptyEditorArea.CHOICES) instanceof Menu menu
				&& !menu.isDisposed() && menu.isVisible()));
		Menu menu = (Menu) bot.syncCall(() -> link.getData(EmptyEditorArea.CHOICES));
		List<String> samples = bot.syncCall(() -> Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
		assertTrue(samples.size() >= 2 && samples.stream().anyMatch(name -> name.startsWith("再生医療・遺伝子治療 (002)")), "samples: " + samples);
		bot.screenshot("empty-editor-area-samples.png");
		assertNull(bot.syncCall(link::getToolTipText), "the link's tooltip does not cover the open menu");
		bot.syncRun(() -> {
			MenuItem saisei = Arrays.stream(menu.getItems()).filter(item -> item.getText().startsWith("再生医療")).findFirst().orElseThrow();
			menu.setVisible(false);
			saisei.notifyListeners(SWT.Selection, new Event());
		});
		bot.waitUntil("the tooltip is back once the menu is closed", () -> tip.equals(bot.syncCall(link::getToolTipText)));
		bot.waitUntil("the sample is open", () -> bot.syncCall(() -> {
			IEditorPart editor = bot.page().getActiveEditor();
			return editor != null && editor.getTitle().equals("saisei-iryo-2022.hyoka");
		}));
		bot.waitUntil("the links are hidden while an editor is open", () -> !bot.syncCall(link::isVisible));
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		bot.waitUntil("the links are back once the editor is closed", () -> bot.syncCall(link::isVisible));
	}

	/** The texts of the visible links of the empty editor area, in their order; waits for them. */
	static List<String> linkTexts(WorkbenchBot bot) {
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		bot.waitUntil("the empty editor area's links", () -> bot.syncCall(() -> links(bot).size() == ACTIONS.size()));
		return bot.syncCall(() -> {
			List<Link> links = links(bot);
			assertEquals(ACTIONS, links.stream().map(link -> link.getData(EmptyEditorArea.ACTION)).toList());
			return links.stream().map(link -> link.getText().replaceAll("</?a>", "")).toList();
		});
	}

	private static Link link(WorkbenchBot bot, String action) {
		linkTexts(bot);
		return bot.syncCall(() -> links(bot).stream().filter(link -> action.equals(link.getData(EmptyEditorArea.ACTION))).findFirst().orElseThrow());
	}

	private static List<Link> links(WorkbenchBot bot) {
		return UiBot.findAll(bot.window().getShell(), Link.class, link -> link.isVisible() && link.getData(EmptyEditorArea.ACTION) != null);
	}

	/** Clicks as a user does; asynchronous, as the link may open a modal dialog. */
	private void click(Link link) {
		bot.display().asyncExec(() -> link.notifyListeners(SWT.Selection, new Event()));
	}
}
