package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.core.preferences.HyokaPreferences;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.CommentsPage;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanPreferences;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The author name of the Hyoka preferences: a comment the user adds records the committee member of that name. */
class CommentAuthorTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@RegisterExtension
	final CleanPreferences cleanPreferences = new CleanPreferences(HyokaPreferences.NODE);

	@Test
	void aCommentAddedOnTheCommentsPageIsByTheMemberThePreferencesName() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot
				.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		CommitteeMember member = bot.syncCall(() -> editor.report().getCommittee().getMembers().get(1));
		String name = bot.syncCall(() -> member.getPerson().getNameJa());
		// typed without the blank the report prints between family and given name
		HyokaPreferences.setAuthorName(name.replaceAll("[\\s\u3000]", ""));
		CommentsPage page = bot.syncCall(() -> (CommentsPage) editor.setActivePage(CommentsPage.ID));
		String add = "Add " + bot.syncCall(() -> PropertyLabels.typeName(editor.model().adapterFactory(), EvaluationPackage.Literals.EVALUATION_COMMENT));

		EvaluationComment mine = addComment(editor, page, add);
		assertEquals(member, bot.syncCall(mine::getAuthor), "the comment is " + name + "'s");
		bot.flush();
		bot.screenshot("comment-by-author.png");

		HyokaPreferences.setAuthorName("事務局 担当者");
		EvaluationComment secretariats = addComment(editor, page, add);
		assertNull(bot.syncCall(secretariats::getAuthor), "a name that is no member's records no author");
	}

	/** Clicks the first Add Comment button; the comment it adds. */
	private EvaluationComment addComment(EvaluationEditor editor, CommentsPage page, String button) {
		List<EvaluationComment> before = comments(editor);
		bot.button(bot.syncCall(page::getPartControl), button).click();
		bot.waitUntil(button + " adds a comment", () -> comments(editor).size() == before.size() + 1);
		return bot.syncCall(() -> comments(editor).stream().filter(comment -> !before.contains(comment)).findFirst().orElseThrow());
	}

	private List<EvaluationComment> comments(EvaluationEditor editor) {
		return bot.syncCall(() -> {
			List<EvaluationComment> all = new ArrayList<>();
			editor.report().getEvaluations().forEach(evaluation -> all.addAll(evaluation.getComments()));
			return all;
		});
	}
}
