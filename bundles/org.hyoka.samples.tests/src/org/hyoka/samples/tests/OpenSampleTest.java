package org.hyoka.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.hyoka.core.workspace.WorkbenchProjects;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.samples.Sample;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.samples.internal.OpenSampleHandler;
import org.hyoka.samples.internal.OpenSampleOnStartup;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An evaluator opens the real evaluations the workbench ships from File > Open Sample. */
class OpenSampleTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void bothReportsAreContributedWithTheirNames() {
		List<Sample> samples = SampleEvaluations.all();
		assertEquals(List.of("soyaku-kiban-2021", "saisei-iryo-2022"), samples.stream().map(Sample::id).toList());
		assertTrue(samples.get(0).name().contains("創薬基盤"), samples.get(0).name());
		List<String> labels = bot.windowShell().menu("File", "Open Sample").itemLabels();
		assertEquals(samples.stream().map(Sample::name).toList(), labels);
	}

	@Test
	void theFileMenuCopiesTheSampleIntoTheWorkspaceAndOpensIt() throws CoreException {
		Sample sample = SampleEvaluations.find("soyaku-kiban-2021").orElseThrow();
		bot.windowShell().menu("File", "Open Sample", sample.name()).click();
		bot.waitUntil("the sample's editor is active", () -> activeEditor() instanceof EvaluationEditor);
		EvaluationEditor editor = (EvaluationEditor) activeEditor();
		IFile file = ((IFileEditorInput) bot.syncCall(editor::getEditorInput)).getFile();
		assertEquals("/" + SampleEvaluations.PROJECT + "/soyaku-kiban-2021.hyoka", file.getFullPath().toString());
		assertEquals("org.hyoka.samples", file.getProject().getPersistentProperty(WorkbenchProjects.KEPT_BY),
				"marked as a project the workbench keeps, where no new evaluation is proposed");
		assertEquals(List.of("A", "B", "C", "D"),
				editor.report().getProgram().getProjects().stream().map(p -> p.getLetterCode()).toList());
		bot.screenshot("open-sample.png");

		// A second open keeps the copy the user may have edited.
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		file.setContents(new ByteArrayInputStream(new byte[0]), true, false, null);
		IFile again = SampleEvaluations.install(sample, null);
		assertEquals(file, again);
		assertEquals(0, again.getLocation().toFile().length());
	}

	@Test
	void anUnknownSampleIdIsRefusedWithItsName() {
		ExecutionException refused = bot.syncCall(() -> assertThrows(ExecutionException.class, () -> bot.window()
				.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(bot.window()
						.getService(ICommandService.class).getCommand(OpenSampleHandler.COMMAND),
						Map.of(OpenSampleHandler.PARAMETER, "no-such-sample")), null)));
		assertTrue(refused.getMessage().contains("'no-such-sample'"), refused.getMessage());
	}

	@Test
	void theStartupArgumentNamesTheSample() {
		assertEquals("saisei-iryo-2022",
				OpenSampleOnStartup.sampleArgument(new String[] { "-nl", "ja", "-openSample", "saisei-iryo-2022" }));
		assertNull(OpenSampleOnStartup.sampleArgument(new String[] { "-openSample" }));
		assertNull(OpenSampleOnStartup.sampleArgument(new String[0]));
	}

	private IEditorPart activeEditor() {
		return bot.syncCall(() -> bot.page().getActiveEditor());
	}
}
