package org.hyoka.roadmap.exchange.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.program.Program;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.exchange.Plans;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A program manager imports a GanttProject plan into the evaluation open in the editor, undoes it, and exports a
 * project's roadmap as MS Project XML.
 */
class PlanWizardsTest {

	private static final String SAMPLE = "soyaku-kiban-2021.hyoka"; //$NON-NLS-1$
	private static final Path PLANS = Path.of("../org.hyoka.roadmap.exchange.tests/plans").toAbsolutePath().normalize(); //$NON-NLS-1$
	private static final Path SCREENSHOTS = Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void importsAPlanAsOneUndoableCommand() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample());
		Program program = editor.report().getProgram();
		int before = Roadmaps.of(program).size();

		ShellBot wizard = openWizard("Import", "Roadmap from a Plan"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled()), "no plan yet"); //$NON-NLS-1$ //$NON-NLS-2$
		Path broken = Files.writeString(Files.createTempFile("broken", ".gan"), "<?xml version=\"1.0\"?>\n<project>\n<tasks>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		wizard.textWithLabel("Plan file:").setText(broken.toString()); //$NON-NLS-1$
		assertTrue(wizard.textContaining(broken.toString() + ":").contains("cannot be read as GanttProject"), "the refusal names file and place"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled())); //$NON-NLS-1$
		wizard.textWithLabel("Plan file:").setText(PLANS.resolve("drug-discovery.gan").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(wizard.textContaining("創薬基盤ロードマップ").contains("1 lanes, 3 elements")); //$NON-NLS-1$ //$NON-NLS-2$
		wizard.screenshot(SCREENSHOTS.resolve("roadmap-from-plan.png")); //$NON-NLS-1$
		wizard.button("Finish").click(); //$NON-NLS-1$
		wizard.waitUntilClosed();

		Roadmap imported = bot.syncCall(() -> Roadmaps.of(program).get(before));
		assertEquals("rm-prg-plan", imported.getId()); //$NON-NLS-1$
		assertEquals(List.of("本研究開発"), imported.getLanes().stream().map(RoadmapLane::getNameJa).toList()); //$NON-NLS-1$
		assertEquals(3, imported.getElements().size());
		assertTrue(bot.syncCall(editor::isDirty), "saving the editor keeps it"); //$NON-NLS-1$
		bot.syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
		assertEquals(before, bot.syncCall(() -> Roadmaps.of(program).size()), "one Undo removes the whole import"); //$NON-NLS-1$
	}

	@Test
	void exportsAProjectsRoadmapAndNamesWhatThePlanCannotHold() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample());
		Roadmap expected = editor.report().getProgram().getProjects().get(0).getExtensions().stream()
				.filter(Roadmap.class::isInstance).map(Roadmap.class::cast).findFirst().orElseThrow();
		Path plan = Files.createTempDirectory("plans").resolve("rm-A.xml"); //$NON-NLS-1$ //$NON-NLS-2$

		ShellBot wizard = openWizard("Export", "Roadmap as a Plan"); //$NON-NLS-1$ //$NON-NLS-2$
		Combo roadmaps = wizard.find(Combo.class, "the roadmaps", combo -> true); //$NON-NLS-1$
		bot.syncRun(() -> {
			roadmaps.select(List.of(roadmaps.getItems()).stream().filter(item -> item.startsWith("rm-A ")).findFirst().map(roadmaps::indexOf).orElseThrow()); //$NON-NLS-1$
			roadmaps.notifyListeners(SWT.Selection, new Event());
		});
		assertTrue(bot.syncCall(roadmaps::getText).startsWith("rm-A "), bot.syncCall(roadmaps::getText)); //$NON-NLS-1$
		wizard.textWithLabel("Plan file:").setText(plan.toString()); //$NON-NLS-1$
		wizard.button("Finish").click(); //$NON-NLS-1$
		ShellBot leftOut = bot.shell("Elements Left Out"); //$NON-NLS-1$
		assertTrue(leftOut.textContaining("which have no place in a plan").contains("○適切な薬剤投与による医療費削減")); //$NON-NLS-1$ //$NON-NLS-2$
		leftOut.screenshot(SCREENSHOTS.resolve("roadmap-as-plan-left-out.png")); //$NON-NLS-1$
		leftOut.button("OK").click(); //$NON-NLS-1$
		wizard.waitUntilClosed();

		Roadmap written = Plans.read(plan);
		assertEquals(expected.getLanes().stream().map(RoadmapLane::getNameJa).toList(), written.getLanes().stream().map(RoadmapLane::getNameJa).toList());
	}

	private ShellBot openWizard(String kind, String name) {
		ShellBot wizard = bot.selectWizard(kind, "Hyoka Workbench", name); //$NON-NLS-1$
		wizard.button("Next >").click(); //$NON-NLS-1$
		wizard.textWithLabel("Plan file:"); //$NON-NLS-1$
		return wizard;
	}

	private static IFile sample() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Plans"); //$NON-NLS-1$
		project.create(null);
		project.open(null);
		IFile file = project.getFile(SAMPLE);
		try (InputStream in = Files.newInputStream(Path.of("../org.hyoka.samples/samples", SAMPLE))) { //$NON-NLS-1$
			file.create(in, true, null);
		}
		return file;
	}
}
