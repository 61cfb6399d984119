package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.StoredConfig;
import org.hyoka.model.EvaluationReport;
import org.hyoka.team.History;
import org.hyoka.team.Sharing;
import org.hyoka.team.Version;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A secretariat's Git repository of evaluations ({@link SharedRepository}, issue 50) through the team bundle's API:
 * a clone of the bare repository by {@code file://}, an update that brings in what others published since, and the
 * history of one evaluation, against copying the clone's evaluation files, measured in the same run. Each takes up to
 * seconds, so each invocation is timed on its own.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TeamBenchmark {

	/** The folder {@link SharedRepository#create} wrote; {@link #report} sets it. */
	@State(Scope.Benchmark)
	public static class Repository {
		@Param("")
		public String folder;

		Path scratch;
		/** A clone of {@code shared.git}, for the history. */
		Path clone;

		@Setup(Level.Trial)
		public void cloneOnce() throws IOException, GitAPIException {
			// the evaluations' roadmaps read as model objects, as in the product
			PortfolioFiles.registerPackages();
			scratch = Files.createTempDirectory("hyoka-team"); //$NON-NLS-1$
			clone = scratch.resolve("history"); //$NON-NLS-1$
			Sharing.clone(uri(SharedRepository.shared(Path.of(folder))), clone, "hyoka"); //$NON-NLS-1$
		}

		@TearDown(Level.Trial)
		public void delete() throws IOException {
			SharedRepository.delete(scratch);
		}
	}

	/** A folder that does not exist yet, deleted after each invocation. */
	@State(Scope.Benchmark)
	public static class Target {
		Path folder;

		@Setup(Level.Invocation)
		public void name(Repository repository) {
			folder = repository.scratch.resolve("target"); //$NON-NLS-1$
		}

		@TearDown(Level.Invocation)
		public void delete() throws IOException {
			SharedRepository.delete(folder);
		}
	}

	/** A clone of {@code shared.git} whose remote is {@code ahead.git}: others published since the clone. */
	@State(Scope.Benchmark)
	public static class Behind {
		Path folder;

		@Setup(Level.Invocation)
		public void cloneBehind(Repository repository) throws IOException, GitAPIException {
			folder = repository.scratch.resolve("behind"); //$NON-NLS-1$
			Path shared = Path.of(repository.folder);
			Sharing.clone(uri(SharedRepository.shared(shared)), folder, "hyoka"); //$NON-NLS-1$
			try (Git git = Git.open(folder.toFile())) {
				StoredConfig config = git.getRepository().getConfig();
				config.setString("remote", "origin", "url", uri(SharedRepository.ahead(shared))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				config.save();
			}
		}

		@TearDown(Level.Invocation)
		public void delete() throws IOException {
			SharedRepository.delete(folder);
		}
	}

	/** The baseline: the evaluation files of a clone copied into a new folder, one by one. */
	@Benchmark
	public int copyFiles(Repository repository, Target target) throws IOException {
		Path from = repository.clone.resolve("evaluations"); //$NON-NLS-1$
		Path to = Files.createDirectories(target.folder);
		int copied = 0;
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, to.resolve(file.getFileName()));
				copied++;
			}
		}
		return copied;
	}

	/** {@code hyoka team clone file://… DIR}. */
	@Benchmark
	public void cloneRepository(Repository repository, Target target) throws IOException, GitAPIException {
		Sharing.clone(uri(SharedRepository.shared(Path.of(repository.folder))), target.folder, "hyoka"); //$NON-NLS-1$
	}

	/** Team > Update, others' commits since the clone fetched and fast-forwarded. */
	@Benchmark
	public Sharing.Update update(Behind behind) throws IOException, GitAPIException {
		return Sharing.update(behind.folder);
	}

	/** The History view's list of one evaluation's versions. */
	@Benchmark
	public List<Version> historyVersions(Repository repository) throws IOException {
		return History.versions(repository.clone.resolve(SharedRepository.WATCHED));
	}

	/** {@code hyoka team history FILE}: the versions, and what each changed by object and feature. */
	@Benchmark
	public int history(Repository repository) throws IOException {
		return changes(repository.clone.resolve(SharedRepository.WATCHED));
	}

	/** The number of changes of every version of the file, each read and compared with the one before. */
	static int changes(Path file) throws IOException {
		List<Version> versions = History.versions(file);
		int changes = 0;
		EvaluationReport later = History.read(file, versions.get(0));
		for (int i = 0; i < versions.size(); i++) {
			EvaluationReport earlier = i + 1 < versions.size() ? History.read(file, versions.get(i + 1)) : null;
			changes += History.changes(earlier, later).size();
			later = earlier;
		}
		return changes;
	}

	/**
	 * Writes the repository and the portfolio's edited copies, runs both benchmarks and reports the means and the
	 * ratios against their baselines. Quick: 20 evaluations and 10 commits, a portfolio of 20 projects, one shot each
	 * in this JVM, for a check that everything works, not for figures.
	 */
	static String report(boolean quick) throws Exception {
		int evaluations = quick ? 20 : 1000;
		int projects = 5;
		int commits = quick ? 10 : 200;
		int newer = 10;
		int portfolio = quick ? 20 : 5000;
		Path folder = Files.createTempDirectory("hyoka-team-bench"); //$NON-NLS-1$
		try {
			long start = System.nanoTime();
			SharedRepository.create(folder, evaluations, projects, commits, newer);
			double created = (System.nanoTime() - start) / 1e9;
			Path merge = Files.createDirectory(folder.resolve("merge")); //$NON-NLS-1$
			PortfolioMergeBenchmark.write(merge, portfolio);
			Map<String, Double> millis = new HashMap<>();
			millis.putAll(run(TeamBenchmark.class, "folder", folder, quick)); //$NON-NLS-1$
			millis.putAll(run(PortfolioMergeBenchmark.class, "folder", merge, quick)); //$NON-NLS-1$
			int versions = History.versions(SharedRepository.work(folder).resolve(SharedRepository.WATCHED)).size();
			StringBuilder out = new StringBuilder();
			out.append(String.format(Locale.ROOT, "# Team sharing: %,d evaluations of %d projects, %,d commits (+ %d to update)%n%n", //$NON-NLS-1$
					evaluations, projects, commits, newer));
			out.append(String.format(Locale.ROOT, "work tree %,d bytes, shared.git %,d bytes, written in %.1f s; %s has %d versions%n%n", //$NON-NLS-1$
					SharedRepository.size(SharedRepository.work(folder).resolve("evaluations")), //$NON-NLS-1$
					SharedRepository.size(SharedRepository.shared(folder)), created, SharedRepository.WATCHED, versions));
			out.append("| measure | time | ratio | goal |\n|---|---|---|---|\n"); //$NON-NLS-1$
			double copy = millis.get("copyFiles"); //$NON-NLS-1$
			row(out, "copy of the evaluation files (baseline)", copy, copy, ""); //$NON-NLS-1$ //$NON-NLS-2$
			row(out, "clone (file:// bare)", millis.get("cloneRepository"), copy, "seconds"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			row(out, "update (" + newer + " new commits)", millis.get("update"), copy, "seconds"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			row(out, "history: versions", millis.get("historyVersions"), copy, "seconds"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			row(out, "history: versions and their changes", millis.get("history"), copy, "seconds"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.append(String.format(Locale.ROOT, "%n# Merge by object: two edited copies of %,d projects%n%n", portfolio)); //$NON-NLS-1$
			out.append("| measure | time | ratio | goal |\n|---|---|---|---|\n"); //$NON-NLS-1$
			double load = millis.get("hyokaLoad"); //$NON-NLS-1$
			row(out, "load + resolve (baseline)", load, load, ""); //$NON-NLS-1$ //$NON-NLS-2$
			row(out, "model merge", millis.get("modelMerge"), load, "≤ 2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			row(out, "file merge (3 loads, merge, validation, save)", millis.get("fileMerge"), load, ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return out.toString();
		} finally {
			SharedRepository.delete(folder);
		}
	}

	private static void row(StringBuilder out, String measure, double ms, double baseline, String goal) {
		out.append(String.format(Locale.ROOT, "| %s | %,.1f ms | %.2f | %s |%n", measure, ms, ms / baseline, goal)); //$NON-NLS-1$
	}

	/** The mean of each benchmark method of the class, by name, with the folder as its parameter. */
	private static Map<String, Double> run(Class<?> benchmark, String param, Path folder, boolean quick) throws RunnerException {
		OptionsBuilder options = new OptionsBuilder();
		options.include(benchmark.getName() + ".*"); //$NON-NLS-1$
		options.param(param, folder.toString());
		if (quick) {
			options.forks(0).warmupIterations(0).measurementIterations(1);
		} else {
			options.forks(1).warmupIterations(1).measurementIterations(4).jvmArgs("-Xmx4g"); //$NON-NLS-1$
		}
		Map<String, Double> millis = new HashMap<>();
		for (RunResult result : new Runner(options.build()).run()) {
			String label = result.getParams().getBenchmark();
			millis.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
		}
		return millis;
	}

	static String uri(Path bare) {
		return bare.toUri().toString();
	}
}
