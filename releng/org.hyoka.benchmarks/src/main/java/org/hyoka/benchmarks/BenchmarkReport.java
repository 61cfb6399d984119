package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link OpenSaveBenchmark} and the footprint measurement, and reports the goals as ratios against the
 * plain EMF baseline measured in the same run; then {@link HtmlExportBenchmark}, reported as the time for the 000
 * sample and the ratio between two portfolio sizes; then {@link RoadmapLayoutBenchmark}.
 * <p>
 * Arguments: {@code [--projects N] [--quick] [--export-only] [--roadmap-only] [--out FILE]}. {@code --quick} runs one
 * iteration in this JVM, for a check that everything works, not for figures; {@code --export-only} runs only the
 * HTML export, {@code --roadmap-only} only the roadmap layout.
 */
public final class BenchmarkReport {

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws Exception {
		int projects = 5000;
		boolean quick = false;
		boolean exportOnly = false;
		boolean roadmapOnly = false;
		Path out = Path.of("benchmark-report.md");
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--projects" -> projects = Integer.parseInt(args[++i]);
			case "--quick" -> quick = true;
			case "--export-only" -> exportOnly = true;
			case "--roadmap-only" -> roadmapOnly = true;
			case "--out" -> out = Path.of(args[++i]);
			default -> {
				System.err.println("usage: benchmarks [--projects N] [--quick] [--export-only] [--roadmap-only] [--out FILE]");
				System.exit(2);
			}
			}
		}
		String report = roadmapOnly ? RoadmapLayoutBenchmark.report(quick) : exportOnly ? export(quick) : run(projects, quick);
		System.out.println(report);
		Files.writeString(out, report);
	}

	static String run(int projects, boolean quick) throws RunnerException, IOException, InterruptedException {
		OptionsBuilder options = new OptionsBuilder();
		options.include(OpenSaveBenchmark.class.getName() + ".*");
		options.param("projects", Integer.toString(projects));
		if (quick) {
			options.forks(0).warmupIterations(0).measurementIterations(1);
		} else {
			options.forks(1).warmupIterations(2).measurementIterations(5).jvmArgs("-Xmx8g", "-Xms8g");
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		Map<String, Double> millis = new HashMap<>();
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark();
			millis.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
		}

		Path directory = Files.createTempDirectory("hyoka-footprint");
		Path file = directory.resolve("portfolio.hyoka");
		var portfolio = SyntheticPortfolio.generate(projects, 42);
		int objects = SyntheticPortfolio.countObjects(portfolio);
		org.hyoka.model.persistence.HyokaFiles.save(portfolio, file);
		long fileBytes = Files.size(file);
		long plainBytes = Footprint.measure("plain", file);
		long hyokaBytes = Footprint.measure("hyoka", file);
		Files.delete(file);
		Files.delete(directory);
		return format(projects, objects, fileBytes, millis, plainBytes, hyokaBytes) + "\n" + export(quick) + "\n"
				+ RoadmapLayoutBenchmark.report(quick);
	}

	/** The HTML export: portfolios of 100 and 1,000 projects (10 and 100 in quick mode, to stay fast). */
	static String export(boolean quick) throws RunnerException {
		int small = quick ? 10 : 100;
		int large = small * 10;
		OptionsBuilder options = new OptionsBuilder();
		options.include(HtmlExportBenchmark.class.getName() + ".*");
		options.param("projects", Integer.toString(small), Integer.toString(large));
		if (quick) {
			options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
		} else {
			options.forks(1).warmupIterations(6).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
					.measurementTime(TimeValue.seconds(2)).jvmArgs("-Xmx4g", "-Xms4g");
		}
		double sample = 0;
		Map<Integer, Double> portfolio = new HashMap<>();
		for (RunResult result : new Runner(options.build()).run()) {
			String label = result.getParams().getBenchmark();
			if (label.endsWith(".sample000")) {
				sample = result.getPrimaryResult().getScore();
			} else {
				portfolio.put(Integer.valueOf(result.getParams().getParam("projects")), result.getPrimaryResult().getScore());
			}
		}
		return formatExport(sample, small, portfolio.get(small), large, portfolio.get(large));
	}

	static String formatExport(double sampleMs, int small, double smallMs, int large, double largeMs) {
		StringBuilder out = new StringBuilder();
		out.append("# HTML export (技術評価報告書)\n\n| measure | time | goal |\n|---|---|---|\n");
		out.append(String.format(Locale.ROOT, "| sample 000 to HTML | %,.1f ms | < 1,000 ms |%n", sampleMs));
		out.append(String.format(Locale.ROOT, "| %,d projects to HTML | %,.1f ms |  |%n", small, smallMs));
		out.append(String.format(Locale.ROOT, "| %,d projects to HTML | %,.1f ms |  |%n", large, largeMs));
		out.append(String.format(Locale.ROOT, "%nexport ratio %,d / %,d projects: %.2f (goal ≤ 12, at most linear)%n", large, small,
				largeMs / smallMs));
		return out.toString();
	}

	static String format(int projects, int objects, long fileBytes, Map<String, Double> ms, long plainBytes,
			long hyokaBytes) {
		double validatePer100k = ms.get("validate") / 1000 * 100_000 / objects;
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "# Open and save: %,d projects, %,d objects, %,d bytes%n%n", projects,
				objects, fileBytes));
		out.append("| measure | Hyoka | plain EMF XMI | ratio | goal |\n|---|---|---|---|---|\n");
		row(out, "open (load + resolve + validate)", ms.get("hyokaOpen"), ms.get("plainXmiLoad"), "ms", "≤ 1.5");
		row(out, "load + resolve", ms.get("hyokaLoad"), ms.get("plainXmiLoad"), "ms", "");
		row(out, "save", ms.get("hyokaSave"), ms.get("plainXmiSave"), "ms", "");
		row(out, "retained heap", hyokaBytes / 1048576.0, plainBytes / 1048576.0, "MiB", "≤ 1.3");
		out.append(String.format(Locale.ROOT, "%nvalidation: %,.0f ms for %,d objects = %.2f s per 100,000 objects (goal ≤ 1 s)%n",
				ms.get("validate"), objects, validatePer100k));
		return out.toString();
	}

	private static void row(StringBuilder out, String label, double hyoka, double plain, String unit, String goal) {
		out.append(String.format(Locale.ROOT, "| %s | %,.1f %s | %,.1f %s | %.2f | %s |%n", label, hyoka, unit, plain,
				unit, hyoka / plain, goal));
	}
}
