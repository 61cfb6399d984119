package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.hyoka.core.validation.Validation;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Opening and saving a large .hyoka file against plain EMF XMI on the same file. Each operation takes seconds, so
 * each invocation is timed on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OpenSaveBenchmark {

	/** About 200 objects per project: 5,000 projects make a file of about one million objects. */
	@Param("5000")
	public int projects;

	private Path directory;
	private Path file;
	private Resource plain;
	private Resource hyoka;

	@Setup(Level.Trial)
	public void writePortfolio() throws IOException {
		directory = Files.createTempDirectory("hyoka-bench");
		file = directory.resolve("portfolio.hyoka");
		HyokaFiles.save(SyntheticPortfolio.generate(projects, 42), file);
		plain = PortfolioFiles.plainLoad(file);
		hyoka = PortfolioFiles.hyokaLoad(file);
	}

	@TearDown(Level.Trial)
	public void deleteFiles() throws IOException {
		try (var files = Files.list(directory)) {
			for (Path path : (Iterable<Path>) files::iterator) {
				Files.delete(path);
			}
		}
		Files.delete(directory);
	}

	@Benchmark
	public Resource plainXmiLoad() throws IOException {
		return PortfolioFiles.plainLoad(file);
	}

	@Benchmark
	public Resource hyokaLoad() throws IOException {
		return PortfolioFiles.hyokaLoad(file);
	}

	/** Load, resolve and validate: what opening a file in the workbench costs. */
	@Benchmark
	public Diagnostic hyokaOpen() throws IOException {
		return Validation.validate(PortfolioFiles.root(PortfolioFiles.hyokaLoad(file)));
	}

	@Benchmark
	public Diagnostic validate() {
		return Validation.validate(PortfolioFiles.root(hyoka));
	}

	@Benchmark
	public void plainXmiSave() throws IOException {
		PortfolioFiles.saveAs(plain, directory.resolve("plain.xmi"));
	}

	@Benchmark
	public void hyokaSave() throws IOException {
		PortfolioFiles.saveAs(hyoka, directory.resolve("saved.hyoka"));
	}
}
