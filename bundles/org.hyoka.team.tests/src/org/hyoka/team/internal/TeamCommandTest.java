package org.hyoka.team.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.hyoka.cli.api.Command;
import org.hyoka.cli.api.CommandContext;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.GitHttpServer;
import org.hyoka.team.HistoryTest;
import org.hyoka.team.TeamFilesTest;
import org.hyoka.testing.git.GitSshServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyoka team} as Git calls it, with Git's temporary file names, and its installation in a repository. */
class TeamCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... arguments) throws UsageException {
		return run(new TeamCommand(), out, err, arguments);
	}

	/** Runs the command with the arguments, its output and errors kept in {@code out} and {@code err}. */
	static int run(Command command, ByteArrayOutputStream out, ByteArrayOutputStream err, String... arguments)
			throws UsageException {
		PrintStream output = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream error = new PrintStream(err, true, StandardCharsets.UTF_8);
		return command.run(CommandContext.of(List.of(arguments), output, error));
	}

	private Path copy(String name) throws IOException {
		return Files.copy(TeamFilesTest.SAMPLE, folder.resolve(name));
	}

	@Test
	void aCleanMergeIsWrittenIntoOursWithStatus0() throws IOException, UsageException {
		Path base = copy(".merge_file_base");
		Path ours = copy(".merge_file_ours");
		Path theirs = copy(".merge_file_theirs");
		TeamFilesTest.editBothSides(ours, theirs);
		assertEquals(Command.OK, run("merge-driver", base.toString(), ours.toString(), theirs.toString(), "evaluations/saisei.hyoka"));
		assertEquals("evaluations/saisei.hyoka: merged", out.toString(StandardCharsets.UTF_8).strip());
		EvaluationReport merged = HyokaFiles.load(ours);
		assertEquals(new java.math.BigDecimal("12345"), TeamFilesTest.firstCell(merged).getAmount());
	}

	@Test
	void aConflictIsReportedWithStatus1() throws IOException, UsageException {
		Path base = copy("base");
		Path ours = copy("ours");
		Path theirs = copy("theirs");
		for (Path side : new Path[] { ours, theirs }) {
			EvaluationReport report = HyokaFiles.load(side);
			TeamFilesTest.scored(report).getScoreTable().getRows().get(0).getScores().get(1).setValue(side == ours ? 0 : 1);
			HyokaFiles.save(report, side);
		}
		assertEquals(Command.FOUND, run("merge-driver", base.toString(), ours.toString(), theirs.toString(), "a.hyoka"));
		String[] fields = out.toString(StandardCharsets.UTF_8).strip().split("\t");
		assertEquals("conflict", fields[0]);
		assertEquals("a.hyoka", fields[1]);
		assertTrue(fields[2].endsWith("/@scoreTable/@rows.0/@scores.1"), fields[2]);
		assertEquals("value", fields[4]);
		assertEquals(List.of("0", "1"), List.of(fields[6], fields[7]));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("a.hyoka: 1 conflicts"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void badInputIsAUsageProblemNamingTheFile() throws IOException {
		Path base = copy("base");
		Path ours = copy("ours");
		Path theirs = folder.resolve("theirs");
		Files.writeString(theirs, "not xml");
		UsageException problem = assertThrows(UsageException.class,
				() -> run("merge-driver", base.toString(), ours.toString(), theirs.toString(), "b.hyoka"));
		assertTrue(problem.getMessage().startsWith("b.hyoka: "), problem.getMessage());
		assertThrows(UsageException.class, () -> run("merge-driver", base.toString(), ours.toString()));
		assertThrows(UsageException.class, () -> run("merge-driver", base.toString(), ours.toString(), folder.resolve("none").toString()));
		assertThrows(UsageException.class, () -> run("frobnicate"));
		assertThrows(UsageException.class, () -> run());
	}

	@Test
	void installWritesTheAttributesAndTheDriverOnce() throws IOException, UsageException {
		Path work = Files.createDirectories(folder.resolve("repo"));
		try (Repository repository = FileRepositoryBuilder.create(work.resolve(".git").toFile())) {
			repository.create();
		}
		Files.writeString(work.resolve(".gitattributes"), "*.png binary");
		assertEquals(Command.OK, run("install-merge-driver", work.toString(), "--command", "/opt/hyoka workbench/hyoka"));
		assertEquals(Command.OK, run("install-merge-driver", work.toString(), "--command", "/opt/hyoka workbench/hyoka"));
		assertEquals("*.png binary\n*.hyoka merge=hyoka\n", Files.readString(work.resolve(".gitattributes")));
		try (Repository repository = new FileRepositoryBuilder().setGitDir(work.resolve(".git").toFile()).build()) {
			assertEquals("'/opt/hyoka workbench/hyoka' team merge-driver %O %A %B %P", repository.getConfig().getString("merge", "hyoka", "driver"));
		}
		assertThrows(UsageException.class, () -> run("install-merge-driver", Files.createDirectories(folder.resolve("plain")).toString()));
	}

	@Test
	void cloneUpdateAndPublishOnTheCommandLine() throws Exception {
		Path bare = folder.resolve("shared.git");
		Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
		String url = bare.toUri().toString();
		Path a = folder.resolve("a");
		Path b = folder.resolve("b");
		assertEquals(Command.OK, run("clone", url, a.toString(), "--command", "hyoka"));
		Files.copy(TeamFilesTest.SAMPLE, a.resolve("s.hyoka"));
		assertEquals(Command.OK, run("publish", a.toString(), "-m", "最初の版"));
		assertEquals(Command.OK, run("clone", url, b.toString()));
		UsageException occupied = assertThrows(UsageException.class, () -> run("clone", url, a.toString()), "a folder with files is no place for a clone");
		assertTrue(occupied.getMessage().contains(a.toString()), occupied.getMessage());
		TeamFilesTest.editBothSides(a.resolve("s.hyoka"), b.resolve("s.hyoka"));
		assertEquals(Command.OK, run("publish", a.toString(), "-m", "評点"));
		out.reset();
		assertEquals(Command.OK, run("publish", b.toString(), "-m", "予算と意見"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("s.hyoka: merged"), out.toString(StandardCharsets.UTF_8));
		out.reset();
		assertEquals(Command.OK, run("update", a.toString()));
		assertEquals(a + ": updated with what others published", out.toString(StandardCharsets.UTF_8).strip());
		assertEquals(Files.readString(a.resolve("s.hyoka")), Files.readString(b.resolve("s.hyoka")));
		// one score changed two ways: the second publication stops at the conflict
		for (Path side : new Path[] { a, b }) {
			EvaluationReport report = HyokaFiles.load(side.resolve("s.hyoka"));
			TeamFilesTest.scored(report).getScoreTable().getRows().get(0).getScores().get(2).setValue(side == a ? 0 : 1);
			HyokaFiles.save(report, side.resolve("s.hyoka"));
		}
		assertEquals(Command.OK, run("publish", a.toString(), "-m", "Aの評点"));
		out.reset();
		assertEquals(Command.FOUND, run("publish", b.toString(), "-m", "Bの評点"));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("conflict\ts.hyoka\t"), out.toString(StandardCharsets.UTF_8));
		assertThrows(UsageException.class, () -> run("clone", url, a.toString()));
		assertThrows(UsageException.class, () -> run("publish", a.toString()));
		assertThrows(UsageException.class, () -> run("update", Files.createDirectories(folder.resolve("plain")).toString()));
	}

	@Test
	void historyListsEachVersionWithItsChangesAndComparesTwo() throws Exception {
		Path file = HistoryTest.repositoryWithHistory(Files.createDirectories(folder.resolve("repo")));
		assertEquals(Command.OK, run("history", file.toString()));
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		// six versions, newest first, each followed by its changes
		List<String> heads = lines.stream().filter(line -> !line.startsWith("    ")).toList();
		assertEquals(6, heads.size(), lines.toString());
		assertTrue(heads.get(0).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}  担当者C  指摘事項の削除  \\([0-9a-f]{7}\\)"), heads.get(0));
		assertTrue(heads.get(4).contains("担当者B  委員2の評点"), heads.get(4));
		assertEquals(heads.get(1), lines.get(2), "one change a version: the finding removed");
		assertTrue(lines.get(1).startsWith("    Finding 非常に重要な分野") && lines.get(1).endsWith(": removed from Previous findings"), lines.get(1));
		assertTrue(lines.get(lines.indexOf(heads.get(2)) + 1).endsWith(": Amount 4373 → 4321"), lines.toString());
		assertTrue(lines.get(lines.indexOf(heads.get(4)) + 1).endsWith(": Score 3 → 1"), lines.toString());
		assertEquals("    the file was added", lines.get(lines.size() - 1));

		out.reset();
		assertEquals(Command.OK, run("history", file.toString(), "--from", "HEAD~4", "--to", "HEAD~2"));
		List<String> compared = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertTrue(compared.get(0).startsWith(file + ": from ") && compared.get(0).contains("委員2の評点") && compared.get(0).contains("予算の修正"),
				compared.get(0));
		assertEquals(3, compared.size(), compared.toString());
		// in the order of the evaluation: the program's budget before the project's comment
		assertTrue(compared.get(1).endsWith(": Amount 4373 → 4321") && compared.get(2).endsWith("→ 意見を書き直した"), compared.toString());

		// against the file as saved
		HistoryTest.edit(file, report -> TeamFilesTest.firstCell(report).setAmount(new java.math.BigDecimal("5000")));
		out.reset();
		assertEquals(Command.OK, run("history", file.toString(), "--from", "HEAD"));
		assertTrue(out.toString(StandardCharsets.UTF_8).strip().endsWith("4321 → 5000"), out.toString(StandardCharsets.UTF_8));

		UsageException bad = assertThrows(UsageException.class, () -> run("history", file.toString(), "--from", "nonsense"));
		assertTrue(bad.getMessage().contains("nonsense") && bad.getMessage().contains(file.toString()), bad.getMessage());
		Path outside = copy("outside.hyoka");
		UsageException notShared = assertThrows(UsageException.class, () -> run("history", outside.toString()));
		assertEquals(outside + ": not in a Git repository", notShared.getMessage());
		assertThrows(UsageException.class, () -> run("history"));
		assertThrows(UsageException.class, () -> run("history", file.toString(), "--to", "HEAD"));
	}

	@Test
	void historySaysWhichSectionMovedWhere() throws Exception {
		Path file = HistoryTest.repositoryWithHistory(Files.createDirectories(folder.resolve("repo")));
		HistoryTest.edit(file, report -> report.getProgram().getNarratives().move(1, 2));
		assertEquals(Command.OK, run("history", file.toString(), "--from", "HEAD"));
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals(2, lines.size(), lines.toString());
		assertTrue(lines.get(1).startsWith("    Section （３）本事業の位置づけ"), lines.get(1));
		assertTrue(lines.get(1).endsWith(": moved in Narrative sections from position 3 to position 2"), lines.get(1));
	}

	/**
	 * A server asking for a login gets the environment's: the right one clones and publishes, a wrong one ends with
	 * status 2 and a message saying what to set. No terminal here, so nothing is asked.
	 */
	@Test
	void theLoginComesFromTheEnvironment() throws Exception {
		Path bare = folder.resolve("shared.git");
		org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
		try (GitHttpServer server = new GitHttpServer(bare, "kikaku", "hyoka-2026")) {
			Command wrong = new TeamCommand(Map.of(TeamCommand.USER_VARIABLE, "kikaku", TeamCommand.PASSWORD_VARIABLE, "wrong"));
			UsageException refused = assertThrows(UsageException.class, () -> run(wrong, out, err, "clone", server.url(), folder.resolve("x").toString()));
			assertTrue(refused.getMessage().contains(TeamMessages.format("cliLogin")), refused.getMessage());
			assertEquals(1, server.refusals.get(), "the environment's login is given once, not again and again");

			UsageException none = assertThrows(UsageException.class,
					() -> run(new TeamCommand(Map.of()), out, err, "clone", server.url(), folder.resolve("y").toString()));
			assertTrue(none.getMessage().contains(TeamMessages.format("loginNeeded", server.url().replace("/shared.git", ""))), none.getMessage());

			Command right = new TeamCommand(Map.of(TeamCommand.USER_VARIABLE, "kikaku", TeamCommand.PASSWORD_VARIABLE, "hyoka-2026"));
			Path a = folder.resolve("a");
			assertEquals(Command.OK, run(right, out, err, "clone", server.url(), a.toString()));
			Files.copy(TeamFilesTest.SAMPLE, a.resolve("saisei.hyoka"));
			assertEquals(Command.OK, run(right, out, err, "publish", a.toString(), "-m", "最初の版"));
			assertEquals(Command.OK, run(right, out, err, "update", a.toString()));
		}
	}

	/**
	 * hyoka team share starts sharing a folder in no repository: status 0 with the shared repository made on disk and
	 * cloned from; the same folder again, status 2 naming it. Over HTTPS it publishes into the server's empty
	 * repository with the environment's login, and is refused (status 2, nothing made) where the server's holds
	 * evaluations already.
	 */
	@Test
	void shareStartsSharingAFolderOnDiskOrOnAServer() throws Exception {
		Path desk = Files.createDirectories(folder.resolve("desk"));
		Files.copy(TeamFilesTest.SAMPLE, desk.resolve("saisei.hyoka"));
		Path shared = folder.resolve("share").resolve("evaluations.git");
		assertEquals(Command.OK, run("share", shared.toString(), desk.toString(), "-m", "共有を開始"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains(TeamMessages.format("shared", desk, shared)), out.toString(StandardCharsets.UTF_8));
		Path clone = folder.resolve("clone");
		assertEquals(Command.OK, run("clone", shared.toUri().toString(), clone.toString()));
		assertTrue(Files.exists(clone.resolve("saisei.hyoka")));
		UsageException again = assertThrows(UsageException.class, () -> run("share", folder.resolve("again.git").toString(), desk.toString(), "-m", "x"));
		assertTrue(again.getMessage().contains(desk.toString()), again.getMessage());

		Path bare = folder.resolve("server.git");
		Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
		try (GitHttpServer server = new GitHttpServer(bare, "kikaku", "hyoka-2026")) {
			Command right = new TeamCommand(Map.of(TeamCommand.USER_VARIABLE, "kikaku", TeamCommand.PASSWORD_VARIABLE, "hyoka-2026"));
			Path second = Files.createDirectories(folder.resolve("second"));
			Files.copy(TeamFilesTest.SAMPLE, second.resolve("saisei.hyoka"));
			assertEquals(Command.OK, run(right, out, err, "share", server.url(), second.toString(), "-m", "共有を開始"));
			Path third = Files.createDirectories(folder.resolve("third"));
			Files.copy(TeamFilesTest.SAMPLE, third.resolve("saisei.hyoka"));
			UsageException history = assertThrows(UsageException.class, () -> run(right, out, err, "share", server.url(), third.toString(), "-m", "x"));
			assertTrue(history.getMessage().contains(TeamMessages.format("sharedHasHistory", server.url())), history.getMessage());
			assertFalse(Files.exists(third.resolve(".git")), "nothing made in the refused folder");
		}
	}

	/**
	 * Over SSH the command line uses the key and known_hosts of the home's {@code .ssh}: a trusted server clones,
	 * publishes and updates; an unknown one ends with status 2 and a message naming the host and how to accept it,
	 * without the advice about logins; an encrypted key, with no terminal here, with a message saying how to give its
	 * passphrase.
	 */
	@Test
	void sshUsesTheKeysAndKnownHostsOfTheHome() throws Exception {
		Path bare = folder.resolve("shared.git");
		Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
		String home = System.getProperty("user.home");
		try (GitSshServer server = new GitSshServer(bare)) {
			server.writeUserHome(folder.resolve("home"), null, true);
			server.writeUserHome(folder.resolve("stranger"), null, false);
			server.writeUserHome(folder.resolve("locked"), "hyoka-2026", true);
			System.setProperty("user.home", folder.resolve("home").toString());
			Path a = folder.resolve("a");
			assertEquals(Command.OK, run("clone", server.url(), a.toString(), "--command", "hyoka"));
			Files.copy(TeamFilesTest.SAMPLE, a.resolve("s.hyoka"));
			assertEquals(Command.OK, run("publish", a.toString(), "-m", "最初の版"));
			Path b = folder.resolve("b");
			assertEquals(Command.OK, run("clone", server.url(), b.toString()));
			assertEquals(Files.readString(a.resolve("s.hyoka")), Files.readString(b.resolve("s.hyoka")));

			System.setProperty("user.home", folder.resolve("stranger").toString());
			int commands = server.commands.get();
			UsageException refused = assertThrows(UsageException.class, () -> run("clone", server.url(), folder.resolve("c").toString()));
			assertTrue(refused.getMessage().contains(TeamMessages.format("hostUnknown", "127.0.0.1", Integer.toString(server.port()))), refused.getMessage());
			assertFalse(refused.getMessage().contains(TeamMessages.format("cliLogin")), refused.getMessage());
			assertEquals(commands, server.commands.get(), "nothing ran on the unknown server");

			// an encrypted key with no terminal to ask in: the message says so, not what to set for a login
			System.setProperty("user.home", folder.resolve("locked").toString());
			UsageException locked = assertThrows(UsageException.class, () -> run("clone", server.url(), folder.resolve("d").toString()));
			String key = folder.resolve("locked/.ssh/id_ecdsa").toString();
			assertTrue(locked.getMessage().endsWith(TeamMessages.format("passphraseNeeded", key) + "; " + TeamMessages.format("cliPassphraseHint")),
					locked.getMessage());
		} finally {
			System.setProperty("user.home", home);
		}
	}
}
