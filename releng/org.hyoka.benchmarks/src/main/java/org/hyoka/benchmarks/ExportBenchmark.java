package org.hyoka.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.model.EvaluationReport;
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
 * Exporting a synthetic portfolio in each of the five formats the product installs, at two sizes whose ratio shows
 * how the time grows. One export is one call (a single shot): the slow formats take seconds. The portfolio is
 * generated before timing; the bytes are counted, not kept.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ExportBenchmark {

	@Param({ "html", "csv", "xlsx", "docx", "pdf" })
	public String format;

	@Param({ "100", "1000" })
	public int projects;

	private EvaluationReport report;
	private Exporter exporter;

	@Setup(Level.Trial)
	public void generate() throws IOException {
		ProductContributions.install();
		report = SyntheticPortfolio.generate(projects, SyntheticPortfolio.SEED);
		exporter = ExportRun.exporter(format);
	}

	@Benchmark
	public long export() throws IOException {
		CountingStream out = new CountingStream();
		exporter.export(report, ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		return out.bytes;
	}
}
