package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Tree page's context menu changes the model through the item providers' commands, each undoable. */
class TreeEditingTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void newChildDeleteCopyAndPasteGoThroughTheCommandStack() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot
				.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
		TreePage page = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		Control tree = bot.syncCall(() -> page.viewer().getControl());
		EvaluationCommittee committee = bot.syncCall(() -> editor.report().getCommittee());
		int members = bot.syncCall(() -> committee.getMembers().size());

		select(page, committee);
		List<String> children = bot.contextMenu(tree, "New Child").itemLabels();
		String member = children.stream().filter(label -> label.contains("Committee Member")).findFirst()
				.orElseThrow(() -> new AssertionError("New Child offers " + children));
		bot.contextMenu(tree, "New Child", member).click();
		bot.waitUntil("a member is added", () -> committee.getMembers().size() == members + 1);
		bot.screenshot("tree-new-child.png");

		// the new member is selected: Delete takes it away, Undo brings it back
		bot.contextMenu(tree, "Delete").click();
		bot.waitUntil("the member is deleted", () -> committee.getMembers().size() == members);
		bot.windowShell().menu("Edit", "Undo Delete").click();
		bot.waitUntil("the member is back", () -> committee.getMembers().size() == members + 1);

		Evaluation evaluation = bot.syncCall(() -> editor.report().getEvaluations().get(0));
		EvaluationComment original = bot.syncCall(() -> evaluation.getComments().get(0));
		int comments = bot.syncCall(() -> evaluation.getComments().size());
		select(page, original);
		Command before = bot.syncCall(() -> editor.model().commandStack().getUndoCommand());
		bot.contextMenu(tree, "Copy").click();
		bot.flush();
		assertSame(before, bot.syncCall(() -> editor.model().commandStack().getUndoCommand()), "copying changes nothing to undo");
		select(page, evaluation);
		bot.contextMenu(tree, "Paste").click();
		bot.waitUntil("the comment is pasted", () -> evaluation.getComments().size() == comments + 1);
		EvaluationComment pasted = bot.syncCall(() -> evaluation.getComments().get(comments));
		assertEquals(bot.syncCall(original::getText), bot.syncCall(pasted::getText));
		assertNotEquals(bot.syncCall(original::getId), bot.syncCall(pasted::getId), "a pasted copy gets an id of its own");
		bot.screenshot("tree-pasted.png");

		bot.windowShell().menu("Edit", "Undo Paste").click();
		bot.waitUntil("the paste is undone", () -> evaluation.getComments().size() == comments);
	}

	private void select(TreePage page, Object object) {
		bot.syncRun(() -> page.viewer().setSelection(new StructuredSelection(object), true));
		bot.flush();
	}
}
