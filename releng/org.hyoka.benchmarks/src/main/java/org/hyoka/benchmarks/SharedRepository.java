package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.RefSpec;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.CommentPolarity;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationComment;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.Sharing;

/**
 * A division's Git repository of evaluations (issue 50), deterministic for the same sizes: synthetic evaluations of a
 * few projects each, committed once, then commits by five people that each change one to three evaluations (a
 * comment rewritten, a 対処方針 rewritten, a comment added). {@link #WATCHED} changes in every tenth commit as well,
 * so that its history has versions to show. Two bare repositories: {@code shared.git} with the first commits, and
 * {@code ahead.git} with those and the newer ones, what others published since a clone of the first.
 */
final class SharedRepository {

	/** The evaluation whose history the benchmark reads. */
	static final String WATCHED = "evaluations/0000.hyoka"; //$NON-NLS-1$
	private static final String[] AUTHORS = { "担当者A", "担当者B", "担当者C", "担当者D", "担当者E" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Instant START = Instant.parse("2024-04-01T00:00:00Z"); //$NON-NLS-1$
	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo"); //$NON-NLS-1$

	private SharedRepository() {
	}

	/** The work tree the repositories were made from, its evaluations as {@code shared.git}'s last commit holds them. */
	static Path work(Path folder) {
		return folder.resolve("work"); //$NON-NLS-1$
	}

	static Path shared(Path folder) {
		return folder.resolve("shared.git"); //$NON-NLS-1$
	}

	static Path ahead(Path folder) {
		return folder.resolve("ahead.git"); //$NON-NLS-1$
	}

	/**
	 * Writes the repositories into the folder.
	 *
	 * @param evaluations
	 *            the number of evaluation files
	 * @param projects
	 *            the projects of each evaluation
	 * @param commits
	 *            the commits of {@code shared.git}, the first one included
	 * @param newer
	 *            the commits {@code ahead.git} has beyond those
	 */
	static void create(Path folder, int evaluations, int projects, int commits, int newer) throws IOException, GitAPIException {
		Path work = work(folder);
		Files.createDirectories(work.resolve("evaluations")); //$NON-NLS-1$
		Random random = new Random(SyntheticPortfolio.SEED);
		try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) { //$NON-NLS-1$
			for (int i = 0; i < evaluations; i++) {
				HyokaFiles.save(SyntheticPortfolio.generate(projects, i), work.resolve(name(i)));
			}
			Sharing.addMergeAttribute(git.getRepository());
			git.add().addFilepattern(".").call(); //$NON-NLS-1$
			commit(git, 0, "評価の登録"); //$NON-NLS-1$
			for (int c = 1; c < commits + newer; c++) {
				TreeSet<Integer> changed = new TreeSet<>();
				if (c % 10 == 0) {
					changed.add(0);
				}
				for (int n = 1 + random.nextInt(3); changed.size() < n;) {
					changed.add(random.nextInt(evaluations));
				}
				for (int i : changed) {
					edit(work.resolve(name(i)), c, random);
					git.add().addFilepattern(name(i)).call();
				}
				commit(git, c, "修正 " + c + ": " + changed.size() + "件"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (c == commits - 1) {
					push(git, shared(folder));
				}
			}
			if (commits <= 1) {
				push(git, shared(folder));
			}
			push(git, ahead(folder));
			// the work tree as shared.git holds it, the files a clone of it gets
			git.reset().setMode(ResetType.HARD).setRef("HEAD~" + newer).call(); //$NON-NLS-1$
		}
	}

	private static String name(int evaluation) {
		return String.format("evaluations/%04d.hyoka", evaluation); //$NON-NLS-1$
	}

	/** One person's change of an evaluation: a comment or a 対処方針 rewritten, or a comment added. */
	private static void edit(Path file, int commit, Random random) throws IOException {
		EvaluationReport report = HyokaFiles.load(file);
		Evaluation evaluation = report.getEvaluations().get(random.nextInt(report.getEvaluations().size()));
		switch (commit % 3) {
		case 0 -> {
			EvaluationComment comment = evaluation.getComments().get(random.nextInt(evaluation.getComments().size()));
			comment.setText(comment.getText() + "（修正" + commit + "）"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		case 1 -> evaluation.getRecommendations().get(random.nextInt(evaluation.getRecommendations().size())).getResponse()
				.setText("対処方針（修正" + commit + "）：実施者と協議のうえ計画を見直す。"); //$NON-NLS-1$ //$NON-NLS-2$
		default -> evaluation.getComments().add(comment(evaluation, evaluation.getId() + "-c-added-" + commit)); //$NON-NLS-1$
		}
		HyokaFiles.save(report, file);
	}

	/** A new negative comment on the evaluation's first item. */
	static EvaluationComment comment(Evaluation evaluation, String id) {
		EvaluationComment comment = EvaluationFactory.eINSTANCE.createEvaluationComment();
		comment.setId(id);
		comment.setItem(evaluation.getComments().get(0).getItem());
		comment.setPolarity(CommentPolarity.NEGATIVE);
		comment.setMarkerPrinted("●"); //$NON-NLS-1$
		comment.setText("追加の指摘：成果の普及に向けた計画を具体化すべきである。"); //$NON-NLS-1$
		return comment;
	}

	/**
	 * Commits what was added as one of the five people, an hour after the commit before; every tenth commit by a
	 * different person as well.
	 */
	private static void commit(Git git, int commit, String message) throws GitAPIException {
		String author = AUTHORS[(commit + commit / AUTHORS.length) % AUTHORS.length];
		PersonIdent ident = new PersonIdent(author, "team@example.org", START.plusSeconds(3600L * commit), TOKYO); //$NON-NLS-1$
		git.commit().setAuthor(ident).setCommitter(ident).setMessage(message).call();
	}

	private static void push(Git git, Path bare) throws GitAPIException {
		Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close(); //$NON-NLS-1$
		git.push().setRemote(bare.toUri().toString()).setRefSpecs(new RefSpec("HEAD:refs/heads/main")).call(); //$NON-NLS-1$
	}

	/** Deletes the folder and everything in it. */
	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(path);
			}
		}
	}

	/** The bytes of the files under the folder. */
	static long size(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
		}
	}
}
