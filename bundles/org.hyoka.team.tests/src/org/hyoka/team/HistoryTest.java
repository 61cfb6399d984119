package org.hyoka.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommitteeMember;
import org.hyoka.model.evaluation.CommitteeRole;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history of an evaluation in a repository of several commits by different people: each version's changes by
 * object and feature, two versions compared, and objects and the whole file restored from a version.
 */
public class HistoryTest {

	static final String FILE = "saisei.hyoka";
	static final String NEW_MEMBER = "mem-history";

	@TempDir
	Path folder;

	private Path file;

	/** The sample, then a score, a comment, a budget cell, a member and a finding changed by three people in turn. */
	public static Path repositoryWithHistory(Path folder) throws IOException, GitAPIException {
		Path file = folder.resolve(FILE);
		try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
			// as the sample is written, not as a save writes it: the first save must change only what its edit changes
			Files.copy(TeamFilesTest.SAMPLE, file);
			commit(git, "担当者A", "最初の版");
			edit(file, report -> TeamFilesTest.scored(report).getScoreTable().getRows().get(0).getScores().get(1).setValue(1));
			commit(git, "担当者B", "委員2の評点");
			edit(file, report -> TeamFilesTest.scored(report).getComments().get(0).setText("意見を書き直した"));
			commit(git, "担当者C", "意見の修正");
			edit(file, report -> TeamFilesTest.firstCell(report).setAmount(new BigDecimal("4321")));
			commit(git, "担当者A", "予算の修正");
			edit(file, report -> report.getCommittee().getMembers().add(member(report)));
			commit(git, "担当者B", "委員の追加");
			edit(file, report -> report.getProgram().getPreviousFindings().remove(0));
			commit(git, "担当者C", "指摘事項の削除");
		}
		return file;
	}

	private static CommitteeMember member(EvaluationReport report) {
		CommitteeMember member = EvaluationFactory.eINSTANCE.createCommitteeMember();
		member.setId(NEW_MEMBER);
		member.setRole(CommitteeRole.MEMBER);
		member.setPerson(report.getPersons().stream().filter(person -> "per-suzuki".equals(person.getId())).findFirst().orElseThrow());
		return member;
	}

	public static void edit(Path file, Consumer<EvaluationReport> change) throws IOException {
		EvaluationReport report = HyokaFiles.load(file);
		change.accept(report);
		HyokaFiles.save(report, file);
	}

	private static void commit(Git git, String author, String message) throws GitAPIException {
		git.add().addFilepattern(".").call();
		git.commit().setAuthor(author, "team@example.org").setCommitter(author, "team@example.org").setMessage(message).call();
	}

	@BeforeEach
	void history() throws IOException, GitAPIException {
		file = repositoryWithHistory(folder);
	}

	private List<Change> changesOf(List<Version> versions, int index) throws IOException {
		return History.changes(History.read(file, versions.get(index + 1)), History.read(file, versions.get(index)));
	}

	@Test
	void eachVersionSaysWhoChangedWhatAndWhen() throws IOException {
		List<Version> versions = History.versions(file);
		assertEquals(List.of("指摘事項の削除", "委員の追加", "予算の修正", "意見の修正", "委員2の評点", "最初の版"),
				versions.stream().map(Version::message).toList());
		assertEquals(List.of("担当者C", "担当者B", "担当者A", "担当者C", "担当者B", "担当者A"), versions.stream().map(Version::author).toList());
		assertTrue(versions.stream().allMatch(version -> version.path().equals(FILE) && version.commit().length() == 40));
		assertFalse(versions.get(0).time().isBefore(versions.get(5).time()));

		Change score = single(changesOf(versions, 4));
		assertEquals(List.of(Change.Kind.CHANGED, "value", "1"), List.of(score.kind(), score.feature(), score.after()));
		assertFalse(score.before().equals(score.after()));
		assertTrue(score.path().endsWith("/@scores.1"), score.path());

		Change comment = single(changesOf(versions, 3));
		assertEquals(List.of("text", "意見を書き直した"), List.of(comment.feature(), comment.after()));
		assertFalse(comment.before().isBlank());

		Change cell = single(changesOf(versions, 2));
		assertEquals(List.of("amount", "4321"), List.of(cell.feature(), cell.after()));

		Change member = single(changesOf(versions, 1));
		assertEquals(List.of(Change.Kind.ADDED, NEW_MEMBER, "members", "—"), List.of(member.kind(), member.path(), member.feature(), member.before()));
		assertTrue(member.object().contains("鈴木 潤"), member.object());

		Change finding = single(changesOf(versions, 0));
		assertEquals(List.of(Change.Kind.REMOVED, "fnd-prg-1", "previousFindings", "—"),
				List.of(finding.kind(), finding.path(), finding.feature(), finding.after()));
		assertTrue(finding.before().contains("非常に重要な分野"), finding.before());
	}

	private static Change single(List<Change> changes) {
		assertEquals(1, changes.size(), changes.toString());
		return changes.get(0);
	}

	@Test
	void anyTwoVersionsCompare() throws IOException {
		Version first = History.version(file, "HEAD~5");
		Version last = History.version(file, "HEAD");
		assertEquals("最初の版", first.message());
		List<Change> changes = History.changes(History.read(file, first), History.read(file, last));
		assertEquals(List.of("value", "text", "amount", "members", "previousFindings").stream().sorted().toList(),
				changes.stream().map(Change::feature).sorted().toList(), changes.toString());
		assertTrue(History.changes(History.read(file, last), History.read(file, last)).isEmpty());
		IOException bad = assertThrows(IOException.class, () -> History.version(file, "no-such-version"));
		assertTrue(bad.getMessage().contains("no-such-version") && bad.getMessage().contains(FILE), bad.getMessage());
	}

	@Test
	void aRenamedFileKeepsItsHistory() throws IOException, GitAPIException {
		try (Git git = Git.open(folder.toFile())) {
			Files.createDirectories(folder.resolve("2022"));
			Files.move(file, folder.resolve("2022").resolve(FILE));
			git.add().addFilepattern(".").call();
			git.add().setUpdate(true).addFilepattern(".").call();
			commit(git, "担当者A", "年度のフォルダーへ");
		}
		List<Version> versions = History.versions(folder.resolve("2022").resolve(FILE));
		assertEquals(7, versions.size(), versions.toString());
		assertEquals("2022/" + FILE, versions.get(0).path());
		assertEquals(FILE, versions.get(6).path());
		assertTrue(History.changes(History.read(file, versions.get(1)), History.read(file, versions.get(0))).isEmpty(), "moved, not changed");
	}

	@Test
	void anObjectOrTheWholeFileIsRestoredFromAVersion() throws IOException {
		List<Version> versions = History.versions(file);
		EvaluationReport current = HyokaFiles.load(file);
		EvaluationReport first = History.read(file, versions.get(5));
		CommitteeMember added = current.getCommittee().getMembers().stream().filter(m -> NEW_MEMBER.equals(m.getId())).findFirst().orElseThrow();

		assertFalse(History.restorable(current, first, "no-such-object"));
		assertFalse(History.restore(current, first, "no-such-object"));
		// the removed finding comes back where it was, nothing else changes
		assertTrue(History.restore(current, first, "fnd-prg-1"));
		assertEquals("fnd-prg-1", current.getProgram().getPreviousFindings().get(0).getId());
		assertEquals(List.of("amount", "members", "text", "value"),
				History.changes(first, current).stream().map(Change::feature).sorted().toList());

		// a score by its place
		String score = single(changesOf(versions, 4)).path();
		assertTrue(History.restore(current, first, score));
		assertEquals(3, History.changes(first, current).size());

		// the whole file: the member added since is removed, the others keep their identity
		CommitteeMember chair = current.getCommittee().getMembers().get(0);
		assertTrue(History.restore(current, first, null));
		assertTrue(History.changes(first, current).isEmpty(), History.changes(first, current).toString());
		assertTrue(ModelMerge.same(first, current));
		assertTrue(current.getCommittee().getMembers().get(0) == chair, "the chair is the same object, restored in place");
		assertNull(added.eContainer(), "the member added since is out");
	}
}
