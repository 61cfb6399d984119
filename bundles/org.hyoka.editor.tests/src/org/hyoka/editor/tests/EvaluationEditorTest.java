package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.OverviewPage;
import org.hyoka.editor.internal.ProblemMarkers;
import org.hyoka.editor.internal.ScoresPage;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.model.evaluation.EvaluatorScore;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An evaluator opens the real evaluations, reads every page, edits scores, undoes, saves and follows a problem. */
class EvaluationEditorTest {

	private static final String PROJECT = "Samples";
	private static final Path SCREENSHOTS = Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"));

	private final WorkbenchBot bot = new WorkbenchBot();
	private IProject project;

	@BeforeEach
	void importSamples() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		for (String name : new String[] { "soyaku-kiban-2021.hyoka", "saisei-iryo-2022.hyoka" }) {
			IFile file = project.getFile(name);
			try (InputStream in = Files.newInputStream(Path.of("../org.hyoka.samples/samples", name))) {
				if (file.exists()) {
					file.setContents(in, IResource.FORCE, null);
				} else {
					file.create(in, true, null);
				}
			}
		}
	}

	@AfterEach
	void closeAndDelete() throws CoreException {
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		project.delete(true, true, null);
	}

	@Test
	void everyPageOfBothSamplesOpens() {
		for (String name : new String[] { "soyaku-kiban-2021", "saisei-iryo-2022" }) {
			EvaluationEditor editor = open(name + ".hyoka");
			for (String page : new String[] { OverviewPage.ID, ScoresPage.ID, TreePage.ID }) {
				bot.syncRun(() -> editor.setActivePage(page));
				bot.flush();
				assertEquals(page, bot.syncCall(() -> editor.getActivePageInstance().getId()));
				bot.screenshot(SCREENSHOTS.resolve(name + "-" + page.substring(page.lastIndexOf('.') + 1) + ".png"));
			}
			assertFalse(bot.syncCall(editor::isDirty));
		}
	}

	@Test
	void editingAScoreUpdatesAverageFlagAndChartAndUndoes() throws Exception {
		EvaluationEditor editor = open("saisei-iryo-2022.hyoka");
		ScoresPage page = bot.syncCall(() -> (ScoresPage) editor.setActivePage(ScoresPage.ID));
		bot.flush();
		ScoresPage.ScoreView view = bot.syncCall(() -> page.views().get(0));
		assertEquals(3, bot.syncCall(() -> page.views().size()), "002 prints three score tables");
		ItemScore row = view.evaluation().getScoreTable().getRows().get(0);
		EvaluatorScore first = row.getScores().stream().filter(s -> s.getColumn() == 1).findFirst().orElseThrow();
		Integer before = first.getValue();
		String averageBefore = cell(view, 0, averageColumn(view));
		double[] chartBefore = bot.syncCall(view::chartedAverages);

		type(view, row, 1, "0");
		assertEquals(Integer.valueOf(0), first.getValue());
		bot.waitUntil("the average follows the score", () -> !cell(view, 0, averageColumn(view)).equals(averageBefore));
		assertNotEquals(chartBefore[0], bot.syncCall(view::chartedAverages)[0]);
		assertTrue(bot.syncCall(editor::isDirty));
		bot.screenshot(SCREENSHOTS.resolve("scores-edited.png"));

		execute("org.eclipse.ui.edit.undo");
		assertEquals(before, first.getValue());
		bot.waitUntil("the average is back", () -> cell(view, 0, averageColumn(view)).equals(averageBefore));
		assertFalse(bot.syncCall(editor::isDirty));
		execute("org.eclipse.ui.edit.redo");
		assertEquals(Integer.valueOf(0), first.getValue());

		for (String invalid : new String[] { "x", "4" }) {
			type(view, row, 2, invalid);
			String message = bot.syncCall(() -> page.getManagedForm().getForm().getMessage());
			assertNotNull(message, "an inline message for " + invalid);
			assertTrue(message.contains(invalid), message);
		}
		bot.screenshot(SCREENSHOTS.resolve("scores-invalid.png"));
		assertEquals(Integer.valueOf(0), first.getValue());
		assertEquals(1, bot.syncCall(() -> editor.model().commandStack().getUndoCommand() == null ? 0 : 1));

		execute("org.eclipse.ui.file.save");
		assertFalse(bot.syncCall(editor::isDirty));
		bot.syncRun(() -> bot.page().closeAllEditors(false));
		EvaluationEditor reopened = open("saisei-iryo-2022.hyoka");
		ItemScore saved = reopened.report().getEvaluations().stream().filter(e -> e.getScoreTable() != null).findFirst()
				.orElseThrow().getScoreTable().getRows().get(0);
		assertEquals(Integer.valueOf(0), saved.getScores().stream().filter(s -> s.getColumn() == 1).findFirst().orElseThrow().getValue());
	}

	@Test
	void aProblemMarkerOpensTheElementItIsAbout() throws Exception {
		EvaluationEditor editor = open("saisei-iryo-2022.hyoka");
		IFile file = project.getFile("saisei-iryo-2022.hyoka");
		IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
		assertTrue(markers.length > 0, "the 002 report contradicts itself: the validator finds it");
		IMarker marker = Arrays.stream(markers).filter(m -> m.getAttribute(ProblemMarkers.OBJECT, null) != null).findFirst().orElseThrow();
		EObject expected = editor.model().resource().getEObject(marker.getAttribute(ProblemMarkers.OBJECT, null));
		bot.syncRun(() -> IDE.gotoMarker(editor, marker));
		bot.flush();
		assertEquals(TreePage.ID, bot.syncCall(() -> editor.getActivePageInstance().getId()));
		IStructuredSelection selection = (IStructuredSelection) bot.syncCall(() -> editor.getSite().getSelectionProvider().getSelection());
		assertEquals(expected, selection.getFirstElement());
		bot.screenshot(SCREENSHOTS.resolve("marker-opens-element.png"));
	}

	private EvaluationEditor open(String name) {
		return bot.syncCall(() -> {
			try {
				return (EvaluationEditor) IDE.openEditor(bot.page(), project.getFile(name));
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** Types into a score cell as a user does: start editing, type, press Enter. */
	private void type(ScoresPage.ScoreView view, ItemScore row, int evaluator, String text) {
		bot.syncRun(() -> view.viewer().editElement(row, evaluator));
		bot.flush();
		bot.syncRun(() -> {
			Control focus = bot.display().getFocusControl();
			assertTrue(focus instanceof Text, "a cell editor has the focus: " + focus);
			((Text) focus).setText(text);
			focus.notifyListeners(SWT.DefaultSelection, new Event());
		});
		bot.flush();
	}

	private void execute(String command) {
		bot.syncRun(() -> {
			try {
				bot.window().getService(IHandlerService.class).executeCommand(command, null);
			} catch (Exception e) {
				throw new IllegalStateException(command, e);
			}
		});
		bot.flush();
	}

	private String cell(ScoresPage.ScoreView view, int row, int column) {
		return bot.syncCall(() -> view.viewer().getTable().getItem(row).getText(column));
	}

	private int averageColumn(ScoresPage.ScoreView view) {
		return bot.syncCall(() -> view.viewer().getTable().getColumnCount() - 3);
	}
}
