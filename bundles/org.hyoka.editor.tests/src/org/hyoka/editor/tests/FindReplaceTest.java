package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.FindDialog;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.ProjectsPage;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.finance.FiscalYearAmount;
import org.hyoka.model.program.Program;
import org.hyoka.model.program.Project;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ctrl+F (or Ctrl+H) finds a phrase in every text and figure of the evaluation, whatever its width or case, opens the
 * page and field that show it with the phrase selected, goes on from there and round again; Replace All changes every
 * text in one command that one Undo takes back, and leaves figures to be typed anew.
 */
class FindReplaceTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void ctrlFFindsAPhraseInEveryTextOpensItsFieldAndReplaceAllIsOneUndo() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		bot.flush();
		Program program = bot.syncCall(() -> editor.report().getProgram());
		Project second = bot.syncCall(() -> program.getProjects().get(1));
		String programName = bot.syncCall(program::getNameJa);
		String projectName = bot.syncCall(second::getNameJa);
		// the phrase typed in two places, once in half-width letters and once in full-width capitals
		bot.syncRun(() -> {
			editor.model().commandStack().execute(SetCommand.create(editor.model().domain(), program, BasePackage.Literals.NAMED__NAME_JA, "Zebra " + programName));
			editor.model().commandStack().execute(SetCommand.create(editor.model().domain(), second, BasePackage.Literals.NAMED__NAME_JA, projectName + "（ＺＥＢＲＡ）"));
		});
		ShellBot dialog = ctrlFInTheOverview(editor);
		dialog.textWithLabel("Find:").setText("zebra");
		dialog.button("Next").click();
		assertEquals(OverviewPage.ID, bot.syncCall(() -> editor.getActivePageInstance().getId()), "the first is the program's name, on the Overview");
		assertTrue(status(dialog).startsWith("1 of 2: ") && status(dialog).endsWith(" \u203a Name (Japanese)"),
				"the status names the field as the Properties view does: " + status(dialog));
		assertEquals("Zebra", selectedIn(editor, "Zebra " + programName), "the phrase is selected in the program's name field");
		bot.screenshot("find-first.png");

		Object lastChange = bot.syncCall(() -> editor.model().commandStack().getUndoCommand());
		dialog.button("Next").click();
		assertEquals(ProjectsPage.ID, bot.syncCall(() -> editor.getActivePageInstance().getId()), "the second is a project's name, on the Projects page");
		assertTrue(status(dialog).startsWith("2 of 2: "), status(dialog));
		ProjectsPage projects = bot.syncCall(() -> (ProjectsPage) editor.getActivePageInstance());
		assertEquals(second, bot.syncCall(() -> projects.master().viewer().getStructuredSelection().getFirstElement()),
				"full-width capitals match: the project's row in the list of projects is selected");
		assertTrue(context(dialog).contains("ＺＥＢＲＡ"), "the dialog shows the text around the match: " + context(dialog));
		assertEquals(lastChange, bot.syncCall(() -> editor.model().commandStack().getUndoCommand()), "finding changes nothing");
		assertEquals(dialog.widget(), bot.syncCall(() -> bot.display().getFocusControl().getShell()), "the keyboard stays in the dialog");
		bot.screenshot("find-second.png");

		dialog.button("Next").click();
		assertTrue(status(dialog).startsWith("1 of 2: ") && status(dialog).contains("(continued from the beginning)"), status(dialog));
		dialog.button("Previous").click();
		assertTrue(status(dialog).startsWith("2 of 2: ") && status(dialog).contains("(continued from the end)"), status(dialog));

		dialog.textWithLabel("Replace with:").setText("Okapi");
		dialog.button("Replace All").click();
		assertEquals("2 replaced.", status(dialog));
		assertEquals("Okapi " + programName, bot.syncCall(program::getNameJa));
		assertEquals(projectName + "（Okapi）", bot.syncCall(second::getNameJa));
		assertEquals("Replace All", bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel()));
		dialog.button("Next").click();
		assertEquals("\"zebra\" is not in this evaluation.", status(dialog));
		bot.screenshot("find-replaced.png");

		bot.syncRun(() -> editor.model().commandStack().undo());
		assertEquals("Zebra " + programName, bot.syncCall(program::getNameJa), "one Undo takes every replacement back");
		assertEquals(projectName + "（ＺＥＢＲＡ）", bot.syncCall(second::getNameJa));

		// Replace changes the match shown and goes on to the next
		dialog.button("Next").click();
		dialog.button("Replace").click();
		assertEquals("Okapi " + programName, bot.syncCall(program::getNameJa));
		assertEquals(projectName + "（ＺＥＢＲＡ）", bot.syncCall(second::getNameJa), "only the match shown is replaced");
		assertTrue(status(dialog).startsWith("1 of 1: "), status(dialog));
		assertEquals(second, bot.syncCall(() -> projects.master().viewer().getStructuredSelection().getFirstElement()));
		assertTrue(context(dialog).contains("[ＺＥＢＲＡ]"), "the phrase is marked in the text around it: " + context(dialog));
		dialog.close();

		// opened again, from the Edit menu, the dialog has the phrase and the replacement of the last time
		bot.windowShell().menu("Edit", "Find/Replace...").click();
		ShellBot again = bot.shell("Find/Replace");
		assertEquals("zebra", again.textWithLabel("Find:").getText());
		assertEquals("Okapi", again.textWithLabel("Replace with:").getText());
		again.close();

		// Ctrl+H, Word's key for Replace, opens it too
		activateWindow();
		bot.pressKey(bot.syncCall(() -> projects.master().viewer().getControl()), 'h', SWT.MOD1);
		bot.shell("Find/Replace").close();
	}

	/** Ctrl+F in a field goes on from the caret, as in Word: Next finds what follows it, Previous what comes before. */
	@Test
	void findGoesOnFromWhereTheKeyboardIs() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		bot.flush();
		Program program = bot.syncCall(() -> editor.report().getProgram());
		String name = "Zebra " + bot.syncCall(program::getNameJa) + "（Zebra）";
		bot.syncRun(() -> editor.model().commandStack().execute(SetCommand.create(editor.model().domain(), program, BasePackage.Literals.NAMED__NAME_JA, name)));
		OverviewPage overview = bot.syncCall(() -> (OverviewPage) editor.setActivePage(OverviewPage.ID));
		Text field = bot.find(overview.getPartControl(), Text.class, "the program's name", text -> text.isVisible() && text.getText().equals(name));
		int second = name.lastIndexOf("Zebra");

		ShellBot dialog = ctrlFWithTheCaretAt(field, 6);
		dialog.textWithLabel("Find:").setText("zebra");
		dialog.button("Next").click();
		assertTrue(status(dialog).startsWith("2 of 2: "), "the one after the caret: " + status(dialog));
		assertEquals(new Point(second, second + 5), bot.syncCall(field::getSelection));
		dialog.close();

		dialog = ctrlFWithTheCaretAt(field, 6);
		dialog.button("Previous").click();
		assertTrue(status(dialog).startsWith("1 of 2: "), "the one before the caret: " + status(dialog));
		assertEquals(new Point(0, 5), bot.syncCall(field::getSelection));
		dialog.close();
	}

	/**
	 * Without a window manager the window is made active after a dialog closed, until it is: the closed dialog's last
	 * events can take the activation back, and a key then reaches no binding.
	 */
	private void activateWindow() {
		Shell window = bot.windowShell().widget();
		bot.waitUntil("the window is active", () -> {
			window.forceActive();
			return bot.display().getActiveShell() == window;
		});
	}

	private ShellBot ctrlFWithTheCaretAt(Text field, int caret) {
		activateWindow();
		bot.syncRun(() -> {
			field.setFocus();
			field.setSelection(caret);
		});
		bot.pressKey(field, 'f', SWT.MOD1);
		return bot.shell("Find/Replace");
	}

	@Test
	void aFigureIsFoundAsItsFieldShowsItAndLeftToBeTypedAnew() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		bot.flush();
		// a budget cell's amount, searched in full-width digits as Excel's Ctrl+F finds a figure
		FiscalYearAmount cell = bot.syncCall(() -> (FiscalYearAmount) EcoreUtil.getObjectByType(allContents(editor), FinancePackage.Literals.FISCAL_YEAR_AMOUNT));
		bot.syncRun(() -> editor.model().commandStack().execute(SetCommand.create(editor.model().domain(), cell,
				FinancePackage.Literals.FISCAL_YEAR_AMOUNT__AMOUNT, new BigDecimal("987.650"))));
		Object lastChange = bot.syncCall(() -> editor.model().commandStack().getUndoCommand());
		ShellBot dialog = ctrlFInTheOverview(editor);
		dialog.textWithLabel("Find:").setText("\uff19\uff18\uff17.\uff16\uff15");
		dialog.textWithLabel("Replace with:").setText("1");
		dialog.button("Next").click();
		assertTrue(status(dialog).startsWith("1 of 1: "), status(dialog));
		assertTrue(context(dialog).contains("[987.65]0"), "the figure as its field shows it, in plain notation: " + context(dialog));
		assertEquals("987.650", bot.syncCall(() -> UiBot.findAll(editor.getActivePageInstance().getPartControl(), Table.class,
				table -> Spreadsheet.on(table) != null && Spreadsheet.on(table).focus() != null && table.getSelectionCount() > 0).stream()
				.map(table -> table.getItem(Spreadsheet.on(table).focus().row()).getText(Spreadsheet.on(table).focus().column()))
				.filter(text -> text.startsWith("987")).findFirst().orElse(null)), "the cell cursor is on the figure's cell");
		bot.screenshot("find-figure.png");

		dialog.button("Replace").click();
		assertEquals("This is a figure: it is found, not replaced. Type the new figure in its field.", status(dialog));
		dialog.button("Replace All").click();
		assertEquals("0 replaced; 1 in figures left as they are (type a new figure in its field).", status(dialog));
		assertEquals(new BigDecimal("987.650"), bot.syncCall(cell::getAmount), "the figure is unchanged");
		assertEquals(lastChange, bot.syncCall(() -> editor.model().commandStack().getUndoCommand()), "nothing was done to undo");
		dialog.close();
	}

	/** The dialog as Ctrl+F opens it with the keyboard in a field of the Overview. */
	private ShellBot ctrlFInTheOverview(EvaluationEditor editor) {
		OverviewPage overview = bot.syncCall(() -> (OverviewPage) editor.setActivePage(OverviewPage.ID));
		Text anyField = bot.find(overview.getPartControl(), Text.class, "a field of the Overview", text -> text.isVisible() && text.getEditable());
		bot.syncRun(anyField::setFocus);
		bot.pressKey(anyField, 'f', SWT.MOD1);
		return bot.shell("Find/Replace");
	}

	private static List<EObject> allContents(EvaluationEditor editor) {
		List<EObject> all = new ArrayList<>();
		editor.model().resource().getAllContents().forEachRemaining(all::add);
		return all;
	}

	private String status(ShellBot dialog) {
		return label(dialog, FindDialog.ROLE_STATUS);
	}

	private String context(ShellBot dialog) {
		return label(dialog, FindDialog.ROLE_CONTEXT);
	}

	private String label(ShellBot dialog, String role) {
		return bot.syncCall(() -> dialog.findAll(Label.class, label -> role.equals(label.getData(FindDialog.ROLE))).get(0).getText());
	}

	/** What is selected in the field of the active page that shows the text. */
	private String selectedIn(EvaluationEditor editor, String text) {
		return bot.syncCall(() -> UiBot.findAll(editor.getActivePageInstance().getPartControl(), Text.class, field -> field.getText().equals(text)).stream()
				.map(Text::getSelectionText).filter(selected -> !selected.isEmpty()).findFirst().orElse("")); //$NON-NLS-1$
	}
}
