package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.hyoka.edit.ui.TreeEditing;
import org.hyoka.edit.ui.TreeEditing.DropLocation;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.ModelOutlinePage;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationCommittee;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Tree page's context menu, the Edit menu, the Delete key and drag and drop change the model through the item
 * providers' commands, each undoable.
 */
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

	@Test
	void newSiblingAndCutAndPasteThroughTheEditMenu() throws Exception {
		EvaluationEditor editor = open();
		TreePage page = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		Control tree = bot.syncCall(() -> page.viewer().getControl());
		EvaluationCommittee committee = bot.syncCall(() -> editor.report().getCommittee());
		List<CommitteeMember> members = bot.syncCall(() -> List.copyOf(committee.getMembers()));
		CommitteeMember first = members.get(0);

		select(page, first);
		List<String> siblings = bot.contextMenu(tree, "New Sibling").itemLabels();
		String member = siblings.stream().filter(label -> label.contains("Committee Member")).findFirst()
				.orElseThrow(() -> new AssertionError("New Sibling offers " + siblings));
		bot.contextMenu(tree, "New Sibling", member).click();
		bot.waitUntil("a member is added beside the others", () -> committee.getMembers().size() == members.size() + 1);
		CommitteeMember added = bot.syncCall(() -> committee.getMembers().stream().filter(m -> !members.contains(m)).findFirst().orElseThrow());
		assertSame(added, selected(page), "the new sibling is selected");
		bot.screenshot("tree-new-sibling.png");

		// the Edit menu acts on the tree's objects when the tree has the keyboard
		select(page, first);
		bot.syncRun(tree::setFocus);
		bot.windowShell().menu("Edit", "Cut").click();
		bot.waitUntil("Cut takes the member away", () -> !committee.getMembers().contains(first));
		assertEquals("Cut", undoLabel(editor));
		select(page, committee);
		bot.syncRun(tree::setFocus);
		bot.windowShell().menu("Edit", "Paste").click();
		bot.waitUntil("Paste puts it back", () -> committee.getMembers().size() == members.size() + 1);
		CommitteeMember pasted = bot.syncCall(() -> committee.getMembers().get(committee.getMembers().size() - 1));
		assertEquals(bot.syncCall(() -> first.getPerson()), bot.syncCall(() -> pasted.getPerson()), "the pasted member is the one cut");
		bot.screenshot("tree-cut-pasted.png");
		bot.windowShell().menu("Edit", "Undo Paste").click();
		bot.waitUntil("Undo takes the paste back", () -> committee.getMembers().size() == members.size());
		bot.windowShell().menu("Edit", "Undo Cut").click();
		bot.waitUntil("Undo puts the cut member back in its place", () -> committee.getMembers().indexOf(first) == 0);
	}

	@Test
	void theDeleteKeyDeletesTheSelectedObject() throws Exception {
		EvaluationEditor editor = open();
		TreePage page = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		Evaluation evaluation = bot.syncCall(() -> editor.report().getEvaluations().get(0));
		EvaluationComment comment = bot.syncCall(() -> evaluation.getComments().get(0));
		select(page, comment);
		bot.syncRun(() -> page.viewer().getControl().setFocus());

		// what the key runs is what its binding names: the workbench's Delete, whose handler the editor supplies
		ParameterizedCommand pressed = bot.syncCall(() -> {
			IBindingService bindings = bot.window().getService(IBindingService.class);
			Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(KeyStroke.getInstance(SWT.DEL)));
			return binding == null ? null : binding.getParameterizedCommand();
		});
		assertEquals(IWorkbenchCommandConstants.EDIT_DELETE, pressed == null ? null : pressed.getId(), "the Delete key deletes");
		bot.syncRun(() -> {
			try {
				bot.window().getService(IHandlerService.class).executeCommand(pressed, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		bot.waitUntil("the comment is deleted", () -> !evaluation.getComments().contains(comment));
		assertEquals("Delete", undoLabel(editor));
	}

	@Test
	void aDeleteKeyPressedOnTheTreeDeletesAndUndoRestores() throws Exception {
		EvaluationEditor editor = open();
		TreePage page = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		Control tree = bot.syncCall(() -> page.viewer().getControl());
		Evaluation evaluation = bot.syncCall(() -> editor.report().getEvaluations().get(0));
		EvaluationComment comment = bot.syncCall(() -> evaluation.getComments().get(0));
		select(page, comment);
		bot.syncRun(() -> {
			bot.page().activate(editor);
			tree.setFocus();
		});
		bot.waitUntil("the tree has the keyboard", () -> bot.display().getFocusControl() == tree);

		bot.pressKey(tree, SWT.DEL);
		bot.waitUntil("the Delete key deletes the comment", () -> !evaluation.getComments().contains(comment));
		bot.screenshot("tree-delete-key.png");
		bot.syncRun(() -> editor.model().commandStack().undo());
		bot.flush();
		assertEquals(comment, bot.syncCall(() -> evaluation.getComments().get(0)), "Undo puts the comment back in its place");
	}

	@Test
	void dragAndDropMovesAndCopiesObjects() throws Exception {
		EvaluationEditor editor = open();
		TreePage page = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		Evaluation evaluation = bot.syncCall(() -> editor.report().getEvaluations().get(0));
		List<EvaluationComment> comments = bot.syncCall(() -> List.copyOf(evaluation.getComments()));
		EvaluationComment first = comments.get(0);
		EvaluationComment second = comments.get(1);
		select(page, first);
		bot.syncRun(() -> page.viewer().getControl().setFocus());
		TreeEditing editing = bot.syncCall(page::focusedEditing);

		assertTrue(bot.syncCall(() -> editing.drop(List.of(first), second, DropLocation.AFTER, false)), "a comment moves after another");
		assertEquals(List.of(second, first), bot.syncCall(() -> evaluation.getComments().subList(0, 2)));
		assertEquals(comments.size(), bot.syncCall(() -> evaluation.getComments().size()));
		assertEquals("Move", undoLabel(editor));

		assertTrue(bot.syncCall(() -> editing.drop(List.of(first), second, DropLocation.BEFORE, true)), "a comment is copied before another");
		assertEquals(comments.size() + 1, bot.syncCall(() -> evaluation.getComments().size()));
		EvaluationComment copy = bot.syncCall(() -> evaluation.getComments().get(0));
		assertEquals(bot.syncCall(first::getText), bot.syncCall(copy::getText));
		assertNotEquals(bot.syncCall(first::getId), bot.syncCall(copy::getId), "a dropped copy gets an id of its own");
		assertEquals("Copy", undoLabel(editor));

		// a comment cannot hold a committee: the drop is refused and nothing changes
		EvaluationCommittee committee = bot.syncCall(() -> editor.report().getCommittee());
		Command before = bot.syncCall(() -> editor.model().commandStack().getUndoCommand());
		assertFalse(bot.syncCall(() -> editing.drop(List.of(committee), first, DropLocation.ON, false)));
		assertSame(before, bot.syncCall(() -> editor.model().commandStack().getUndoCommand()));
		bot.screenshot("tree-dropped.png");
	}

	@Test
	void theOutlineHasTheTreePagesMenu() throws Exception {
		EvaluationEditor editor = open();
		ModelOutlinePage outline = OpenedEditors.outline(bot, editor);
		Control tree = bot.syncCall(() -> outline.viewer().getControl());
		EvaluationCommittee committee = bot.syncCall(() -> editor.report().getCommittee());
		CommitteeMember member = bot.syncCall(() -> committee.getMembers().get(0));
		int members = bot.syncCall(() -> committee.getMembers().size());

		bot.syncRun(() -> {
			bot.page().activate(bot.page().findView(IPageLayout.ID_OUTLINE));
			outline.viewer().setSelection(new StructuredSelection(member), true);
			tree.setFocus();
		});
		bot.flush();
		List<String> entries = bot.contextMenu(tree, "New Sibling").itemLabels();
		assertTrue(entries.stream().anyMatch(label -> label.contains("Committee Member")), "New Sibling offers " + entries);
		// the rest of the Tree page's menu is there too (each lookup fails when the entry is missing)
		for (String entry : List.of("New Child", "Cut", "Copy", "Paste")) {
			bot.contextMenu(tree, entry);
		}
		bot.contextMenu(tree, "Delete").click();
		bot.waitUntil("Delete in the Outline deletes the member", () -> committee.getMembers().size() == members - 1);
		bot.screenshot("outline-deleted.png");
		bot.windowShell().menu("Edit", "Undo Delete").click();
		bot.waitUntil("Undo, with the Outline active, brings it back", () -> committee.getMembers().contains(member));

		// Copy and Paste on the Outline's keyboard: the Edit menu acts on its objects
		bot.syncRun(() -> {
			outline.viewer().setSelection(new StructuredSelection(member), true);
			tree.setFocus();
		});
		bot.windowShell().menu("Edit", "Copy").click();
		bot.flush();
		bot.syncRun(() -> {
			outline.viewer().setSelection(new StructuredSelection(committee), true);
			tree.setFocus();
		});
		bot.windowShell().menu("Edit", "Paste").click();
		bot.waitUntil("the copy is pasted into the committee", () -> committee.getMembers().size() == members + 1);
		assertEquals("Paste", undoLabel(editor));

		// the groups of organizations and people, last under the report, show the icon of what they hold
		TreeItem[] last = bot.syncCall(() -> {
			TreeItem report = outline.viewer().getTree().getItem(0);
			TreeItem[] children = report.getItems();
			outline.viewer().getTree().setTopItem(children[children.length - 1]);
			return new TreeItem[] { children[children.length - 2], children[children.length - 1] };
		});
		for (TreeItem group : last) {
			assertTrue(bot.syncCall(() -> group.getImage() != null && group.getData() != null && !(group.getData() instanceof EObject)),
					bot.syncCall(group::getText) + " is a group with an icon");
		}
		bot.flush();
		bot.screenshot("outline-groups.png");
	}

	@Test
	void selectingARowInViewOfATreeAlreadyDrawnLeavesItsScrolling() throws Exception {
		// an editor of its own: one left open by an earlier test keeps its pages' selections and scrolling
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		EvaluationEditor editor = open();
		TreePage page = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		Tree tree = bot.syncCall(() -> page.viewer().getTree());
		bot.syncRun(page.viewer()::expandAll);
		bot.settlePainting(tree);
		// scrolled down a few rows, as a user does, and a row below the top one selected
		TreeItem top = bot.syncCall(() -> rows(tree.getItems()).get(5));
		bot.syncRun(() -> tree.setTopItem(top));
		// the scrolling the test starts from, as the tree shows it
		bot.waitUntil("the tree is scrolled to its sixth row", () -> tree.getTopItem() == top);
		bot.settlePainting(tree);
		TreeItem below = bot.syncCall(() -> rows(tree.getItems()).get(rows(tree.getItems()).indexOf(top) + 2));
		assertTrue(bot.syncCall(() -> tree.getClientArea().contains(below.getBounds().x, below.getBounds().y + below.getBounds().height - 1)),
				"the row is in view");

		Object row = bot.syncCall(below::getData);
		Rectangle shown = bot.syncCall(below::getBounds);
		bot.syncRun(() -> page.select(new StructuredSelection(row), false));
		bot.settlePainting(tree);
		assertSame(row, selected(page));
		// the row stays where the user saw it, not brought to the top as on a tree not drawn yet. Compared in pixels, to
		// less than a row: GTK measures rows after a scroll and may shift them by a few pixels, and the top row is the one
		// under the tree's first pixel, so a shift of four pixels made the row before it the top one in some runs.
		Rectangle now = bot.syncCall(below::getBounds);
		int moved = Math.abs(now.y - shown.y);
		assertTrue(moved < shown.height, "the selected row " + bot.syncCall(below::getText) + " stayed where it was shown: "
				+ shown + " before, " + now + " after, in " + bot.syncCall(tree::getClientArea));
	}

	/**
	 * The Tree page's form laid out again, as a page's message or a resize of the window does, after the tree was
	 * expanded whole: the tree keeps the form's size and scrolls its rows itself. Before, the form sized the tree to
	 * all its rows, as wide as the widest, and the X server refused a window that large (BadAlloc: GTK ended the
	 * workbench).
	 */
	@Test
	void aTreeExpandedWholeKeepsTheFormsSizeWhenTheFormIsLaidOutAgain() throws Exception {
		EvaluationEditor editor = open();
		TreePage page = bot.syncCall(() -> (TreePage) editor.setActivePage(TreePage.ID));
		Tree tree = bot.syncCall(() -> page.viewer().getTree());
		bot.syncRun(page.viewer()::expandAll);
		bot.syncRun(() -> page.getManagedForm().reflow(true));
		bot.settlePainting(tree);
		Rectangle form = bot.syncCall(() -> page.getManagedForm().getForm().getClientArea());
		Point size = bot.syncCall(tree::getSize);
		assertTrue(size.x <= form.width && size.y <= form.height, "the tree, " + size + ", fits the form, " + form);
	}

	/** The rows of the tree as it shows them, expanded ones' children after them. */
	private static List<TreeItem> rows(TreeItem[] items) {
		List<TreeItem> rows = new ArrayList<>();
		for (TreeItem item : items) {
			rows.add(item);
			if (item.getExpanded()) {
				rows.addAll(rows(item.getItems()));
			}
		}
		return rows;
	}

	private EvaluationEditor open() throws Exception {
		return (EvaluationEditor) bot.openEditor(SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null));
	}

	private Object selected(TreePage page) {
		return bot.syncCall(() -> ((IStructuredSelection) page.viewer().getSelection()).getFirstElement());
	}

	private String undoLabel(EvaluationEditor editor) {
		return bot.syncCall(() -> editor.model().commandStack().getUndoCommand().getLabel());
	}

	private void select(TreePage page, Object object) {
		bot.syncRun(() -> page.viewer().setSelection(new StructuredSelection(object), true));
		bot.flush();
	}
}
