package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.html.HtmlExporter;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exporting the 技術評価報告書 as HTML: the 000 sample as shipped, and synthetic portfolios of two sizes whose ratio
 * shows how the time grows. The model is loaded or generated once; only the export is timed, into a counting
 * stream so that the bytes are written but not kept.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HtmlExportBenchmark {

	/** Sample 000: 次世代治療・診断実現のための創薬基盤技術開発事業. */
	static final String SAMPLE = "bundles/org.hyoka.samples/samples/soyaku-kiban-2021.hyoka"; //$NON-NLS-1$

	@State(Scope.Benchmark)
	public static class Sample {
		EvaluationReport report;

		@Setup(Level.Trial)
		public void load() throws IOException {
			report = HyokaFiles.load(find(SAMPLE));
		}
	}

	@State(Scope.Benchmark)
	public static class Portfolio {
		@Param({ "100", "1000" })
		public int projects;

		EvaluationReport report;

		@Setup(Level.Trial)
		public void generate() {
			report = SyntheticPortfolio.generate(projects, 42);
		}
	}

	@Benchmark
	public long sample000(Sample sample) throws IOException {
		return export(sample.report);
	}

	@Benchmark
	public long portfolio(Portfolio portfolio) throws IOException {
		return export(portfolio.report);
	}

	private static long export(EvaluationReport report) throws IOException {
		CountingStream out = new CountingStream();
		new HtmlExporter().export(report, ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		return out.bytes;
	}

	/** The repository file, found from the working directory or a folder above it (the module runs its tests in its own). */
	static Path find(String file) throws IOException {
		for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
			if (Files.isRegularFile(directory.resolve(file))) {
				return directory.resolve(file);
			}
		}
		throw new IOException(file + " not found from " + Path.of("").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
