package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.ScoresPage;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.program.Program;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Edit &gt; Cut, Copy, Paste, Delete and Select All act on the field or cell editor that has the keyboard, and Undo
 * names what it undoes for a page's field, a score cell and the Properties view alike.
 */
class EditMenuTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void theEditMenuCopiesPastesCutsAndDeletesInAField() throws Exception {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		OverviewPage page = bot.syncCall(() -> (OverviewPage) editor.setActivePage(OverviewPage.ID));
		Program program = bot.syncCall(() -> editor.report().getProgram());
		String name = bot.syncCall(program::getNameJa);
		Text field = bot.find(page.getPartControl(), Text.class, "the program's name field", text -> text.getText().equals(name));
		bot.syncRun(() -> {
			UiBot.reveal(field);
			field.setFocus();
			field.setText("Alpha");
			field.setSelection(2);
		});
		bot.windowShell().menu("Edit", "Select All").click();
		bot.waitUntil("Select All selects the field's text", () -> field.getSelectionText().equals("Alpha"));
		bot.windowShell().menu("Edit", "Copy").click();
		bot.flush();
		bot.syncRun(() -> field.setSelection(5));
		bot.windowShell().menu("Edit", "Paste").click();
		bot.waitUntil("Paste inserts the copied text", () -> field.getText().equals("AlphaAlpha"));
		bot.flush();
		bot.screenshot("edit-menu-pasted.png");

		bot.syncRun(() -> field.setSelection(0, 5));
		bot.windowShell().menu("Edit", "Cut").click();
		bot.waitUntil("Cut takes the selection away", () -> field.getText().equals("Alpha"));
		bot.syncRun(() -> field.setSelection(0));
		bot.windowShell().menu("Edit", "Delete").click();
		bot.waitUntil("Delete takes the character after the caret", () -> field.getText().equals("lpha"));
		bot.syncRun(() -> field.setSelection(4));
		bot.windowShell().menu("Edit", "Paste").click();
		bot.waitUntil("what was cut is on the clipboard", () -> field.getText().equals("lphaAlpha"));
		assertEquals(name, bot.syncCall(program::getNameJa), "the model changes when the field is left, not before");

		bot.syncRun(() -> field.notifyListeners(SWT.FocusOut, new Event()));
		bot.flush();
		assertEquals("lphaAlpha", bot.syncCall(program::getNameJa));
		assertEquals("Set Name", undoLabel(editor));
		bot.windowShell().menu("Edit", "Undo Set Name").click();
		bot.waitUntil("Undo restores the name", () -> name.equals(program.getNameJa()));
		bot.waitUntil("the field shows it", () -> field.getText().equals(name));
		// Ctrl+Y redoes, as in Word and Excel, also where GTK's own key is Ctrl+Shift+Z
		bot.pressKey(field, 'y', SWT.MOD1);
		bot.waitUntil("Ctrl+Y redoes the change", () -> "lphaAlpha".equals(program.getNameJa()));
	}

	@Test
	void undoNamesTheEvaluatorOfAScoreCell() {
		EvaluationEditor editor = open("saisei-iryo-2022");
		ScoresPage page = bot.syncCall(() -> (ScoresPage) editor.setActivePage(ScoresPage.ID));
		ScoresPage.ScoreView view = bot.syncCall(() -> page.views().get(0));
		ItemScore row = bot.syncCall(() -> view.evaluation().getScoreTable().getRows().get(0));
		EvaluatorScore first = bot.syncCall(() -> row.getScores().stream().filter(s -> s.getColumn() == 1).findFirst().orElseThrow());
		int changed = bot.syncCall(() -> first.getValue() == 0 ? 1 : 0);
		String evaluator = bot.syncCall(() -> view.viewer().getTable().getColumn(1).getText());

		bot.editCell(view.viewer(), row, 1, Integer.toString(changed));
		assertEquals(Integer.valueOf(changed), bot.syncCall(first::getValue));
		assertEquals("Set Score of " + evaluator, undoLabel(editor));
		bot.windowShell().menu("Edit", "Undo Set Score of " + evaluator).click();
		bot.waitUntil("Undo restores the score", () -> first.getValue() != changed);
	}

	@Test
	void undoNamesThePropertyEditedInThePropertiesView() {
		EvaluationEditor editor = open("soyaku-kiban-2021");
		PropertySheet properties = (PropertySheet) bot.showView(IPageLayout.ID_PROP_SHEET);
		Program program = bot.syncCall(() -> editor.report().getProgram());
		String name = bot.syncCall(program::getNameJa);
		TreePage tree = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		bot.syncRun(() -> {
			bot.page().activate(editor);
			tree.viewer().getControl().setFocus();
			tree.viewer().setSelection(new StructuredSelection(program), true);
		});
		bot.waitUntil("the Properties view shows the program", () -> row(properties, name) != null);
		TreeItem item = bot.syncCall(() -> row(properties, name));
		String property = bot.syncCall(() -> item.getText(0));

		// a click in the value column opens its cell editor, as a user's does
		bot.syncRun(() -> {
			bot.page().activate(properties);
			Tree table = item.getParent();
			table.setSelection(item);
			Rectangle cell = item.getBounds(1);
			Event click = new Event();
			click.button = 1;
			click.x = cell.x + 5;
			click.y = cell.y + cell.height / 2;
			table.notifyListeners(SWT.MouseDown, click);
			table.notifyListeners(SWT.MouseUp, click);
		});
		bot.waitUntil("a cell editor has the keyboard", () -> bot.display().getFocusControl() instanceof Text);
		bot.syncRun(() -> {
			Text cellEditor = (Text) bot.display().getFocusControl();
			cellEditor.setText("Renamed");
			cellEditor.notifyListeners(SWT.DefaultSelection, new Event());
		});
		bot.waitUntil("the Properties view sets the name", () -> "Renamed".equals(program.getNameJa()));
		bot.flush();
		bot.screenshot("properties-edited.png");
		assertEquals("Set " + property, undoLabel(editor));
		// undone from the Properties view itself, as a user does right after typing there
		assertEquals(properties, bot.syncCall(() -> bot.page().getActivePart()));
		bot.windowShell().menu("Edit", "Undo Set " + property).click();
		bot.waitUntil("Undo restores the name", () -> name.equals(program.getNameJa()));
		bot.waitUntil("the Properties view shows the name Undo restored", () -> row(properties, name) != null);
	}

	/** The Properties view's row whose value is this text. */
	private static TreeItem row(PropertySheet properties, String value) {
		Control control = properties.getCurrentPage().getControl();
		if (!(control instanceof Tree tree)) {
			return null;
		}
		List<TreeItem> items = new ArrayList<>();
		collect(tree.getItems(), items);
		return items.stream().filter(item -> item.getText(1).equals(value)).findFirst().orElse(null);
	}

	private static void collect(TreeItem[] level, List<TreeItem> into) {
		for (TreeItem item : level) {
			into.add(item);
			collect(item.getItems(), into);
		}
	}

	private EvaluationEditor open(String sample) {
		try {
			EvaluationEditor editor = (EvaluationEditor) bot.openEditor(SampleEvaluations.install(SampleEvaluations.find(sample).orElseThrow(), null));
			bot.flush();
			return editor;
		} catch (Exception e) {
			throw new IllegalStateException(sample, e);
		}
	}

	private String undoLabel(EvaluationEditor editor) {
		String label = bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel());
		assertTrue(label != null && !label.isEmpty(), "the command has a name");
		return label;
	}
}
