package org.hyoka.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two folders cloned from one bare repository on disk publish edits of one evaluation: what the second publishes after
 * the first is merged by object, nothing is lost, and both end with the same evaluation.
 */
class SharingTest {

	private static final String FILE = "saisei.hyoka";

	@TempDir
	Path folder;

	private String shared;
	private Path a;
	private Path b;

	@BeforeEach
	void twoClonesOfOneEvaluation() throws IOException, GitAPIException {
		Path bare = folder.resolve("shared.git");
		Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
		shared = bare.toUri().toString();
		a = folder.resolve("a");
		b = folder.resolve("b");
		Sharing.clone(shared, a, "hyoka");
		user(a, "担当者A");
		Files.copy(TeamFilesTest.SAMPLE, a.resolve(FILE));
		Sharing.Publication first = Sharing.publish(a, "最初の版");
		assertTrue(first.published(), first.toString());
		Sharing.clone(shared, b, "hyoka");
		user(b, "担当者B");
		assertTrue(Files.exists(b.resolve(FILE)));
	}

	private static void user(Path clone, String name) throws IOException {
		try (Git git = Git.open(clone.toFile())) {
			StoredConfig config = git.getRepository().getConfig();
			config.setString("user", null, "name", name);
			config.setString("user", null, "email", "team@example.org");
			config.save();
		}
	}

	private static EvaluationReport load(Path clone) throws IOException {
		return HyokaFiles.load(clone.resolve(FILE));
	}

	private static void setScore(Path clone, int column, int value) throws IOException {
		EvaluationReport report = load(clone);
		TeamFilesTest.scored(report).getScoreTable().getRows().get(0).getScores().get(column).setValue(value);
		HyokaFiles.save(report, clone.resolve(FILE));
	}

	private static Integer score(EvaluationReport report, int column) {
		return TeamFilesTest.scored(report).getScoreTable().getRows().get(0).getScores().get(column).getValue();
	}

	private static List<String> log(Path clone) throws IOException, GitAPIException {
		try (Git git = Git.open(clone.toFile())) {
			return StreamSupport.stream(git.log().call().spliterator(), false).map(RevCommit::getShortMessage).toList();
		}
	}

	@Test
	void bothPublishAndAfterAnUpdateBothHoldEveryChange() throws IOException, GitAPIException {
		setScore(a, 0, 1);
		EvaluationReport mine = load(a);
		TeamFilesTest.scored(mine).getComments().add(ModelMergeTest.comment("cmt-team-a", "Aが加えた意見"));
		HyokaFiles.save(mine, a.resolve(FILE));
		assertTrue(Sharing.publish(a, "委員1の評点と意見").published());

		EvaluationReport other = load(b);
		TeamFilesTest.firstCell(other).setAmount(new BigDecimal("4321"));
		HyokaFiles.save(other, b.resolve(FILE));
		setScore(b, 2, 0);
		Sharing.Publication second = Sharing.publish(b, "予算と委員3の評点");
		assertTrue(second.published(), second.toString());
		assertNotNull(second.update(), "the push was refused first and led to an update");
		assertEquals(List.of(FILE), second.update().merged());

		Sharing.Update update = Sharing.update(a);
		assertEquals(Sharing.Status.FAST_FORWARD, update.status());
		for (Path clone : List.of(a, b)) {
			EvaluationReport report = load(clone);
			assertEquals(1, score(report, 0), clone.toString());
			assertEquals(0, score(report, 2), clone.toString());
			assertEquals(new BigDecimal("4321"), TeamFilesTest.firstCell(report).getAmount(), clone.toString());
			assertTrue(TeamFilesTest.scored(report).getComments().stream().anyMatch(comment -> "Aが加えた意見".equals(comment.getText())));
		}
		assertTrue(ModelMerge.same(load(a), load(b)), "both hold the same evaluation");
		assertEquals(Files.readString(a.resolve(FILE)), Files.readString(b.resolve(FILE)));
		assertTrue(log(a).containsAll(List.of("委員1の評点と意見", "予算と委員3の評点")), log(a).toString());
		assertEquals(Sharing.Status.UP_TO_DATE, Sharing.update(b).status());
		assertNull(Sharing.publish(b, "何もなし").commit(), "nothing changed, nothing committed");
	}

	@Test
	void aScoreChangedTwoWaysIsAConflictAndNothingIsLost() throws IOException, GitAPIException {
		setScore(a, 1, 0);
		assertTrue(Sharing.publish(a, "Aの評点").published());
		setScore(b, 1, 1);
		Sharing.Publication refused = Sharing.publish(b, "Bの評点");
		assertFalse(refused.published());
		assertEquals(1, refused.update().conflicts().size(), refused.toString());
		Conflict conflict = refused.update().conflicts().get(0).result().conflicts().get(0);
		assertEquals(List.of("value", "1", "0"), List.of(conflict.feature(), conflict.ours(), conflict.theirs()));
		assertEquals(1, score(load(b), 1), "the file keeps ours");
		assertTrue(log(b).contains("Bの評点"), "B's change is committed in B's folder");
		assertEquals(0, score(HyokaFiles.load(cloneOf("c").resolve(FILE)), 1), "the shared repository holds A's score");
		// what the workbench's Conflicts view offers: the sides as the merge read them, and theirs taken as a change
		assertEquals(b, Sharing.sharedFolder(b.resolve(FILE)));
		Sharing.Sides sides = Sharing.sides(b, FILE);
		assertEquals(List.of(1, 0), List.of(score(sides.ours(), 1), score(sides.theirs(), 1)));
		EvaluationReport merged = load(b);
		Choice theirs = Choice.of(conflict, merged, sides.theirs()).orElseThrow();
		assertFalse(theirs.made());
		theirs.object().eSet(theirs.feature(), theirs.value());
		assertEquals(0, score(merged, 1));
		assertTrue(theirs.made());
		assertTrue(Choice.of(conflict, merged, sides.ours()).map(ours -> !ours.made()).orElseThrow(), "ours can be chosen back");
		assertFalse(Sharing.changed(b), "the merge kept ours, the only change theirs made: nothing changed");
		IOException merging = assertThrows(IOException.class, () -> Sharing.update(b), "an update waits for the merge to be published");
		assertTrue(merging.getMessage().startsWith("the folder is still merging what others published"), merging.getMessage());
		// B chooses A's value and publishes the merge
		setScore(b, 1, 0);
		Sharing.Publication resolved = Sharing.publish(b, "Aの評点を採用");
		assertTrue(resolved.published(), resolved.toString());
		assertEquals(Sharing.Status.FAST_FORWARD, Sharing.update(a).status());
		assertEquals(Files.readString(a.resolve(FILE)), Files.readString(b.resolve(FILE)));
	}

	private Path cloneOf(String name) throws IOException, GitAPIException {
		Path clone = folder.resolve(name);
		Sharing.clone(shared, clone, "hyoka");
		return clone;
	}

	@Test
	void aMergeThatKeptOursInEveryConflictIsPublishedAsAMerge() throws IOException, GitAPIException {
		setScore(a, 1, 0);
		assertTrue(Sharing.publish(a, "Aの評点").published());
		setScore(b, 1, 1);
		assertFalse(Sharing.publish(b, "Bの評点").published());
		Sharing.Publication kept = Sharing.publish(b, "Bの評点を残す");
		assertTrue(kept.published(), kept.toString());
		assertNotNull(kept.commit(), "the merge is committed though the file is ours");
		assertEquals(Sharing.Status.FAST_FORWARD, Sharing.update(a).status());
		assertEquals(1, score(load(a), 1));
		assertNull(Sharing.sides(b, FILE), "merged: nothing left to choose");
	}

	@Test
	void outsideAMergeThereAreNoSidesAndOutsideARepositoryNoFolder() throws IOException, GitAPIException {
		assertNull(Sharing.sides(a, FILE));
		assertNull(Sharing.sharedFolder(folder.resolve("shared.git")), "a bare repository has no folder of files");
		assertNull(Sharing.sharedFolder(folder));
		setScore(a, 0, 0);
		assertTrue(Sharing.changed(a));
	}

	/**
	 * A folder of evaluations in no Git repository starts being shared: the shared repository is made on disk, the
	 * folder's files are published (not the workbench's .project), a clone holds them with the merge attribute, and
	 * the shared folder updates to what the clone publishes. Sharing again, sharing into a repository that has a
	 * history, and sharing into a folder that is no repository are refused, naming the folder, and change nothing.
	 */
	@Test
	void aFolderInNoRepositoryIsSharedThenClonedAndUpdatedAsAClone() throws IOException, GitAPIException {
		Path desk = Files.createDirectories(folder.resolve("desk"));
		Files.copy(TeamFilesTest.SAMPLE, desk.resolve(FILE));
		Files.writeString(desk.resolve(".project"), "<projectDescription/>");
		Path shared = folder.resolve("share").resolve("evaluations.git");
		Sharing.Publication first = Sharing.share(desk, shared.toString(), "評価の共有を開始", "hyoka", null);
		assertTrue(first.published() && first.commit() != null, first.toString());
		user(desk, "担当者A");

		Path other = folder.resolve("other");
		Sharing.clone(shared.toUri().toString(), other, "hyoka");
		assertTrue(Files.exists(other.resolve(FILE)), "the clone holds the evaluation");
		assertFalse(Files.exists(other.resolve(".project")), "the workbench's file stays on the desk");
		assertTrue(Files.readString(other.resolve(Constants.DOT_GIT_ATTRIBUTES)).contains("*.hyoka merge=hyoka"));
		user(other, "担当者B");
		setScore(other, 0, 1);
		assertTrue(Sharing.publish(other, "評点").published());
		assertEquals(Sharing.Status.FAST_FORWARD, Sharing.update(desk).status());
		assertEquals(1, score(load(desk), 0), "the desk has what the other published");

		IOException again = assertThrows(IOException.class, () -> Sharing.share(desk, folder.resolve("again.git").toString(), "m", "hyoka", null));
		assertTrue(again.getMessage().contains(desk.toString()), again.getMessage());
		assertFalse(Files.exists(folder.resolve("again.git")), "no repository made");
		Path second = Files.createDirectories(folder.resolve("second"));
		Files.copy(TeamFilesTest.SAMPLE, second.resolve(FILE));
		IOException history = assertThrows(IOException.class, () -> Sharing.share(second, shared.toString(), "m", "hyoka", null));
		assertTrue(history.getMessage().contains(shared.toString()), history.getMessage());
		Path papers = Files.createDirectories(folder.resolve("papers"));
		Files.writeString(papers.resolve("memo.txt"), "memo");
		IOException notShared = assertThrows(IOException.class, () -> Sharing.share(second, papers.toString(), "m", "hyoka", null));
		assertTrue(notShared.getMessage().contains(papers.toString()), notShared.getMessage());
		assertFalse(Files.exists(second.resolve(Constants.DOT_GIT)), "the refused folder is left as it was");
		assertEquals(List.of("memo.txt"), List.of(papers.toFile().list()));
	}

	/** A shared repository made on disk before, empty (git init --bare), with the branch its HEAD names. */
	@Test
	void anEmptySharedRepositoryIsSharedIntoOnTheBranchItsHeadNames() throws IOException, GitAPIException {
		Path bare = folder.resolve("empty.git");
		Git.init().setBare(true).setInitialBranch("trunk").setDirectory(bare.toFile()).call().close();
		Path desk = Files.createDirectories(folder.resolve("desk"));
		Files.copy(TeamFilesTest.SAMPLE, desk.resolve(FILE));
		assertTrue(Sharing.share(desk, bare.toUri().toString(), "最初の版", "hyoka", null).published());
		Path other = folder.resolve("other");
		Sharing.clone(bare.toUri().toString(), other, "hyoka");
		assertTrue(Files.exists(other.resolve(FILE)), "a clone checks the branch out");
	}

	/** A folder made a Git repository of its own (git init), not cloned: refused in words of ours, nothing committed. */
	/** A clone or a shared repository goes where nothing is, or into an empty folder; never over a file or files. */
	@Test
	void aPlaceIsFreeWhenNothingOrAnEmptyFolderIsThere() throws IOException {
		assertTrue(Sharing.isFree(folder.resolve("none")));
		assertTrue(Sharing.isFree(Files.createDirectories(folder.resolve("empty"))));
		Path file = Files.writeString(folder.resolve("file.txt"), "x");
		assertFalse(Sharing.isFree(file), "a file");
		Files.writeString(Files.createDirectories(folder.resolve("full")).resolve("a.hyoka"), "x");
		assertFalse(Sharing.isFree(folder.resolve("full")), "a folder with a file");
	}

	@Test
	void aRepositoryNotClonedFromASharedOneIsRefused() throws IOException, GitAPIException {
		Path own = folder.resolve("own");
		Git.init().setDirectory(own.toFile()).call().close();
		user(own, "担当者C");
		Files.copy(TeamFilesTest.SAMPLE, own.resolve(FILE));
		for (Executable refused : List.<Executable>of(() -> Sharing.publish(own, "共有していない版"), () -> Sharing.update(own))) {
			InvalidRemoteException e = assertThrows(InvalidRemoteException.class, refused);
			assertTrue(e.getMessage().startsWith("no shared repository to publish to or update from: this folder's Git repository"), e.getMessage());
		}
		try (Git git = Git.open(own.toFile())) {
			assertNull(git.getRepository().resolve(Constants.HEAD), "nothing committed");
		}
	}

	@Test
	void offlineAPublicationIsCommittedAndPublishedLater() throws IOException, GitAPIException {
		Path bare = folder.resolve("shared.git");
		Path away = folder.resolve("away.git");
		Files.move(bare, away);
		setScore(a, 0, 0);
		Sharing.Publication offline = Sharing.publish(a, "オフラインで");
		assertFalse(offline.published());
		assertNotNull(offline.problem());
		assertNotNull(offline.commit());
		Files.move(away, bare);
		Sharing.Publication later = Sharing.publish(a, "後で");
		assertTrue(later.published(), later.toString());
		assertNull(later.commit(), "the commit made offline is what is published");
		assertEquals(0, score(HyokaFiles.load(cloneOf("c").resolve(FILE)), 0));
	}

	@Test
	void anUpdateOverUnpublishedChangesIsRefused() throws IOException {
		setScore(a, 0, 0);
		IOException problem = assertThrows(IOException.class, () -> Sharing.update(a));
		assertTrue(problem.getMessage().contains(a.toString()), problem.getMessage());
		assertEquals(0, score(load(a), 0), "the change stays");
	}

	/**
	 * The workbench shows a cloned folder as a project and writes its .project there: publishing shares the
	 * evaluations, not that file, also in a folder that command-line Git cloned.
	 */
	@Test
	void theWorkbenchsProjectFilesAreNotPublished() throws IOException, GitAPIException {
		Path byGit = folder.resolve("by-git");
		Git.cloneRepository().setURI(shared).setDirectory(byGit.toFile()).call().close();
		for (Path clone : List.of(a, byGit)) {
			Files.writeString(clone.resolve(".project"), "<projectDescription><name>評価</name></projectDescription>");
			Files.createDirectories(clone.resolve(".settings"));
			Files.writeString(clone.resolve(".settings/org.eclipse.core.resources.prefs"), "encoding/<project>=UTF-8\n");
		}
		setScore(a, 0, 1);
		assertTrue(Sharing.publish(a, "評点").published());
		assertNull(Sharing.publish(byGit, "何もなし").commit(), "the project's files alone are no change");
		try (Git git = Git.open(a.toFile())) {
			assertTrue(git.status().call().isClean(), "the project's files are not even untracked");
		}
		Sharing.update(b);
		assertFalse(Files.exists(b.resolve(".project")), "the other desk gets no .project");
		assertFalse(Files.exists(b.resolve(".settings")));
	}

	@Test
	void aCloneConfiguresTheMergeDriverForCommandLineGit() throws IOException {
		try (Git git = Git.open(a.toFile())) {
			assertEquals("hyoka team merge-driver %O %A %B %P", git.getRepository().getConfig().getString("merge", "hyoka", "driver"));
		}
	}
}
