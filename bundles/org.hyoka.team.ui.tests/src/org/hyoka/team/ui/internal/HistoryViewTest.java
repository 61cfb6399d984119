package org.hyoka.team.ui.internal;

import static org.hyoka.team.ui.internal.TeamMenuTest.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.NarrativeSection;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An evaluation with four versions by three people in a folder shared through Git: Team > History lists them, what
 * each changed by object and item, and two compared; an object and then the whole file are restored from the first
 * version into the open editor, each undone with Edit > Undo. A screenshot per step.
 */
class HistoryViewTest {

	private static final String FILE = TeamMenuTest.FILE;
	private static final Path SAMPLE = TeamMenuTest.SAMPLE;

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@TempDir
	Path outside;

	private static Evaluation scored(EvaluationReport report) {
		return report.getEvaluations().stream().filter(evaluation -> evaluation.getScoreTable() != null).findFirst().orElseThrow();
	}

	private static String comment(EvaluationReport report) {
		return scored(report).getComments().get(0).getText();
	}

	@Test
	void theHistoryShowsWhoChangedWhatAndRestoresAsOneUndoableChange() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("hyoka-history");
		project.create(null);
		project.open(null);
		Path file = project.getLocation().toPath().resolve(FILE);
		EvaluationReport sample = HyokaFiles.load(SAMPLE);
		int base = score(sample).getValue();
		int changed = (base + 1) % 4;
		String text = comment(sample);
		int members = sample.getCommittee().getMembers().size();
		try (Git git = Git.init().setDirectory(project.getLocation().toFile()).call()) {
			HyokaFiles.save(sample, file);
			commit(git, "担当者A", "最初の版");
			edit(file, report -> score(report).setValue(changed));
			commit(git, "担当者B", "委員2の評点");
			edit(file, report -> scored(report).getComments().get(0).setText("書き直した意見"));
			commit(git, "担当者C", "意見の修正");
			edit(file, report -> report.getCommittee().getMembers().add(member(report)));
			commit(git, "担当者B", "委員の追加");
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFile shown = project.getFile(FILE);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(shown);

		bot.windowShell().menu("Team", "History").click();
		bot.waitUntil("the History view shows", () -> bot.viewTitle(HistoryView.ID) != null);
		zoom(true); // legible screenshots of the lists
		Table versions = table("Author");
		Table changes = table("Before");
		bot.waitUntil("four versions", () -> bot.syncCall(versions::getItemCount) == 4);
		assertEquals(List.of("担当者B", "委員の追加"), bot.syncCall(() -> cells(versions.getItem(0))).subList(1, 3));
		assertEquals(List.of("担当者A", "最初の版"), bot.syncCall(() -> cells(versions.getItem(3))).subList(1, 3));
		String first = bot.syncCall(() -> versions.getItem(3).getText(3));

		// the newest version, selected at first: a member added
		List<List<String>> added = rows(changes);
		assertEquals(1, added.size(), added.toString());
		assertTrue(added.get(0).get(0).contains("鈴木 潤"), added.toString());
		assertEquals("Added to Members", added.get(0).get(1));
		bot.screenshot(screenshots("team-history-member-added.png"));

		// a member's score, before and after
		select(versions, 2);
		List<List<String>> score = rows(changes);
		assertEquals(1, score.size(), score.toString());
		assertTrue(score.get(0).get(0).startsWith("Evaluator score 評価者2 ") && score.get(0).get(0).contains(" (Project A "), score.toString());
		assertEquals(List.of("Score", String.valueOf(base), String.valueOf(changed)), score.get(0).subList(1, 4));
		bot.screenshot(screenshots("team-history-score.png"));

		// the first and the newest version compared: everything since
		select(versions, 0, 3);
		List<List<String>> since = rows(changes);
		assertEquals(List.of("Added to Members", "Score", "Text"), since.stream().map(row -> row.get(1)).sorted().toList(), since.toString());
		assertTrue(since.stream().anyMatch(row -> row.get(3).equals("書き直した意見")), since.toString());
		bot.screenshot(screenshots("team-history-compared.png"));

		// the score alone restored from the first version, then undone
		zoom(false);
		Composite view = bot.syncCall(changes::getParent);
		select(changes, since.indexOf(since.stream().filter(row -> row.get(1).equals("Score")).findFirst().orElseThrow()));
		bot.button(view, "Restore This Object").click();
		bot.waitUntil("the score as it was first", () -> bot.syncCall(() -> score(editor.report()).getValue()) == base);
		assertEquals("書き直した意見", bot.syncCall(() -> comment(editor.report())), "nothing else changes");
		assertTrue(bot.syncCall(editor::isDirty), "restored, not saved");
		bot.screenshot(screenshots("team-history-object-restored.png"));
		bot.windowShell().menu("Edit", "Undo Restore Object from " + first).click();
		bot.waitUntil("Undo gives the score back", () -> bot.syncCall(() -> score(editor.report()).getValue()) == changed);

		// the whole file restored from the first version, undone and redone
		bot.syncRun(() -> bot.page().activate(bot.page().findView(HistoryView.ID)));
		select(versions, 3);
		assertEquals(0, rows(changes).size(), "the first version lists no changes");
		bot.button(view, "Restore This File from This Version").click();
		bot.waitUntil("the file as it was first", () -> bot.syncCall(() -> score(editor.report()).getValue()) == base);
		assertEquals(text, bot.syncCall(() -> comment(editor.report())));
		assertEquals(members, bot.syncCall(() -> editor.report().getCommittee().getMembers().size()).intValue());
		bot.screenshot(screenshots("team-history-file-restored.png"));
		bot.windowShell().menu("Edit", "Undo Restore File from " + first).click();
		bot.waitUntil("Undo gives every change back", () -> bot.syncCall(() -> score(editor.report()).getValue()) == changed);
		assertEquals("書き直した意見", bot.syncCall(() -> comment(editor.report())));
		assertEquals(members + 1, bot.syncCall(() -> editor.report().getCommittee().getMembers().size()).intValue());
		bot.windowShell().menu("Edit", "Redo Restore File from " + first).click();
		bot.waitUntil("Redo restores again", () -> bot.syncCall(() -> editor.report().getCommittee().getMembers().size()) == members);
		assertFalse(bot.syncCall(() -> comment(editor.report())).equals("書き直した意見"));
	}

	/** A secretariat moved a narrative section up and rewrote another: a row for the move with its places, one for the edit. */
	@Test
	void aSectionMovedIsOneRowBesideAnEdit() throws Exception {
		IProject project = twoVersions("hyoka-moved", report -> {
			report.getProgram().getNarratives().move(1, 2);
			report.getProgram().getNarratives().get(4).setText("書き直した本文");
		}, "担当者B", "節の並べ替え");
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(project.getFile(FILE));

		bot.windowShell().menu("Team", "History").click();
		bot.waitUntil("the History view shows", () -> bot.viewTitle(HistoryView.ID) != null);
		zoom(true);
		Table versions = table("Author");
		Table changes = table("Before");
		bot.waitUntil("two versions", () -> bot.syncCall(versions::getItemCount) == 2);
		List<List<String>> rows = rows(changes);
		assertEquals(2, rows.size(), rows.toString());
		assertTrue(rows.get(0).get(0).contains("（３）本事業の位置づけ"), rows.toString());
		assertEquals(List.of("Moved in Narrative sections", "position 3", "position 2"), rows.get(0).subList(1, 4));
		assertEquals(List.of("Text", "書き直した本文"), List.of(rows.get(1).get(1), rows.get(1).get(3)));
		bot.screenshot(screenshots("team-history-moved.png"));
		// the shared run's next tests need the workbench's layout back
		zoom(false);

		// the moved row, restored from the first version, puts the section back in its place and leaves the edit
		select(versions, 0, 1);
		select(changes, 0);
		bot.button(bot.syncCall(changes::getParent), "Restore This Object").click();
		bot.waitUntil("the section back in third place", () -> bot.syncCall(() -> headings(editor.report()).get(2)).startsWith("（３）本事業の位置づけ"));
		assertEquals("書き直した本文", bot.syncCall(() -> editor.report().getProgram().getNarratives().get(4).getText()), "the other section keeps its edit");
		bot.screenshot(screenshots("team-history-moved-restored.png"));
	}

	private static List<String> headings(EvaluationReport report) {
		return report.getProgram().getNarratives().stream().map(NarrativeSection::getHeadingPrinted).toList();
	}

	@Test
	void showHistoryInTheProjectExplorerShowsTheSelectedFilesHistory() throws Exception {
		IProject project = twoVersions("hyoka-explorer", report -> scored(report).getComments().get(0).setText("書き直した意見"), "担当者C", "意見の修正");
		// outside the build's own repository, which holds the workspace
		IProject plain = ResourcesPlugin.getWorkspace().getRoot().getProject("hyoka-plain");
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(plain.getName());
		description.setLocation(IPath.fromPath(outside));
		plain.create(description, null);
		plain.open(null);
		HyokaFiles.save(HyokaFiles.load(SAMPLE), plain.getLocation().toPath().resolve(FILE));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		plain.refreshLocal(IResource.DEPTH_INFINITE, null);

		Tree tree = explorer(project.getFile(FILE));
		bot.contextMenu(tree, "Show History").click();
		bot.waitUntil("the History view shows", () -> bot.viewTitle(HistoryView.ID) != null);
		Table versions = table("Author");
		bot.waitUntil("two versions", () -> bot.syncCall(versions::getItemCount) == 2);
		Label title = bot.find(bot.syncCall(versions::getParent), Label.class, "the title", label -> true);
		assertEquals("hyoka-explorer/saisei.hyoka: 2 versions. Select one to see what it changed, or two to compare them.",
				bot.syncCall(title::getText));
		List<List<String>> changes = rows(table("Before"));
		assertEquals(1, changes.size(), changes.toString());
		assertEquals(List.of("Text", "書き直した意見"), List.of(changes.get(0).get(1), changes.get(0).get(3)));

		// a file in a folder that is not shared through Git has no history
		explorer(plain.getFile(FILE));
		bot.waitUntil("the view follows the selection", () -> bot.syncCall(title::getText).startsWith("hyoka-plain"));
		assertEquals("hyoka-plain/saisei.hyoka is not in a folder shared through Git (Team > Clone...): it has no history.",
				bot.syncCall(title::getText));
		assertEquals(0, bot.syncCall(versions::getItemCount).intValue());
	}

	@Test
	void aFileOpenedFromOutsideTheWorkspaceShowsItsHistoryAndIsRestoredInItsEditor() throws Exception {
		// a clone's folder the workspace does not show: the file opened as a double-click or the command line opens it
		Path file = outside.resolve(FILE);
		try (Git git = Git.init().setDirectory(outside.toFile()).call()) {
			HyokaFiles.save(HyokaFiles.load(SAMPLE), file);
			commit(git, "担当者A", "最初の版");
			edit(file, report -> scored(report).getComments().get(0).setText("書き直した意見"));
			commit(git, "担当者C", "意見の修正");
		}
		EvaluationEditor editor = (EvaluationEditor) bot.syncCall(() -> {
			try {
				return IDE.openEditor(bot.page(), file.toUri(), EvaluationEditor.ID, true);
			} catch (PartInitException e) {
				throw new AssertionError(file.toString(), e);
			}
		});

		bot.windowShell().menu("Team", "History").click();
		bot.waitUntil("the History view shows", () -> bot.viewTitle(HistoryView.ID) != null);
		Table versions = table("Author");
		bot.waitUntil("two versions", () -> bot.syncCall(versions::getItemCount) == 2);
		Label title = bot.find(bot.syncCall(versions::getParent), Label.class, "the title", label -> true);
		assertTrue(bot.syncCall(title::getText).startsWith(file + ": 2 versions."), bot.syncCall(title::getText));
		String first = bot.syncCall(() -> versions.getItem(1).getText(3));
		select(versions, 1);
		Table changes = table("Before");
		bot.button(bot.syncCall(changes::getParent), "Restore This File from This Version").click();
		bot.waitUntil("the comment as it was first", () -> !bot.syncCall(() -> comment(editor.report())).equals("書き直した意見"));
		assertEquals(1, bot.syncCall(() -> bot.page().getEditorReferences().length).intValue(), "restored in the editor open on the file");
		bot.windowShell().menu("Edit", "Undo Restore File from " + first).click();
		bot.waitUntil("Undo gives the change back", () -> bot.syncCall(() -> comment(editor.report())).equals("書き直した意見"));
	}

	/** A project of the workspace whose evaluation has two versions: the sample as 担当者A committed it first, then edited. */
	private static IProject twoVersions(String name, Consumer<EvaluationReport> change, String author, String message) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		Path file = project.getLocation().toPath().resolve(FILE);
		try (Git git = Git.init().setDirectory(project.getLocation().toFile()).call()) {
			HyokaFiles.save(HyokaFiles.load(SAMPLE), file);
			commit(git, "担当者A", "最初の版");
			edit(file, change);
			commit(git, author, message);
		}
		return project;
	}

	/** Selects the file in the Project Explorer, activated, as a click does; its tree. */
	private Tree explorer(IFile file) {
		IViewPart explorer = bot.showView(IPageLayout.ID_PROJECT_EXPLORER);
		bot.syncRun(() -> {
			bot.page().activate(explorer);
			((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
		});
		bot.waitUntil("the Project Explorer selects " + file, () -> explorer.getSite().getSelectionProvider().getSelection()
				instanceof StructuredSelection chosen && file.equals(chosen.getFirstElement()));
		bot.flush();
		return bot.syncCall(() -> (Tree) ((StructuredViewer) explorer.getSite().getSelectionProvider()).getControl());
	}

	private static CommitteeMember member(EvaluationReport report) {
		CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
		member.setId("mem-history");
		member.setRole(CommitteeRole.MEMBER);
		member.setPerson(report.getPersons().stream().filter(person -> "per-suzuki".equals(person.getId())).findFirst().orElseThrow());
		return member;
	}

	private static void edit(Path file, Consumer<EvaluationReport> change) throws Exception {
		EvaluationReport report = HyokaFiles.load(file);
		change.accept(report);
		HyokaFiles.save(report, file);
	}

	private static void commit(Git git, String author, String message) throws Exception {
		git.add().addFilepattern(".").call();
		git.commit().setAuthor(author, "team@example.org").setCommitter(author, "team@example.org").setMessage(message).call();
	}

	private void zoom(boolean maximized) {
		bot.syncRun(() -> bot.page().setPartState(bot.page().findViewReference(HistoryView.ID),
				maximized ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED));
	}

	/** The History view's table with the column. */
	private Table table(String column) {
		return bot.find(bot.syncCall(() -> bot.window().getShell()), Table.class, "the table with " + column,
				table -> Arrays.stream(table.getColumns()).anyMatch(each -> column.equals(each.getText())) && table.getColumnCount() == 4);
	}

	private void select(Table table, int... rows) {
		bot.syncRun(() -> {
			table.setSelection(rows);
			table.notifyListeners(SWT.Selection, new Event());
		});
	}

	private List<List<String>> rows(Table table) {
		return bot.syncCall(() -> Arrays.stream(table.getItems()).map(HistoryViewTest::cells).toList());
	}

	private static List<String> cells(TableItem item) {
		return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3));
	}

	private static Path screenshots(String name) {
		return Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), name);
	}
}
