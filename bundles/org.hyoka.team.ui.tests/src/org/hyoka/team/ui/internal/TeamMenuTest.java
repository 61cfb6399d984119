package org.hyoka.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.Sharing;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two secretariat members share an evaluation through a bare repository on disk: one works in the workbench (Team >
 * Clone…, Publish…, Update), the other elsewhere (the headless sharing, as {@code hyoka team} does). Both change one
 * score, each in another way; the workbench's publication shows the conflict, theirs is chosen, undone and redone, and
 * the merge is published. A screenshot per step.
 */
class TeamMenuTest {

	static final String FILE = "saisei.hyoka";
	static final Path SAMPLE = Path.of("../org.hyoka.samples/samples/saisei-iryo-2022.hyoka");

	/** First, so that it is undone last: dialogs the workbench closes after a failure still see the test's settings. */
	@RegisterExtension
	@Order(1)
	final GitSettings git = new GitSettings("事務局 担当A");
	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@TempDir
	Path folder;

	/** The score both change: the second member's score of the first item of the first scored evaluation. */
	static EvaluatorScore score(EvaluationReport report) {
		return report.getEvaluations().stream().filter(evaluation -> evaluation.getScoreTable() != null).findFirst().orElseThrow()
				.getScoreTable().getRows().get(0).getScores().get(1);
	}

	@Test
	void aConflictingScoreIsShownChosenUndoneRedoneAndPublished() throws Exception {
		String shared = sharedRepository(folder);
		IProject project = cloneInTheWorkbench(shared, "hyoka-a");
		IFile file = project.getFile(FILE);
		assertTrue(file.exists(), "the cloned folder shows in the workspace with the evaluation");
		int base = score(HyokaFiles.load(file.getLocation().toPath())).getValue();
		int mine = (base + 1) % 4;
		int theirs = (base + 2) % 4;

		// the other member publishes first
		Path other = folder.resolve("b");
		Sharing.clone(shared, other, "hyoka");
		EvaluationReport report = HyokaFiles.load(other.resolve(FILE));
		score(report).setValue(theirs);
		HyokaFiles.save(report, other.resolve(FILE));
		assertTrue(Sharing.publish(other, "委員2の評点（B）").published());

		// in the workbench: the same score, another way, saved and published
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		EditingDomain domain = editor.getEditingDomain();
		EvaluatorScore edited = bot.syncCall(() -> score(editor.report()));
		bot.syncRun(() -> domain.getCommandStack().execute(SetCommand.create(domain, edited, edited.eClass().getEStructuralFeature("value"), mine)));
		bot.syncRun(() -> editor.doSave(null));
		ShellBot warning = publish("委員2の評点（A）");
		String text = warning.textContaining("conflicts");
		assertTrue(text.contains("others published first"), text);
		assertTrue(text.contains("your own value where it conflicts (conflicts: 1, in " + FILE + ")"), text);
		warning.screenshot(screenshots("team-publish-conflict.png"));
		warning.button("OK").click();
		warning.waitUntilClosed();

		// the Conflicts view lists the score, yours kept
		Table table = conflictsTable();
		List<String> row = bot.syncCall(() -> cells(table.getItem(0)));
		assertEquals(1, bot.syncCall(table::getItemCount).intValue(), row.toString());
		assertEquals(List.of("Score", String.valueOf(base), String.valueOf(mine), String.valueOf(theirs), "Yours", FILE), row.subList(1, 7),
				row.toString());
		assertTrue(row.get(0).startsWith("Evaluator score 評価者2 ") && row.get(0).contains(" (Project A "),
				"the object as the validation names it: " + row.get(0));
		assertEquals(mine, bot.syncCall(() -> score(editor.report()).getValue()).intValue(), "the evaluation holds yours");
		bot.screenshot(screenshots("team-conflicts-view.png"));

		// theirs chosen and applied, as one command
		bot.syncRun(() -> {
			table.setSelection(0);
			table.notifyListeners(SWT.Selection, new Event());
		});
		Composite view = bot.syncCall(table::getParent);
		bot.button(view, "Take Theirs").click();
		bot.waitUntil("the choice shows theirs", () -> "Theirs".equals(bot.syncCall(() -> table.getItem(0).getText(5))));
		bot.button(view, "Apply").click();
		bot.waitUntil("the evaluation holds theirs", () -> bot.syncCall(() -> score(editor.report()).getValue()) == theirs);
		assertTrue(bot.syncCall(editor::isDirty), "applied, not saved");
		bot.screenshot(screenshots("team-conflict-theirs-applied.png"));

		bot.windowShell().menu("Edit", "Undo Choose in Conflicts").click();
		bot.waitUntil("Undo gives yours back", () -> bot.syncCall(() -> score(editor.report()).getValue()) == mine);
		bot.windowShell().menu("Edit", "Redo Choose in Conflicts").click();
		bot.waitUntil("Redo takes theirs again", () -> bot.syncCall(() -> score(editor.report()).getValue()) == theirs);

		// saved and published: the merge is what the shared repository holds
		bot.syncRun(() -> editor.doSave(null));
		ShellBot done = publish("委員2の評点は B の値を採用");
		assertEquals("hyoka-a: your changes are published.", done.textContaining("published"));
		done.screenshot(screenshots("team-published.png"));
		done.button("OK").click();
		done.waitUntilClosed();
		bot.waitUntil("the Conflicts view is empty", () -> bot.syncCall(table::getItemCount) == 0);

		assertEquals(Sharing.Status.FAST_FORWARD, Sharing.update(other).status());
		assertEquals(theirs, score(HyokaFiles.load(other.resolve(FILE))).getValue().intValue());
		assertEquals(Files.readString(other.resolve(FILE)), Files.readString(file.getLocation().toPath()), "both hold the same evaluation");

		// nothing new since: Team > Update says so
		bot.syncRun(() -> bot.page().activate(editor));
		bot.windowShell().menu("Team", "Update").click();
		ShellBot upToDate = bot.shell("Update");
		assertEquals("hyoka-a is up to date: nobody has published anything new.", upToDate.textContaining("up to date"));
		upToDate.button("OK").click();
		upToDate.waitUntilClosed();
	}

	@Test
	void anUpdateBringsInWhatOthersPublishedAndTheOpenEvaluationShowsIt() throws Exception {
		String shared = sharedRepository(folder);
		IProject project = cloneInTheWorkbench(shared, "hyoka-c");
		IFile file = project.getFile(FILE);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		int before = bot.syncCall(() -> score(editor.report()).getValue());
		publishedElsewhere(shared, "d", (before + 1) % 4);

		bot.windowShell().menu("Team", "Update").click();
		ShellBot updated = bot.shell("Update");
		assertEquals("hyoka-c now holds what others published.", updated.textContaining("now holds"));
		updated.screenshot(screenshots("team-updated.png"));
		updated.button("OK").click();
		updated.waitUntilClosed();
		assertEquals((before + 1) % 4, bot.syncCall(() -> score(editor.report()).getValue()).intValue(),
				"the open editor reads the updated file without asking");
		assertFalse(bot.syncCall(editor::isDirty));
		assertEquals(List.of(), bot.shellTitles().stream().filter(title -> !title.equals(bot.syncCall(() -> bot.window().getShell().getText()))).toList(),
				"no question whether to read the file again");
	}

	@Test
	void anUpdateOverUnpublishedChangesSaysToPublishFirstAndChangesNothing() throws Exception {
		bot.windowShell().menu("Team", "Update").click();
		ShellBot nothing = bot.shell("Update");
		assertTrue(nothing.textContaining("Select an evaluation").contains("Team > Clone..."));
		nothing.button("OK").click();
		nothing.waitUntilClosed();

		IProject project = cloneInTheWorkbench(sharedRepository(folder), "hyoka-e");
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(project.getFile(FILE));
		int changed = savedScoreChange(editor);
		bot.windowShell().menu("Team", "Update").click();
		ShellBot refused = bot.shell("Update");
		assertEquals("hyoka-e has changes you have not published yet. Publish them first (Team > Publish...): publishing also brings in"
				+ " what others published.", refused.textContaining("not published"));
		refused.button("OK").click();
		refused.waitUntilClosed();
		assertEquals(changed, score(HyokaFiles.load(project.getFile(FILE).getLocation().toPath())).getValue().intValue(), "the change stays");
	}

	/**
	 * An evaluation opened from a clone outside the workspace (a double-click in the file manager, the command line):
	 * Team > Update and Publish... act on its repository, and the open editor shows the update.
	 */
	@Test
	void updateAndPublishActOnTheRepositoryOfAFileOutsideTheWorkspace() throws Exception {
		String shared = sharedRepository(folder);
		Path outside = folder.resolve("outside");
		Sharing.clone(shared, outside, "hyoka");
		EvaluationEditor editor = (EvaluationEditor) bot.syncCall(() -> {
			try {
				return TeamFolder.open(bot.page(), outside.resolve(FILE));
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
		// the editor has the file as a link of Opened Files (for its findings); its folder is no folder of the workspace
		assertEquals(0, ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(outside.toUri()).length, "not in the workspace");
		int before = bot.syncCall(() -> score(editor.report()).getValue());
		Path other = publishedElsewhere(shared, "f", (before + 1) % 4);

		bot.windowShell().menu("Team", "Update").click();
		ShellBot updated = bot.shell("Update");
		assertEquals(outside + " now holds what others published.", updated.textContaining("now holds"));
		updated.screenshot(screenshots("team-updated-outside.png"));
		updated.button("OK").click();
		updated.waitUntilClosed();
		assertEquals((before + 1) % 4, bot.syncCall(() -> score(editor.report()).getValue()).intValue(),
				"the open editor reads the updated file without asking");

		// changed in the editor, not saved: Publish... offers to save it first
		EditingDomain domain = editor.getEditingDomain();
		EvaluatorScore edited = bot.syncCall(() -> score(editor.report()));
		int mine = (before + 2) % 4;
		bot.syncRun(() -> domain.getCommandStack().execute(SetCommand.create(domain, edited, edited.eClass().getEStructuralFeature("value"), mine)));
		bot.windowShell().menu("Team", "Publish...").click();
		ShellBot save = bot.shell("Save Resource");
		save.screenshot(screenshots("team-publish-outside-save.png"));
		save.button("Save").click();
		save.waitUntilClosed();
		ShellBot done = publishWith("委員2の評点（外部）");
		assertEquals(outside + ": your changes are published.", done.textContaining("published"));
		done.button("OK").click();
		done.waitUntilClosed();
		assertEquals(Sharing.Status.FAST_FORWARD, Sharing.update(other).status());
		assertEquals(mine, score(HyokaFiles.load(other.resolve(FILE))).getValue().intValue());
	}

	/**
	 * A secretariat starts sharing: an evaluation in a folder of the workspace that no Git repository holds, Team >
	 * Share Folder… with a new folder on the "file share" for the shared repository: the folder's evaluation is
	 * published there (another member clones it), and its unsaved change was saved first. Share Folder… again says
	 * the folder is in a Git repository already; Team > Publish… then works on it as on a clone.
	 */
	@Test
	void aFolderOfEvaluationsStartsBeingSharedFromTheTeamMenu() throws Exception {
		// a folder of the workspace kept outside it, as the workspace under test lies in this build's own Git repository
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("評価2026");
		bot.syncRun(() -> {
			try {
				var description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
				description.setLocation(org.eclipse.core.runtime.IPath.fromPath(folder.resolve("desk")));
				project.create(description, null);
				project.open(null);
				project.getFile(FILE).create(Files.newInputStream(SAMPLE), true, null);
			} catch (CoreException | java.io.IOException e) {
				throw new AssertionError(e);
			}
		});
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(project.getFile(FILE));
		EditingDomain domain = editor.getEditingDomain();
		EvaluatorScore edited = bot.syncCall(() -> score(editor.report()));
		int mine = (bot.syncCall(edited::getValue) + 1) % 4;
		bot.syncRun(() -> domain.getCommandStack().execute(SetCommand.create(domain, edited, edited.eClass().getEStructuralFeature("value"), mine)));

		Path share = folder.resolve("share").resolve("評価2026.git");
		bot.windowShell().menu("Team", "Share Folder...").click();
		ShellBot dialog = bot.shell("Share Folder");
		assertTrue(dialog.textContaining("Start sharing").startsWith("Start sharing 評価2026 with others through Git."));
		assertFalse(bot.syncCall(() -> dialog.button("Share").widget().isEnabled()), "Share waits for the shared repository");
		dialog.textWithLabel("Shared repository:").setText(share.toString());
		dialog.screenshot(screenshots("team-share.png"));
		dialog.button("Share").click();
		dialog.waitUntilClosed();
		ShellBot save = bot.shell("Save Resource");
		save.button("Save").click();
		save.waitUntilClosed();
		bot.waitForJobs();
		ShellBot done = bot.shell("Share Folder");
		assertEquals("評価2026 is shared at " + share + ". Others get it with Team > Clone... and this address; Team > Publish... shares your"
				+ " changes, Team > Update brings in those of others.", done.textContaining("is shared at"));
		done.screenshot(screenshots("team-shared.png"));
		done.button("OK").click();
		done.waitUntilClosed();
		Path other = folder.resolve("other");
		Sharing.clone(share.toUri().toString(), other, "hyoka");
		assertEquals(mine, score(HyokaFiles.load(other.resolve(FILE))).getValue().intValue(), "the saved change is published");
		assertFalse(Files.exists(other.resolve(".project")), "the workbench's file is not");

		bot.windowShell().menu("Team", "Share Folder...").click();
		ShellBot again = bot.shell("Share Folder");
		assertTrue(again.textContaining("already in a Git repository").startsWith("評価2026 is already in a Git repository (評価2026)"),
				again.textContaining("already in a Git repository"));
		again.button("OK").click();
		again.waitUntilClosed();
		bot.syncRun(() -> bot.page().activate(editor));
		ShellBot published = publish("何も変えていない版");
		assertEquals("評価2026: nothing to publish. The shared repository holds every change of the folder.", published.textContaining("nothing"));
		published.button("OK").click();
		published.waitUntilClosed();
	}

	/**
	 * On a computer whose Git knows no name (only the login), the first Team > Publish… asks who publishes: OK waits
	 * for a name, the version records it, the user's Git settings keep it, and the next publication asks no more.
	 */
	@Test
	void theFirstPublicationAsksWhoPublishesWhereGitKnowsOnlyTheLogin() throws Exception {
		git.forgetName();
		IProject project = cloneInTheWorkbench(sharedRepository(folder), "hyoka-g");
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(project.getFile(FILE));
		savedScoreChange(editor);

		bot.windowShell().menu("Team", "Publish...").click();
		ShellBot who = bot.shell("Your Name");
		assertTrue(who.textContaining("knows you only by the login").contains(System.getProperty("user.name")));
		assertFalse(bot.syncCall(() -> who.button("OK").widget().isEnabled()), "OK waits for a name");
		who.textWithLabel("Name:").setText("評価 花子");
		who.textWithLabel("E-mail (optional):").setText("hanako@example.go.jp");
		who.screenshot(screenshots("team-author.png"));
		who.button("OK").click();
		who.waitUntilClosed();
		ShellBot done = publishWith("委員2の評点");
		assertEquals("hyoka-g: your changes are published.", done.textContaining("published"));
		done.button("OK").click();
		done.waitUntilClosed();
		try (org.eclipse.jgit.api.Git repository = org.eclipse.jgit.api.Git.open(project.getLocation().toFile())) {
			RevCommit last = repository.log().setMaxCount(1).call().iterator().next();
			assertEquals("評価 花子", last.getAuthorIdent().getName());
			assertEquals("hanako@example.go.jp", last.getAuthorIdent().getEmailAddress());
		}
		assertTrue(Files.readString(git.userConfig()).contains("評価 花子"), "kept in the user's Git settings");

		savedScoreChange(editor);
		ShellBot again = publish("もう一度");
		assertEquals("hyoka-g: your changes are published.", again.textContaining("published"), "no name asked the second time");
		again.button("OK").click();
		again.waitUntilClosed();
	}

	/** Gives the score both change another value in the editor, as one command, and saves it; the value. */
	private int savedScoreChange(EvaluationEditor editor) {
		EditingDomain domain = editor.getEditingDomain();
		EvaluatorScore edited = bot.syncCall(() -> score(editor.report()));
		int changed = (bot.syncCall(edited::getValue) + 1) % 4;
		bot.syncRun(() -> domain.getCommandStack().execute(SetCommand.create(domain, edited, edited.eClass().getEStructuralFeature("value"), changed)));
		bot.syncRun(() -> editor.doSave(null));
		return changed;
	}

	/** A bare repository {@code shared.git} in the folder holding the sample, published by a first clone; its URL. */
	static String sharedRepository(Path folder) throws Exception {
		Path bare = folder.resolve("shared.git");
		Files.createDirectories(bare);
		initBare(bare);
		String shared = bare.toUri().toString();
		Path seed = folder.resolve("seed");
		Sharing.clone(shared, seed, "hyoka");
		Files.copy(SAMPLE, seed.resolve(FILE));
		assertTrue(Sharing.publish(seed, "最初の版").published());
		return shared;
	}

	private static void initBare(Path bare) throws GitAPIException {
		org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
	}

	private IProject cloneInTheWorkbench(String shared, String name) {
		bot.windowShell().menu("Team", "Clone...").click();
		ShellBot dialog = bot.shell("Clone");
		assertFalse(bot.syncCall(() -> dialog.button("Clone").widget().isEnabled()), "Clone waits for a repository");
		dialog.textContaining("Enter the address of the shared repository");
		dialog.textWithLabel("Repository URL:").setText(shared);
		assertEquals("shared", dialog.textWithLabel("Folder in the workspace:").getText(), "named after the repository");
		dialog.textWithLabel("Folder in the workspace:").setText(name);
		bot.waitUntil("the name is typed", () -> name.equals(dialog.textWithLabel("Folder in the workspace:").getText()));
		assertTrue(bot.syncCall(() -> dialog.button("Clone").widget().isEnabled()), "a repository and a new folder's name can be cloned");
		dialog.screenshot(screenshots("team-clone-" + name + ".png"));
		dialog.button("Clone").click();
		dialog.waitUntilClosed();
		ShellBot cloned = bot.shell("Clone");
		assertTrue(cloned.textContaining("now holds the evaluations").startsWith(name + " now holds the evaluations of " + shared + " (1 evaluation files)"));
		cloned.button("OK").click();
		cloned.waitUntilClosed();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		assertTrue(project.isOpen());
		return project;
	}

	/** Another member's clone (in the folder of that name), where the score is given the value and published. */
	private Path publishedElsewhere(String shared, String name, int value) throws Exception {
		Path other = folder.resolve(name);
		Sharing.clone(shared, other, "hyoka");
		EvaluationReport report = HyokaFiles.load(other.resolve(FILE));
		score(report).setValue(value);
		HyokaFiles.save(report, other.resolve(FILE));
		assertTrue(Sharing.publish(other, "委員2の評点").published());
		return other;
	}

	/** Team > Publish… with the message; the dialog that tells the outcome. */
	private ShellBot publish(String message) {
		bot.windowShell().menu("Team", "Publish...").click();
		return publishWith(message);
	}

	/** Gives the message Team > Publish… asks for; the dialog that tells the outcome. */
	private ShellBot publishWith(String message) {
		ShellBot ask = bot.shell("Publish");
		ask.find(org.eclipse.swt.widgets.Text.class, "the message field", field -> true);
		bot.syncRun(() -> ask.findAll(org.eclipse.swt.widgets.Text.class, field -> true).get(0).setText(message));
		ask.button("OK").click();
		ask.waitUntilClosed();
		bot.waitForJobs();
		return bot.shell("Publish");
	}

	private Table conflictsTable() {
		bot.waitUntil("the Conflicts view shows", () -> bot.viewTitle(Outcomes.CONFLICTS_VIEW) != null);
		return bot.find(bot.syncCall(() -> bot.window().getShell()), Table.class, "the conflicts table",
				table -> table.getColumnCount() == 7 && "Choice".equals(table.getColumn(5).getText()) && table.getItemCount() > 0);
	}

	private static List<String> cells(TableItem item) {
		return Arrays.stream(new int[] { 0, 1, 2, 3, 4, 5, 6 }).mapToObj(item::getText).toList();
	}

	static Path screenshots(String name) {
		return Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), name);
	}
}
