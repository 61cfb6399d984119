package org.hyoka.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.evaluation.PreviousFinding;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * File > New > Next Year's Evaluation: the last evaluation chosen, the year after it and a name with that year
 * proposed, an existing name refused; Finish writes the new file beside the last one and opens it in the editor.
 */
class NextEvaluationWizardTest {

	private static final String LAST = "saisei-iryo-2022.hyoka";

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void finishWritesTheNextEvaluationBesideTheLastAndOpensIt() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("hyoka-next");
		project.create(null);
		project.open(null);
		Files.copy(TeamMenuTest.SAMPLE, project.getLocation().toPath().resolve(LAST));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		// from the evaluation open in front, as a secretariat starts it
		bot.openEditor(project.getFile(LAST));
		bot.windowShell().menu("File", "New", "Next Year's Evaluation").click();
		ShellBot wizard = bot.shell("Next Year's Evaluation");
		assertEquals("/hyoka-next/" + LAST, wizard.textWithLabel("Last evaluation:").getText());
		Spinner year = wizard.find(Spinner.class, "the fiscal year", s -> true);
		bot.waitUntil("the year after the last evaluation", () -> bot.syncCall(year::getSelection) == 2023);
		assertEquals("saisei-iryo-2023.hyoka", wizard.textWithLabel("New file:").getText());
		Button finish = wizard.button("Finish").widget();
		assertTrue(bot.syncCall(finish::isEnabled), "Finish is enabled");

		// the last file's own name is refused
		wizard.textWithLabel("New file:").setText(LAST);
		bot.waitUntil("an existing name is refused", () -> !bot.syncCall(finish::isEnabled));
		assertTrue(wizard.textContaining("exists").contains(LAST));
		wizard.textWithLabel("New file:").setText("saisei-iryo-2023.hyoka");
		bot.waitUntil("Finish is enabled again", () -> bot.syncCall(finish::isEnabled));
		bot.settlePainting(wizard.widget());
		wizard.screenshot(TeamMenuTest.screenshots("team-next-evaluation-wizard.png"));
		wizard.button("Finish").click();
		wizard.waitUntilClosed();

		bot.waitUntil("the new evaluation opens", () -> bot.syncCall(() -> {
			IEditorPart editor = bot.page().getActiveEditor();
			return editor != null && editor.getEditorInput() instanceof IFileEditorInput input
					&& input.getFile().getName().equals("saisei-iryo-2023.hyoka");
		}));
		bot.screenshot(TeamMenuTest.screenshots("team-next-evaluation-opened.png"));
		Path written = project.getLocation().toPath().resolve("saisei-iryo-2023.hyoka");
		EvaluationReport next = HyokaFiles.load(written);
		EvaluationReport last = HyokaFiles.load(TeamMenuTest.SAMPLE);
		assertEquals(EvaluationType.INTERIM, next.getEvaluations().get(0).getType());
		assertEquals(2023, next.getEvaluations().get(0).getFiscalYear());
		long recommendations = last.getEvaluations().stream().mapToLong(e -> e.getRecommendations().size()).sum();
		assertEquals(findings(last) + recommendations, findings(next));
		assertTrue(next.getSourceDocuments().stream().anyMatch(d -> d.getFileName() != null && d.getFileName().endsWith(LAST)),
				"the new file names the last one beside it");
		assertEquals(-1, Files.mismatch(TeamMenuTest.SAMPLE, project.getLocation().toPath().resolve(LAST)),
				"the last file is left as it was");
	}

	private static long findings(EvaluationReport report) {
		long[] count = { 0 };
		report.eAllContents().forEachRemaining(o -> count[0] += o instanceof PreviousFinding ? 1 : 0);
		return count[0];
	}
}
