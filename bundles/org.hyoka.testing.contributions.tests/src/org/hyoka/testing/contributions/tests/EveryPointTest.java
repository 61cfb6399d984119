package org.hyoka.testing.contributions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.hyoka.cli.CommandLine;
import org.hyoka.cli.CommandRegistry;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.ExporterRegistry;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.contributions.ProjectsAtAGlancePage;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * org.hyoka.testing.contributions, a bundle only these tests install, contributes one rule, one editor page, one
 * report section and one command, as a third party would; each shows where a user looks for it, in the workbench
 * with every Hyoka feature.
 */
class EveryPointTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void hyokaValidatePrintsTheContributedRuleLikeABuiltInOne() throws Exception {
		Run validate = hyoka("validate", file("soyaku-kiban-2021"));
		assertTrue(validate.out().lines().anyMatch(line -> line.contains("TC-01") && line.contains("the program has 4 projects")),
				validate.out());
		assertTrue(validate.out().contains("HY-"), "the built-in findings are still there: " + validate.out());
	}

	@Test
	void hyokaHelpListsTheContributedCommandWhichRuns() throws Exception {
		Run help = hyoka("help");
		assertEquals(0, help.status());
		assertTrue(help.out().contains("hyoka projects FILE") && help.out().contains("Lists the projects of an evaluation"), help.out());
		Run projects = hyoka("projects", file("saisei-iryo-2022"));
		assertEquals(0, projects.status(), projects.err());
		assertEquals(List.of("A", "B", "C"), projects.out().lines().map(line -> line.split("\t")[0]).toList());
	}

	@Test
	void theHtmlExportPrintsTheContributedSectionAfterThePart1Heading() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExporterRegistry.read(RegistryFactory.getRegistry()).find("org.hyoka.export.html").orElseThrow().create()
				.export(HyokaFiles.load(java.nio.file.Path.of(file("saisei-iryo-2022"))), ExportOptions.DEFAULTS, new NullProgressMonitor(), out);
		String html = out.toString(StandardCharsets.UTF_8);
		int part1 = html.indexOf("第1部");
		int section = html.indexOf("プロジェクト一覧");
		int firstSubject = html.indexOf("class=\"subject\"");
		assertTrue(part1 >= 0 && part1 < section && (firstSubject < 0 || section < firstSubject),
				"the section is printed between 第1部 and the first subject: " + part1 + ", " + section + ", " + firstSubject);
	}

	@Test
	void theEditorShowsTheContributedPageAfterTheOverview() throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample);
		List<String> pages = bot.syncCall(editor::pageIds);
		assertEquals(List.of("org.hyoka.editor.page.overview", ProjectsAtAGlancePage.ID), pages.subList(0, 2), pages.toString());
		bot.syncRun(() -> editor.setActivePage(ProjectsAtAGlancePage.ID));
		bot.flush();
		bot.screenshot("contributed-page.png");
	}

	private record Run(int status, String out, String err) {
	}

	private static Run hyoka(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				CommandRegistry.installed()).run(args);
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** A sample installed into the workspace, as a file path the command line takes. */
	private static String file(String sample) throws Exception {
		return SampleEvaluations.install(SampleEvaluations.find(sample).orElseThrow(), null).getLocation().toOSString();
	}
}
