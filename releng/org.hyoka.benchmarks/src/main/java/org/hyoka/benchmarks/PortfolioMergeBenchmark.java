package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.hyoka.team.MergeResult;
import org.hyoka.team.ModelMerge;
import org.hyoka.team.TeamFiles;
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
 * The merge by object of two edited copies of a synthetic portfolio (issue 50) against loading the file, measured in
 * the same run: the merge of the three models alone ({@link ModelMerge}), and the merge of the three files as Git's
 * merge driver runs it ({@link TeamFiles#merge}: three loads at once, the merge, validation of the result, and of the
 * sides only when it has errors, the save).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioMergeBenchmark {

	/** Every hundredth project is changed, ours from the first, theirs from the fiftieth. */
	private static final int STRIDE = 100;

	/** The folder {@link #write} wrote; {@link TeamBenchmark#report} sets it. */
	@Param("")
	public String folder;

	private Path base;
	private Path ours;
	private Path theirs;

	/** The three models of {@link #modelMerge}: ours read again before each shot, since the merge changes it. */
	@State(Scope.Benchmark)
	public static class Models {
		EvaluationReport base;
		EvaluationReport ours;
		EvaluationReport theirs;

		@Setup(Level.Trial)
		public void loadBaseAndTheirs(PortfolioMergeBenchmark files) throws IOException {
			base = HyokaFiles.load(files.base);
			theirs = HyokaFiles.load(files.theirs);
		}

		@Setup(Level.Iteration)
		public void loadOurs(PortfolioMergeBenchmark files) throws IOException {
			ours = HyokaFiles.load(files.ours);
		}
	}

	@Setup(Level.Trial)
	public void files() {
		PortfolioFiles.registerPackages();
		Path files = Path.of(folder);
		base = files.resolve("base.hyoka"); //$NON-NLS-1$
		ours = files.resolve("ours.hyoka"); //$NON-NLS-1$
		theirs = files.resolve("theirs.hyoka"); //$NON-NLS-1$
	}

	/** The baseline: what opening the file costs before validation. */
	@Benchmark
	public Resource hyokaLoad() throws IOException {
		return PortfolioFiles.hyokaLoad(base);
	}

	/** Single shots only: a second merge into the same ours would find theirs' changes made. */
	@Benchmark
	public MergeResult modelMerge(Models models) {
		return ModelMerge.merge(models.base, models.ours, models.theirs);
	}

	@Benchmark
	public MergeResult fileMerge() throws IOException {
		return TeamFiles.merge(base, ours, theirs, Path.of(folder).resolve("merged.hyoka")); //$NON-NLS-1$
	}

	/**
	 * Writes the portfolio of the projects as {@code base.hyoka}, and two edited copies: in {@code ours.hyoka} every
	 * hundredth project from the first renamed and its evaluation's first comment rewritten, and a comment added to
	 * the second project's evaluation; in {@code theirs.hyoka} the same from the fiftieth project (from the first when
	 * there are fewer than fifty), and a comment added to the third project's evaluation.
	 */
	static void write(Path folder, int projects) throws IOException {
		Path base = folder.resolve("base.hyoka"); //$NON-NLS-1$
		HyokaFiles.save(SyntheticPortfolio.generate(projects, SyntheticPortfolio.SEED), base);
		edit(base, folder.resolve("ours.hyoka"), 0, 1, "（当方）"); //$NON-NLS-1$ //$NON-NLS-2$
		edit(base, folder.resolve("theirs.hyoka"), projects > STRIDE / 2 ? STRIDE / 2 : 1, 2, "（先方）"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void edit(Path base, Path copy, int first, int added, String mark) throws IOException {
		EvaluationReport report = HyokaFiles.load(base);
		// the synthetic portfolio's evaluations are in the order of its projects
		for (int p = first; p < report.getProgram().getProjects().size(); p += STRIDE) {
			Project project = report.getProgram().getProjects().get(p);
			project.setNameJa(project.getNameJa() + mark);
			Evaluation evaluation = report.getEvaluations().get(p);
			evaluation.getComments().get(0).setText(evaluation.getComments().get(0).getText() + mark);
		}
		Evaluation evaluation = report.getEvaluations().get(added);
		evaluation.getComments().add(SharedRepository.comment(evaluation, evaluation.getId() + "-added")); //$NON-NLS-1$
		HyokaFiles.save(report, copy);
	}
}
