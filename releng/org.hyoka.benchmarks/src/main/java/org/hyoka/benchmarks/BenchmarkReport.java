package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hyoka.model.persistence.HyokaFiles;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link OpenSaveBenchmark} and the footprint measurement, and reports the goals as ratios against the
 * plain EMF baseline measured in the same run; then {@link HtmlExportBenchmark}, reported as the time for the 000
 * sample and the ratio between two portfolio sizes; then {@link RoadmapLayoutBenchmark} and {@link IpDeadlinesBenchmark}.
 * <p>
 * Arguments: {@code [--projects N] [--quick] [--export-only | --exports | --roadmap-only | --paint | --ip-only | --team] [--out FILE]}. {@code --quick}
 * runs one iteration in this JVM, for a check that everything works, not for figures; {@code --export-only} runs only
 * the HTML export; {@code --exports} runs {@link ExportBenchmark}, every format at two sizes, and each format alone with
 * the launcher's heap; {@code --roadmap-only} only the roadmap layout; {@code --paint} only {@link RoadmapPaintBenchmark},
 * the Roadmap view painting off-screen (needs a display); {@code --ip-only} only the deadlines of an IP register;
 * {@code --team} only {@link TeamBenchmark}, a shared repository of evaluations and the merge by object.
 */
public final class BenchmarkReport {

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws Exception {
		int projects = 5000;
		boolean quick = false;
		boolean exportOnly = false;
		boolean exports = false;
		boolean roadmapOnly = false;
		boolean paint = false;
		boolean ipOnly = false;
		boolean team = false;
		Path out = Path.of("benchmark-report.md");
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--projects" -> projects = Integer.parseInt(args[++i]);
			case "--quick" -> quick = true;
			case "--export-only" -> exportOnly = true;
			case "--exports" -> exports = true;
			case "--roadmap-only" -> roadmapOnly = true;
			case "--paint" -> paint = true;
			case "--ip-only" -> ipOnly = true;
			case "--team" -> team = true;
			case "--out" -> out = Path.of(args[++i]);
			default -> {
				System.err.println("usage: benchmarks [--projects N] [--quick] [--export-only | --exports | --roadmap-only | --paint | --ip-only | --team] [--out FILE]");
				System.exit(2);
			}
			}
		}
		String report = team ? TeamBenchmark.report(quick) : ipOnly ? IpDeadlinesBenchmark.report(quick) : paint ? RoadmapPaintBenchmark.report(quick) : exports ? exports(quick)
				: roadmapOnly ? RoadmapLayoutBenchmark.report(quick) : exportOnly ? export(quick) : run(projects, quick);
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
			// pre-touched, as the exports below: single shots otherwise pay for the young generation's first writes
			options.forks(1).warmupIterations(2).measurementIterations(5).jvmArgs("-Xmx8g", "-Xms8g",
					"-XX:+AlwaysPreTouch");
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
				+ RoadmapLayoutBenchmark.report(quick) + "\n" + IpDeadlinesBenchmark.report(quick);
	}

	/** The HTML export: portfolios of 100 and 1,000 projects (10 and 100 in quick mode, to stay fast). */
	static String export(boolean quick) throws RunnerException {
		int small = quick ? 10 : 100;
		int large = small * 10;
		OptionsBuilder options = portfolios(HtmlExportBenchmark.class, small, large);
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

	/** The JVM's heap in the product's launcher script (features/org.hyoka.runtime.feature/rootfiles/unix/hyoka). */
	static final String DEFAULT_HEAP = "-Xmx2g"; //$NON-NLS-1$
	/** POI's log4j API without a provider complains on every start; the product quiets it the same way. */
	private static final String QUIET_LOG4J = "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider"; //$NON-NLS-1$

	/** The benchmark's methods on portfolios of two sizes. */
	private static OptionsBuilder portfolios(Class<?> benchmark, int small, int large) {
		OptionsBuilder options = new OptionsBuilder();
		options.include(benchmark.getName() + ".*");
		options.param("projects", Integer.toString(small), Integer.toString(large));
		return options;
	}

	/**
	 * Every export format at two portfolio sizes (10 and 100 in quick mode), then each format once in a JVM of its
	 * own with the launcher's heap, at 1,000 and 5,000 projects (100 in quick mode).
	 */
	static String exports(boolean quick) throws RunnerException, IOException, InterruptedException {
		int small = quick ? 10 : 100;
		int large = small * 10;
		OptionsBuilder options = portfolios(ExportBenchmark.class, small, large);
		if (quick) {
			options.forks(0).warmupIterations(0).measurementIterations(1);
		} else {
			// Pre-touched: on this kind of virtual machine the first write to each page of a young generation grown
			// after the warm-up cost seconds per shot, so the last shots were the slowest (docs/benchmarks.md).
			// Five warm-up shots give C2 the time to compile the large methods of a fast format's 1,000-project
			// export.
			options.forks(1).warmupIterations(5).measurementIterations(5).jvmArgs("-Xmx4g", "-Xms4g",
					"-XX:+AlwaysPreTouch", QUIET_LOG4J);
		}
		Map<String, Map<Integer, Double>> millis = new HashMap<>();
		for (RunResult result : new Runner(options.build()).run()) {
			millis.computeIfAbsent(result.getParams().getParam("format"), format -> new HashMap<>())
					.put(Integer.valueOf(result.getParams().getParam("projects")), result.getPrimaryResult().getScore());
		}
		int[] sizes = quick ? new int[] { large } : new int[] { large, 5000 };
		Map<String, List<String>> heap = new HashMap<>();
		Path directory = Files.createTempDirectory("hyoka-exports");
		try {
			for (int size : sizes) {
				Path file = directory.resolve(size + ".hyoka");
				HyokaFiles.save(SyntheticPortfolio.generate(size, SyntheticPortfolio.SEED), file);
				for (String format : ExportRun.FORMATS) {
					Path out = directory.resolve(size + "." + format);
					heap.computeIfAbsent(format, f -> new ArrayList<>()).add(alone(format, file, out));
					Files.deleteIfExists(out);
				}
				Files.delete(file);
			}
		} finally {
			Files.delete(directory);
		}
		StringBuilder report = new StringBuilder("# Export of every format (synthetic portfolio)\n\n| format | ");
		report.append(String.format(Locale.ROOT, "%,d projects | %,d projects | %,d / %,d (goal ≤ 12) |", small, large, large, small));
		for (int size : sizes) {
			report.append(String.format(Locale.ROOT, " %,d projects, %s alone |", size, DEFAULT_HEAP));
		}
		report.append("\n|---|---:|---:|---:|").append("---|".repeat(sizes.length)).append('\n');
		for (String format : ExportRun.FORMATS) {
			double smallMs = millis.get(format).get(small);
			double largeMs = millis.get(format).get(large);
			report.append(String.format(Locale.ROOT, "| %s | %,.1f ms | %,.1f ms | %.2f |", format, smallMs, largeMs, largeMs / smallMs));
			heap.get(format).forEach(cell -> report.append(' ').append(cell).append(" |"));
			report.append('\n');
		}
		report.append("\nAlone: load, then export to a file as `hyoka export` does, in a new JVM; heap = most in use after a"
				+ " collection during the export (the model's share in brackets).\n");
		return report.toString();
	}

	/** One export in a JVM of its own with the launcher's heap: its time and heap, or how it failed. */
	private static String alone(String format, Path file, Path out) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, DEFAULT_HEAP, QUIET_LOG4J,
				"-cp", System.getProperty("java.class.path"), ExportRun.class.getName(), format, file.toString(), out.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		int status = process.waitFor();
		if (status == ExportRun.OUT_OF_MEMORY) {
			return "**out of memory**";
		}
		String[] figures = output.isEmpty() ? new String[0] : output.lines().reduce((first, last) -> last).orElseThrow().split(" ");
		if (status != 0 || figures.length != 3) {
			return "**failed** (exit " + status + ": " + output.lines().findFirst().orElse("") + ")";
		}
		return String.format(Locale.ROOT, "%.1f s, %s MiB (%s)", Double.parseDouble(figures[0]) / 1000, figures[1], figures[2]);
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
