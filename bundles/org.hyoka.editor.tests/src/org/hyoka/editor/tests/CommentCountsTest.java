package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.hyoka.edit.ui.PropertyLabels;
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

	@Test
	void aCommentAddedAndMarkedCountsAtOnce() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot
				.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		CommentsPage page = bot.syncCall(() -> (CommentsPage) editor.setActivePage(CommentsPage.ID));
		Evaluation first = bot.syncCall(() -> editor.report().getEvaluations().get(0));
		int positive = count(first, CommentPolarity.POSITIVE);
		int negative = count(first, CommentPolarity.NEGATIVE);
		assertEquals(counts(positive, negative), bot.syncCall(() -> page.shownCounts(first)), "as the report holds them");

		int before = bot.syncCall(() -> first.getComments().size());
		String add = "Add " + bot.syncCall(() -> PropertyLabels.typeName(editor.model().adapterFactory(), EvaluationPackage.Literals.EVALUATION_COMMENT));
		bot.button(bot.syncCall(page::getPartControl), add).click();
		bot.waitUntil(add + " adds a comment", () -> bot.syncCall(() -> first.getComments().size()) == before + 1);
		bot.flush();
		assertEquals(counts(positive + 1, negative), bot.syncCall(() -> page.shownCounts(first)), "a new comment is praise");

		EvaluationComment added = bot.syncCall(() -> first.getComments().get(before));
		bot.syncRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), added,
				EvaluationPackage.Literals.EVALUATION_COMMENT__POLARITY, CommentPolarity.NEGATIVE)));
		bot.flush();
		assertEquals(counts(positive, negative + 1), bot.syncCall(() -> page.shownCounts(first)), "marked ●, it counts as a point to improve");
		bot.screenshot("comment-counts.png");
	}

	private int count(Evaluation evaluation, CommentPolarity polarity) {
		return bot.syncCall(() -> (int) evaluation.getComments().stream().filter(c -> c.getPolarity() == polarity).count());
	}

	private static String counts(int positive, int negative) {
		return NLS.bind(Messages.sectionCommentsDescription, positive, negative);
	}
}
