package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.edit.ui.Spreadsheet;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.CommentsPage;
import org.hyoka.editor.internal.Messages;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The header of each evaluation's comments counts praise (〇) and points to improve (●) as the user edits them. */
class CommentCountsTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();
	private EvaluationEditor editor;
	private CommentsPage page;
	/** The first evaluation of the sample and its comments' counts before the test. */
	private Evaluation first;
	private int positive;
	private int negative;

	@Test
	void aCommentAddedAndMarkedCountsAtOnce() throws Exception {
		openComments();
		assertEquals(counts(positive, negative), bot.syncCall(() -> page.shownCounts(first)), "as the report holds them");

		int before = bot.syncCall(() -> first.getComments().size());
		addComment();
		bot.waitUntil("Add adds a comment", () -> bot.syncCall(() -> first.getComments().size()) == before + 1);
		bot.flush();
		assertEquals(counts(positive + 1, negative), bot.syncCall(() -> page.shownCounts(first)), "a new comment is praise");

		EvaluationComment added = bot.syncCall(() -> first.getComments().get(before));
		bot.syncRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), added,
				EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY, CommentPolarity.NEGATIVE)));
		bot.flush();
		assertEquals(counts(positive, negative + 1), bot.syncCall(() -> page.shownCounts(first)), "marked ●, it counts as a point to improve");
		bot.screenshot("comment-counts.png");
	}

	@Test
	void commentsCopiedFromASpreadsheetArePastedWhileTheNewRowsItemListIsOpen() throws Exception {
		openComments();
		int before = bot.syncCall(() -> first.getComments().size());
		addComment();
		bot.waitUntil("the new comment's item list is open", () -> bot.display().getFocusControl() instanceof Text text
				&& text.getParent() instanceof CCombo);
		CCombo items = bot.syncCall(() -> (CCombo) bot.display().getFocusControl().getParent());
		String last = bot.syncCall(() -> items.getItem(items.getItemCount() - 1));

		// the item, the mark and the text of two comments, as Excel copies three columns of two rows
		bot.setClipboard(last + "\t●\t成果の普及計画が不十分である。\r\n" + last + "\t〇\t目標設定が明確である。\r\n");
		bot.pressKey(bot.syncCall(() -> bot.display().getFocusControl()), 'v', SWT.MOD1);
		bot.waitUntil("the block fills the new row and adds one", () -> bot.syncCall(() -> first.getComments().size()) == before + 2);
		EvaluationComment pasted = bot.syncCall(() -> first.getComments().get(before));
		assertEquals(CommentPolarity.NEGATIVE, pasted.getPolarity());
		assertEquals("成果の普及計画が不十分である。", pasted.getText());
		assertEquals(last, bot.syncCall(() -> PropertyLabels.of(editor.model().adapterFactory(), pasted,
				EvaluationPackage.Literals.EVALUATION_COMMENT__ITEM, pasted.getItem())), "the item named");
		assertNull(pasted.getItemPrinted(), "the item the row above printed, which the new row took, goes with its item");
		assertEquals(CommentPolarity.POSITIVE, bot.syncCall(() -> first.getComments().get(before + 1).getPolarity()));
		bot.flush();
		assertEquals(counts(positive + 1, negative + 1), bot.syncCall(() -> page.shownCounts(first)), "both count at once");
		bot.screenshot("comments-pasted.png");

		// Tab reaches the comment's cell; typing there goes on in the field below, which holds the whole text
		Table table = bot.syncCall(() -> (Table) items.getParent());
		bot.syncRun(() -> Spreadsheet.on(table).focus(before, 2));
		bot.pressKey(table, '!');
		Control field = bot.syncCall(() -> bot.display().getFocusControl());
		assertEquals("成果の普及計画が不十分である。!", bot.syncCall(() -> ((Text) field).getText()), "typed on at the end of the text");
	}

	/** Sample 001 on its Comments page. */
	private void openComments() throws Exception {
		editor = (EvaluationEditor) bot.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		page = bot.syncCall(() -> (CommentsPage) editor.setActivePage(CommentsPage.ID));
		first = bot.syncCall(() -> editor.report().getEvaluations().get(0));
		positive = count(first, CommentPolarity.POSITIVE);
		negative = count(first, CommentPolarity.NEGATIVE);
	}

	/** Clicks the first evaluation's Add button for comments. */
	private void addComment() {
		String add = "Add " + bot.syncCall(() -> PropertyLabels.typeName(editor.model().adapterFactory(), EvaluationPackage.Literals.EVALUATION_COMMENT));
		bot.button(bot.syncCall(page::getPartControl), add).click();
	}

	private int count(Evaluation evaluation, CommentPolarity polarity) {
		return bot.syncCall(() -> (int) evaluation.getComments().stream().filter(c -> c.getPolarity() == polarity).count());
	}

	private static String counts(int positive, int negative) {
		return NLS.bind(Messages.sectionCommentsDescription, positive, negative);
	}
}
