package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.ProjectsPage;
import org.hyoka.editor.internal.ScoresPage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.program.Project;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * UI benchmark of issue 4's goals, run in its own execution (see pom.xml) and reported in
 * {@code target/benchmarks/editor-ui.md}; it asserts what the editor does, never how fast (docs/benchmarks.md):
 * <ul>
 * <li>opening the 000 sample until the editor is painted, against loading the same file without UI;</li>
 * <li>a score edit in the 002 sample until the average and the chart show it, against the same command on a model
 * without UI;</li>
 * <li>selecting another project of the 002 sample on the Projects page until its details show, against building the
 * page again (issue 49).</li>
 * </ul>
 */
class EditorBenchmark {

	private static final int WARM_UP = 3;
	private static final int RUNS = 15;
	private static final Path REPORT = Path.of(System.getProperty("org.hyoka.benchmarks", "target/benchmarks"), "editor-ui.md");

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void openAndScoreEdit() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		Path path = file.getLocation().toPath();

		double[] load = measure(() -> {
			EvaluationReport report = HyokaFiles.load(path);
			assertEquals(4, report.getProgram().getProjects().size());
		});
		double[] open = measure(() -> bot.syncRun(() -> {
			EvaluationEditor editor = openEditor(file);
			settle(editor.getSite().getShell().getDisplay(), () -> true);
			bot.page().closeEditor(editor, false);
			settle(Display.getCurrent(), () -> true);
		}));

		// 000 prints no score table; 002 prints three
		IFile scored = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor editor = bot.syncCall(() -> openEditor(scored));
		ScoresPage page = bot.syncCall(() -> (ScoresPage) editor.setActivePage(ScoresPage.ID));
		bot.flush();
		ScoresPage.ScoreView view = bot.syncCall(() -> page.views().get(0));
		ItemScore row = view.evaluation().getScoreTable().getRows().get(0);
		EvaluatorScore score = row.getScores().get(0);
		int averageColumn = bot.syncCall(() -> view.viewer().getTable().getColumnCount() - 3);
		int[] edits = { 0 };
		double[] edit = measure(() -> bot.syncRun(() -> {
			String before = view.viewer().getTable().getItem(0).getText(averageColumn);
			double chartBefore = view.chartedAverages()[0];
			edits[0]++;
			editor.model().commandStack().execute(SetCommand.create(editor.model().domain(), score,
					EvaluationPackage.Literals.EVALUATOR_SCORE__VALUE, other(score)));
			settle(Display.getCurrent(), () -> !view.viewer().getTable().getItem(0).getText(averageColumn).equals(before)
					&& view.chartedAverages()[0] != chartBefore);
		}));
		assertEquals(WARM_UP + RUNS, edits[0]);

		EvaluationReport headless = HyokaFiles.load(scored.getLocation().toPath());
		EvaluatorScore headlessScore = headless.getEvaluations().stream().filter(e -> e.getScoreTable() != null).findFirst()
				.orElseThrow().getScoreTable().getRows().get(0).getScores().get(0);
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
		double[] command = measure(() -> domain.getCommandStack().execute(SetCommand.create(domain, headlessScore,
				EvaluationPackage.Literals.EVALUATOR_SCORE__VALUE, other(headlessScore))));
		factory.dispose();

		// another project selected on the Projects page until its details show, against the page built again: what a
		// selection cost while it built all the details anew, and the list of projects
		ProjectsPage projects = bot.syncCall(() -> (ProjectsPage) editor.setActivePage(ProjectsPage.ID));
		bot.flush();
		List<Project> all = bot.syncCall(() -> List.copyOf(editor.report().getProgram().getProjects()));
		int[] selections = { 0 };
		double[] select = measure(() -> bot.syncRun(() -> {
			Project project = all.get(++selections[0] % all.size());
			projects.select(project);
			settle(Display.getCurrent(), () -> projects.shown() == project && projects.heading().equals(ObjectLabels.of(project)));
		}));
		double[] rebuild = measure(() -> bot.syncRun(() -> {
			projects.refresh();
			settle(Display.getCurrent(), () -> projects.shown() == all.get(0));
		}));

		report(load, open, command, edit, select, rebuild);
	}

	/** A valid score other than the current one, so that every edit changes the average. */
	private static int other(EvaluatorScore score) {
		return Integer.valueOf(0).equals(score.getValue()) ? 3 : 0;
	}

	private EvaluationEditor openEditor(IFile file) {
		try {
			return (EvaluationEditor) IDE.openEditor(bot.page(), file);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Runs the display's queue (async refreshes, paints) until the condition holds and nothing is left. */
	private static void settle(Display display, BooleanSupplier done) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		do {
			while (display.readAndDispatch()) {
				// drain
			}
			display.update();
		} while (!done.getAsBoolean() && System.nanoTime() < deadline);
		if (!done.getAsBoolean()) {
			throw new AssertionError("the UI did not show the change within 10 s");
		}
	}

	private interface Action {
		void run() throws Exception;
	}

	/** Milliseconds per run, after warm-up runs. */
	private static double[] measure(Action action) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			action.run();
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			action.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static double median(double[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static void report(double[] load, double[] open, double[] command, double[] edit, double[] select, double[] rebuild)
			throws IOException {
		String text = String.format(Locale.ROOT, """
				# Editor UI benchmark (%d runs after %d warm-up runs)

				| Measure | Median ms | Max ms | Baseline | Baseline median ms | Ratio |
				| --- | ---: | ---: | --- | ---: | ---: |
				| Open sample 000 until painted (goal < 1000 ms) | %.1f | %.1f | load the file without UI | %.1f | %.2f× |
				| Score edit in sample 002 until average and chart show it (goal: no visible delay, < 100 ms) | %.2f | %.2f | same command without UI | %.3f | %.1f× |
				| Another project selected in sample 002 until its details show | %.1f | %.1f | the Projects page built again | %.1f | %.2f× |
				""", RUNS, WARM_UP, median(open), open[open.length - 1], median(load), median(open) / median(load),
				median(edit), edit[edit.length - 1], median(command), median(edit) / median(command),
				median(select), select[select.length - 1], median(rebuild), median(select) / median(rebuild));
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, text);
		System.out.println(text);
	}
}
