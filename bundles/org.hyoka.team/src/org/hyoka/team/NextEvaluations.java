package org.hyoka.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.hyoka.core.skeleton.EvaluationSkeleton;
import org.hyoka.core.skeleton.NextEvaluation;
import org.hyoka.core.skeleton.NextEvaluation.Origin;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.internal.TeamMessages;

/**
 * Next year's evaluation file from last year's ({@link NextEvaluation}), naming the file it came from as Git knows it:
 * its path in the repository and the commit that holds it as read.
 */
public final class NextEvaluations {

	private NextEvaluations() {
	}

	/**
	 * Writes the next evaluation after the one in {@code source} to {@code target}, a file that does not exist yet,
	 * atomically.
	 *
	 * @throws IOException
	 *             {@code source} cannot be read (the message names it and the place), {@code target} exists or cannot
	 *             be written, or the year cannot follow the last evaluation (the message says why)
	 */
	public static EvaluationReport write(Path source, Path target, EvaluationType type, int fiscalYear) throws IOException {
		if (Files.exists(target)) {
			throw new IOException(TeamMessages.format("nextExists", target)); //$NON-NLS-1$
		}
		EvaluationReport previous = HyokaFiles.load(source);
		NextEvaluation.YearProblem problem = NextEvaluation.yearProblem(previous, fiscalYear);
		if (problem != null) {
			throw new IOException(yearMessage(problem, fiscalYear, previous));
		}
		EvaluationReport next = NextEvaluation.create(previous, type, fiscalYear, origin(source, target));
		HyokaFiles.save(next, target);
		return next;
	}

	/** Why the year cannot be the next evaluation's, in the user's language. */
	public static String yearMessage(NextEvaluation.YearProblem problem, int fiscalYear, EvaluationReport previous) {
		return switch (problem) {
		case OUT_OF_RANGE -> TeamMessages.format("nextYearRange", String.valueOf(fiscalYear), //$NON-NLS-1$
				String.valueOf(EvaluationSkeleton.MIN_FISCAL_YEAR),
				String.valueOf(EvaluationSkeleton.MAX_FISCAL_YEAR));
		case NOT_LATER -> TeamMessages.format("nextYearNotLater", String.valueOf(fiscalYear), //$NON-NLS-1$
				String.valueOf(NextEvaluation.latestYear(previous)));
		};
	}

	/**
	 * Where {@code source} is kept: in a Git repository its path there, with the commit at HEAD when the file is as
	 * that commit holds it; otherwise its path from {@code target}'s folder.
	 */
	public static Origin origin(Path source, Path target) throws IOException {
		String path = null;
		try (Repository repository = History.open(source)) {
			path = History.path(repository, source);
			ObjectId head = repository.resolve("HEAD^{commit}"); //$NON-NLS-1$
			return new Origin(path, head != null && unchanged(repository, path) ? head.getName() : null);
		} catch (IOException | NoWorkTreeException e) {
			if (path != null) {
				throw e instanceof IOException io ? io : new IOException(e);
			}
			// not in a repository's work tree: named by its path from the new file
		}
		Path folder = target.toAbsolutePath().normalize().getParent();
		return new Origin(folder.relativize(source.toAbsolutePath().normalize()).toString().replace('\\', '/'), null);
	}

	/** Whether the file is tracked and as HEAD holds it. */
	private static boolean unchanged(Repository repository, String path) throws IOException {
		try (Git git = new Git(repository)) {
			var status = git.status().addPath(path).call();
			return status.isClean() && !status.getIgnoredNotInIndex().contains(path);
		} catch (GitAPIException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
