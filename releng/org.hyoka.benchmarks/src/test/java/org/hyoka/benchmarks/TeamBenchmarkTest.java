package org.hyoka.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.team.MergeResult;
import org.hyoka.team.TeamFiles;
import org.hyoka.team.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team benchmark's repository and portfolio copies are what it says they are, and its quick run reports every
 * measure; the full run is releng/scripts/benchmark.sh --team.
 */
class TeamBenchmarkTest {

	@TempDir
	Path folder;

	@Test
	void theRepositoryHasItsCommitsAndTheUpdateBringsTheNewerOnes() throws Exception {
		SharedRepository.create(folder, 12, 1, 30, 10);
		try (Git shared = Git.open(SharedRepository.shared(folder).toFile()); Git ahead = Git.open(SharedRepository.ahead(folder).toFile())) {
			assertEquals(30, count(shared));
			assertEquals(40, count(ahead));
		}
		List<Version> versions = org.hyoka.team.History.versions(SharedRepository.work(folder).resolve(SharedRepository.WATCHED));
		// the first commit, every tenth (10, 20) and those that drew it, by more than one person
		assertTrue(versions.size() >= 3, versions::toString);
		assertTrue(versions.stream().map(Version::author).distinct().count() >= 3, versions::toString);
	}

	@Test
	void theTwoCopiesMergeWithoutConflictAndKeepBothAdditions() throws Exception {
		PortfolioMergeBenchmark.write(folder, 120);
		MergeResult result = TeamFiles.merge(folder.resolve("base.hyoka"), folder.resolve("ours.hyoka"), folder.resolve("theirs.hyoka"),
				folder.resolve("merged.hyoka"));
		assertTrue(result.clean(), () -> result.conflicts() + " " + result.newErrors());
		EvaluationReport merged = HyokaFiles.load(folder.resolve("merged.hyoka"));
		assertTrue(merged.getProgram().getProjects().get(0).getNameJa().endsWith("（当方）"));
		assertTrue(merged.getProgram().getProjects().get(50).getNameJa().endsWith("（先方）"));
		assertTrue(merged.getProgram().getProjects().get(100).getNameJa().endsWith("（当方）"));
		assertEquals("ev-1-added", last(merged, 1));
		assertEquals("ev-2-added", last(merged, 2));
	}

	@Test
	void reportsEveryMeasureAndItsRatio() throws Exception {
		String report = TeamBenchmark.report(true);
		for (String measure : new String[] { "copy of the evaluation files (baseline)", "clone (file:// bare)", "update (10 new commits)",
				"history: versions", "history: versions and their changes", "load + resolve (baseline)", "model merge",
				"file merge (3 loads, merge, validation, save)" }) {
			Matcher row = Pattern.compile("\\| " + Pattern.quote(measure) + " \\| ([0-9.,]+) ms \\| ([0-9.]+) \\|").matcher(report);
			assertTrue(row.find(), () -> measure + " missing from\n" + report);
			assertTrue(Double.parseDouble(row.group(1).replace(",", "")) > 0, report);
		}
	}

	private static int count(Git git) throws Exception {
		int commits = 0;
		for (var iterator = git.log().call().iterator(); iterator.hasNext(); iterator.next()) {
			commits++;
		}
		return commits;
	}

	private static String last(EvaluationReport report, int evaluation) {
		var comments = report.getEvaluations().get(evaluation).getComments();
		return comments.get(comments.size() - 1).getId();
	}
}
