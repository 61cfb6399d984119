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
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.program.Program;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapFactory;
import org.hyoka.roadmap.RoadmapItem;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.RoadmapPackage;
import org.hyoka.roadmap.Roadmaps;
import org.hyoka.roadmap.exchange.Plans;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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
	@TempDir
	Path files;

	@Test
	void importsAPlanAsOneUndoableCommand() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample());
		Program program = editor.report().getProgram();
		int before = Roadmaps.of(program).size();

		ShellBot wizard = openWizard("Import", "Roadmap from a Plan"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled()), "no plan yet"); //$NON-NLS-1$ //$NON-NLS-2$
		Path broken = Files.writeString(files.resolve("broken.gan"), "<?xml version=\"1.0\"?>\n<project>\n<tasks>\n"); //$NON-NLS-1$ //$NON-NLS-2$
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

	/** A plan dropped on the editor from the file manager opens the import with it, read and ready to finish. */
	@Test
	void aPlanDroppedOnTheEditorOpensTheImportWithIt() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample());
		// on the page's heading: GTK gives a drop on a text field to the field, which takes only text
		Control heading = bot.syncCall(() -> editor.getActivePageInstance().getManagedForm().getForm().getForm().getHead());
		Path plan = PLANS.resolve("drug-discovery.gan"); //$NON-NLS-1$
		bot.dropFiles(heading, List.of(plan));

		ShellBot wizard = bot.shell("Import a Roadmap from a Plan"); //$NON-NLS-1$
		assertEquals(plan.toString(), wizard.textWithLabel("Plan file:").getText()); //$NON-NLS-1$
		assertTrue(wizard.textContaining("創薬基盤ロードマップ").contains("1 lanes, 3 elements")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled())); //$NON-NLS-1$
		wizard.screenshot(SCREENSHOTS.resolve("roadmap-from-dropped-plan.png")); //$NON-NLS-1$
		wizard.button("Cancel").click(); //$NON-NLS-1$
		wizard.waitUntilClosed();
	}

	/**
	 * Imported into a roadmap the program has, the plan updates it (the elements of the lane it names in place of
	 * theirs, a lane it does not name kept) or replaces its lanes and elements, keeping the roadmap's id; each is one
	 * command that one Undo takes back.
	 */
	@Test
	void importsAPlanIntoARoadmapByUpdatingOrReplacingIt() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample());
		Program program = editor.report().getProgram();
		int before = Roadmaps.of(program).size();
		importPlan("A new roadmap"); //$NON-NLS-1$
		Roadmap roadmap = bot.syncCall(() -> Roadmaps.of(program).get(before));
		RoadmapLane planned = roadmap.getLanes().get(0);
		// by hand after the import: an element relabelled, and a lane of the program's own with an item
		var domain = editor.getEditingDomain();
		RoadmapLane own = RoadmapFactory.eINSTANCE.createRoadmapLane();
		own.setId("rm-prg-plan-own"); //$NON-NLS-1$
		own.setNameJa("独自の行"); //$NON-NLS-1$
		RoadmapItem item = RoadmapFactory.eINSTANCE.createRoadmapItem();
		item.setLabelJa("独自の項目"); //$NON-NLS-1$
		item.setLane(own);
		bot.syncRun(() -> {
			domain.getCommandStack().execute(SetCommand.create(domain, roadmap.getElements().get(0), RoadmapPackage.Literals.ROADMAP_ELEMENT__LABEL_JA, "手で直した項目")); //$NON-NLS-1$
			domain.getCommandStack().execute(AddCommand.create(domain, roadmap, RoadmapPackage.Literals.ROADMAP__LANES, own));
			domain.getCommandStack().execute(AddCommand.create(domain, roadmap, RoadmapPackage.Literals.ROADMAP__ELEMENTS, item));
		});
		List<String> edited = labels(roadmap);
		assertTrue(edited.contains("手で直した項目") && edited.contains("独自の項目") && edited.size() == 4, edited.toString()); //$NON-NLS-1$ //$NON-NLS-2$

		// the program's own roadmap comes first in the list; the plan goes into the one imported before
		importPlan("Update \"創薬基盤ロードマップ\" (rm-prg-plan)"); //$NON-NLS-1$
		assertEquals(before + 1, bot.syncCall(() -> Roadmaps.of(program).size()), "no roadmap added"); //$NON-NLS-1$
		assertEquals(List.of(planned, own), roadmap.getLanes(), "the plan's lane matched by name, the own lane kept"); //$NON-NLS-1$
		List<String> updated = labels(roadmap);
		assertFalse(updated.contains("手で直した項目"), "the lane's elements are the plan's again: " + updated); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(4, updated.size(), updated.toString());
		assertEquals(item, roadmap.getElements().stream().filter(element -> element.getLane() == own).findFirst().orElseThrow());
		// the others as the plan has them: its item without a lane (事前調査), and those of 本研究開発 in the lane matched
		assertEquals(placed(Plans.read(PLANS.resolve("drug-discovery.gan"))), //$NON-NLS-1$
				placed(roadmap).stream().filter(each -> !each.startsWith("独自の項目")).toList()); //$NON-NLS-1$
		assertTrue(roadmap.getElements().stream().anyMatch(element -> element.getLane() == planned), "in the lane the roadmap had"); //$NON-NLS-1$
		assertEquals("Update 創薬基盤ロードマップ from a Plan", bot.syncCall(() -> domain.getCommandStack().getUndoCommand().getLabel())); //$NON-NLS-1$
		bot.syncRun(() -> domain.getCommandStack().undo());
		assertEquals(edited, labels(roadmap), "one Undo takes the update back"); //$NON-NLS-1$

		importPlan("Replace \"創薬基盤ロードマップ\" (rm-prg-plan)"); //$NON-NLS-1$
		assertEquals("rm-prg-plan", roadmap.getId(), "the roadmap kept"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("本研究開発"), roadmap.getLanes().stream().map(RoadmapLane::getNameJa).toList(), "the plan's lanes only"); //$NON-NLS-1$
		assertFalse(roadmap.getLanes().contains(planned), "a new lane"); //$NON-NLS-1$
		assertEquals("rm-prg-plan-lane-2", roadmap.getLanes().get(0).getId(), "an id no object had"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(3, roadmap.getElements().size());
		bot.syncRun(() -> domain.getCommandStack().undo());
		assertEquals(List.of(planned, own), roadmap.getLanes(), "one Undo takes the replacement back"); //$NON-NLS-1$
		assertEquals(edited, labels(roadmap));
	}

	/** Imports 創薬基盤's plan into the program, choosing in the list "Into:" the choice given. */
	private void importPlan(String into) {
		ShellBot wizard = openWizard("Import", "Roadmap from a Plan"); //$NON-NLS-1$ //$NON-NLS-2$
		wizard.textWithLabel("Plan file:").setText(PLANS.resolve("drug-discovery.gan").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		Combo choices = wizard.find(Combo.class, "the roadmap to import into", combo -> List.of(combo.getItems()).contains("A new roadmap")); //$NON-NLS-1$ //$NON-NLS-2$
		bot.syncRun(() -> {
			choices.select(choices.indexOf(into));
			choices.notifyListeners(SWT.Selection, new Event());
		});
		assertEquals(into, bot.syncCall(choices::getText));
		boolean update = into.startsWith("Update"); //$NON-NLS-1$
		if (!into.equals("A new roadmap")) { //$NON-NLS-1$
			assertTrue(wizard.textContaining("創薬基盤ロードマップ").contains(update ? "in place of theirs" : "in place of all"), "the summary says what Finish does"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			wizard.screenshot(SCREENSHOTS.resolve("roadmap-from-plan-" + (update ? "update" : "replace") + ".png")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		wizard.button("Finish").click(); //$NON-NLS-1$
		wizard.waitUntilClosed();
	}

	/** Each element's label and its lane's name. */
	private List<String> placed(Roadmap roadmap) {
		return bot.syncCall(() -> roadmap.getElements().stream()
				.map(element -> element.getLabelJa() + " in " + (element.getLane() == null ? "no lane" : element.getLane().getNameJa())).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private List<String> labels(Roadmap roadmap) {
		return bot.syncCall(() -> roadmap.getElements().stream().map(RoadmapElement::getLabelJa).toList());
	}

	@Test
	void exportsAProjectsRoadmapAndNamesWhatThePlanCannotHold() throws Exception {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(sample());
		Roadmap expected = editor.report().getProgram().getProjects().get(0).getExtensions().stream()
				.filter(Roadmap.class::isInstance).map(Roadmap.class::cast).findFirst().orElseThrow();
		Path plan = files.resolve("rm-A.xml"); //$NON-NLS-1$

		ShellBot wizard = openWizard("Export", "Roadmap as a Plan"); //$NON-NLS-1$ //$NON-NLS-2$
		Combo roadmaps = wizard.find(Combo.class, "the roadmaps", combo -> true); //$NON-NLS-1$
		bot.syncRun(() -> {
			roadmaps.select(List.of(roadmaps.getItems()).stream().filter(item -> item.endsWith(" rm-A")).findFirst().map(roadmaps::indexOf).orElseThrow()); //$NON-NLS-1$
			roadmaps.notifyListeners(SWT.Selection, new Event());
		});
		// named by its title first, its id last
		String chosen = bot.syncCall(roadmaps::getText);
		assertTrue(chosen.startsWith(expected.getTitleJa() + " (") && chosen.endsWith(" rm-A"), chosen); //$NON-NLS-1$ //$NON-NLS-2$
		wizard.textWithLabel("Plan file:").setText(plan.toString()); //$NON-NLS-1$
		wizard.screenshot(SCREENSHOTS.resolve("roadmap-as-plan.png")); //$NON-NLS-1$
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
