package org.hyoka.team.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.base.SourceDocument;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.HistoryTest;
import org.hyoka.team.TeamFilesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyoka next}: next year's evaluation file, naming the file and commit it came from. */
class NextCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... arguments) throws UsageException {
		return TeamCommandTest.run(new NextCommand(), out, err, arguments);
	}

	private static SourceDocument origin(EvaluationReport report) {
		List<SourceDocument> documents = report.getSourceDocuments();
		return documents.get(documents.size() - 1);
	}

	@Test
	void aFileInGitIsNamedByCommitAndPathInTheRepository() throws IOException, GitAPIException, UsageException {
		Path evaluations = Files.createDirectories(folder.resolve("evaluations"));
		Path last = evaluations.resolve("saisei-2022.hyoka");
		String commit;
		try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
			Files.copy(TeamFilesTest.SAMPLE, last);
			git.add().addFilepattern(".").call();
			commit = git.commit().setAuthor("担当者A", "team@example.org").setCommitter("担当者A", "team@example.org")
					.setMessage("2022年度").call().getName();
		}
		Path next = evaluations.resolve("saisei-2023.hyoka");
		assertEquals(Command.OK, run(last.toString(), "-o", next.toString(), "--type", "final", "--year", "2023"));
		assertEquals(next.toString(), out.toString(StandardCharsets.UTF_8).strip());
		EvaluationReport report = HyokaFiles.load(next);
		assertEquals(commit + ":evaluations/saisei-2022.hyoka", origin(report).getFileName());
		assertEquals(EvaluationType.FINAL, report.getEvaluations().get(0).getType());
		assertEquals(2023, report.getEvaluations().get(0).getFiscalYear());
		EvaluationReport previous = HyokaFiles.load(last);
		long recommendations = previous.getEvaluations().stream().mapToLong(e -> e.getRecommendations().size()).sum();
		assertEquals(count(previous) + recommendations, count(report));

		// changed since the commit: the commit does not hold what was read, so only the path is named
		HistoryTest.edit(last, changed -> changed.setTitleJa(changed.getTitleJa() + "（改）"));
		Path again = evaluations.resolve("again.hyoka");
		assertEquals(Command.OK, run(last.toString(), "-o", again.toString(), "--type", "interim", "--year", "2024"));
		assertEquals("evaluations/saisei-2022.hyoka", origin(HyokaFiles.load(again)).getFileName());
	}

	@Test
	void aFileOutsideGitIsNamedByItsPathFromTheNewFile() throws IOException, UsageException {
		Path last = Files.copy(TeamFilesTest.SAMPLE, Files.createDirectories(folder.resolve("2022")).resolve("saisei.hyoka"));
		Path next = Files.createDirectories(folder.resolve("2023")).resolve("saisei.hyoka");
		assertEquals(Command.OK, run(last.toString(), "-o", next.toString(), "--type", "interim", "--year", "2023"));
		assertEquals("../2022/saisei.hyoka", origin(HyokaFiles.load(next)).getFileName());
	}

	@Test
	void anExistingOutputIsRefusedAndKept() throws IOException {
		Path last = Files.copy(TeamFilesTest.SAMPLE, folder.resolve("last.hyoka"));
		Path existing = Files.writeString(folder.resolve("next.hyoka"), "kept");
		UsageException e = assertThrows(UsageException.class,
				() -> run(last.toString(), "-o", existing.toString(), "--type", "final", "--year", "2023"));
		assertTrue(e.getMessage().startsWith(existing.toString()), e.getMessage());
		assertEquals("kept", Files.readString(existing));
	}

	@Test
	void aBadYearIsRefusedAndNothingWritten() throws IOException {
		Path last = Files.copy(TeamFilesTest.SAMPLE, folder.resolve("last.hyoka"));
		Path next = folder.resolve("next.hyoka");
		// the year of the last evaluation, not a number, and beyond the era tables
		for (String year : List.of("2022", "20x3", "3000")) {
			UsageException e = assertThrows(UsageException.class,
					() -> run(last.toString(), "-o", next.toString(), "--type", "final", "--year", year));
			assertTrue(e.getMessage().contains(year), e.getMessage());
			assertFalse(Files.exists(next));
		}
	}

	@Test
	void aBrokenOrMissingFileIsRefusedNamingIt() throws IOException {
		Path broken = Files.writeString(folder.resolve("broken.hyoka"), "<?xml version=\"1.0\"?><hyoka:EvaluationReport");
		Path next = folder.resolve("next.hyoka");
		UsageException e = assertThrows(UsageException.class,
				() -> run(broken.toString(), "-o", next.toString(), "--type", "final", "--year", "2023"));
		assertTrue(e.getMessage().contains("broken.hyoka"), e.getMessage());
		assertFalse(Files.exists(next));
		UsageException missing = assertThrows(UsageException.class,
				() -> run(folder.resolve("none.hyoka").toString(), "-o", next.toString(), "--type", "final", "--year", "2023"));
		assertTrue(missing.getMessage().contains("none.hyoka"), missing.getMessage());
		assertThrows(UsageException.class, () -> run(broken.toString(), "-o", next.toString(), "--type", "ex-ante", "--year", "2023"));
	}

	private static long count(EvaluationReport report) {
		long[] count = { 0 };
		report.eAllContents().forEachRemaining(o -> count[0] += o instanceof PreviousFinding ? 1 : 0);
		return count[0];
	}
}
