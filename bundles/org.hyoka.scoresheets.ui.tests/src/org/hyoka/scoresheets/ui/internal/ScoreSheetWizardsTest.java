package org.hyoka.scoresheets.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.handlers.IHandlerService;
import org.hyoka.core.scoring.Scoring;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.ItemScore;
import org.hyoka.testing.ui.ButtonBot;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.TableBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The secretariat prepares blank sheets for sample 002, imports the chair's filled sheet (CSV) and undoes it. */
class ScoreSheetWizardsTest {

	private static final String SAMPLE = "saisei-iryo-2022.hyoka";
	private static final Path SCREENSHOTS = Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"));

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	private static IFile sample() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("ScoreSheets");
		project.create(null);
		project.open(null);
		IFile file = project.getFile(SAMPLE);
		try (InputStream in = Files.newInputStream(Path.of("../org.hyoka.samples/samples", SAMPLE))) {
			file.create(in, true, null);
		}
		return file;
	}

	@Test
	void writesABlankSheetPerEvaluatorIntoAFolder() throws Exception {
		IFile file = sample();
		bot.openEditor(file);
		Path folder = file.getProject().getLocation().toPath();
		ShellBot wizard = openWizard("Export", "Blank Score Sheets");
		assertEquals(folder.toString(), wizard.textWithLabel("To folder:").getText(), "the evaluation's folder is proposed");
		assertTrue(wizard.textContaining("Sheets for:").contains("評価者1、評価者2、評価者3、評価者4、評価者5、三木 秀夫"));
		wizard.textWithLabel("To folder:").setText(folder.resolve("missing").toString());
		assertTrue(wizard.textContaining("Folder not found").endsWith("missing"));
		assertFalse(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled()));
		Path sheets = Files.createDirectories(folder.resolve("sheets"));
		wizard.textWithLabel("To folder:").setText(sheets.toString());
		bot.waitUntil("Finish is enabled for an existing folder", () -> wizard.button("Finish").widget().isEnabled());
		wizard.textContaining("Write one score sheet workbook per committee member");
		Button open = wizard.button("Open the folder when the sheets are written").widget();
		bot.syncRun(() -> open.setSelection(true));
		bot.settlePainting(open);
		wizard.screenshot(SCREENSHOTS.resolve("blank-score-sheets.png"));
		List<Path> shown = new CopyOnWriteArrayList<>();
		Consumer<Path> desktop = BlankScoreSheetsWizard.openFolder;
		BlankScoreSheetsWizard.openFolder = shown::add;
		try {
			wizard.button("Finish").click();
			wizard.waitUntilClosed();
			bot.waitForJobs();
			bot.waitUntil("the folder is shown once the sheets are written", () -> shown.equals(List.of(sheets)));
		} finally {
			BlankScoreSheetsWizard.openFolder = desktop;
		}
		try (var files = Files.list(sheets)) {
			assertEquals(List.of("評点票_三木_秀夫.xlsx", "評点票_評価者1.xlsx", "評点票_評価者2.xlsx", "評点票_評価者3.xlsx", "評点票_評価者4.xlsx",
					"評点票_評価者5.xlsx"), files.map(f -> f.getFileName().toString()).sorted().toList(), "a workbook per evaluator");
		}
		assertTrue(Files.size(sheets.resolve("評点票_三木_秀夫.xlsx")) > 1000);

		// again into the same folder: the sheets there may be filled in by now, and the page says which it replaces
		ShellBot again = openWizard("Export", "Blank Score Sheets");
		again.textWithLabel("To folder:").setText(sheets.toString());
		assertTrue(again.textContaining("Replaces sheets in the folder").contains("評点票_三木_秀夫.xlsx"));
		assertTrue(bot.syncCall(() -> again.button("Finish").widget().isEnabled()), "a warning, not a refusal");
		assertTrue(bot.syncCall(() -> again.button("Open the folder when the sheets are written").widget().getSelection()), "the choice is kept");
		again.screenshot(SCREENSHOTS.resolve("blank-score-sheets-replacing.png"));
		again.button("Cancel").click();
		again.waitUntilClosed();
	}

	@Test
	void importsACsvThroughThePreviewAsOneUndoableCommand() throws Exception {
		IFile file = sample();
		Path folder = file.getProject().getLocation().toPath();
		Path csv = chairsSheet(folder);
		IEditorPart editor = bot.openEditor(file);
		EditingDomain domain = ((IEditingDomainProvider) editor).getEditingDomain();
		EvaluationReport report = report(domain);
		List<BigDecimal> before = averages(report);
		assertEquals(new BigDecimal("3.0"), before.get(0), "A, item 1 before the import");
		bot.syncRun(() -> ((FormEditor) editor).setActivePage("org.hyoka.editor.page.scores"));
		assertEquals(List.of("Evaluation item", "#1", "#2", "#3", "#4", "#5", "Average"), scoreHeaders().subList(0, 7),
				"A's score table before the import: the chair scores no column");
		// the user reads another page when importing
		bot.syncRun(() -> ((FormEditor) editor).setActivePage("org.hyoka.editor.page.overview"));

		ShellBot wizard = openWizard("Import", "Score Sheets");
		assertEquals(file.getLocation().toPath().toString(), wizard.textWithLabel("Evaluation file:").getText(),
				"the active editor's evaluation is proposed");
		assertTrue(wizard.textContaining("Imports into the open editor").contains("one Undo"));
		// no sheets yet is where the page starts: no error, Add… looks in the evaluation's folder, where the blank
		// sheets went
		assertEquals(null, bot.syncCall(() -> page(wizard).getErrorMessage()), "no error before the user has done anything");
		assertFalse(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled()));
		assertEquals(folder, bot.syncCall(() -> page(wizard).sheetFolder()));
		bot.syncRun(() -> page(wizard).addSheets(List.of(csv)));

		TableBot preview = wizard.table();
		bot.waitUntil("the preview lists the plan", () -> preview.rowCount() == 4);
		List<List<String>> rows = preview.rows();
		assertEquals(List.of("Score", "chair.csv:2", "A", "1", "三木 秀夫", "(empty) → 0"), rows.get(0));
		assertEquals(List.of("Score", "chair.csv:3", "A", "4", "三木 秀夫", "(empty) → 0"), rows.get(1));
		assertEquals(List.of("To improve (●)", "chair.csv:2", "A", "1", "三木 秀夫", "必要性の説明が不足している"), rows.get(2),
				"the ● typed before it gives the kind");
		assertEquals("Conflict", rows.get(3).get(0));
		assertEquals("chair.csv:4", rows.get(3).get(1));
		assertTrue(rows.get(3).get(5).contains("already holds 3"), rows.get(3).get(5));
		assertEquals("Scores to import: 2; comments: 1; conflicts left out: 1.", wizard.textContaining("Scores to import"));
		wizard.screenshot(SCREENSHOTS.resolve("import-score-sheets-preview.png"));

		wizard.button("Finish").click();
		wizard.waitUntilClosed();
		List<BigDecimal> after = bot.syncCall(() -> averages(report));
		assertEquals(new BigDecimal("2.5"), after.get(0), "A, item 1: 3, 3, 3, 3, 3 and the chair's 0");
		assertEquals(new BigDecimal("1.7"), after.get(3), "A, item 4: 1, 2, 2, 2, 3 and 0 = 10 / 6");
		assertTrue(bot.syncCall(editor::isDirty), "the editor holds the import until saved");
		assertEquals("org.hyoka.editor.page.scores", bot.syncCall(() -> ((FormEditor) editor).getActivePageInstance().getId()),
				"the editor shows what was imported");
		// the open Scores page shows the chair's new column at once, not after reopening (#13)
		bot.waitUntil("A's score table shows the chair's column", () -> scoreHeaders().contains("三木 秀夫"));
		Table scores = scoreTable();
		int chair = scoreHeaders().indexOf("三木 秀夫");
		assertEquals(List.of("0", "", "", "0", "", "", ""), bot.syncCall(() -> Arrays.stream(scores.getItems()).map(item -> item.getText(chair)).toList()),
				"the chair's scores of items 1 and 4");
		assertEquals("2.5", bot.syncCall(() -> scores.getItem(0).getText(chair + 1)), "item 1's average with the chair's 0");
		// the picture shows A's table, the first, with the chair's column
		bot.syncRun(() -> ((FormEditor) editor).getActivePageInstance().getManagedForm().getForm().setOrigin(0, 0));
		bot.windowShell().screenshot(SCREENSHOTS.resolve("import-score-sheets-after.png"));

		bot.syncRun(() -> {
			try {
				bot.window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertEquals(before, bot.syncCall(() -> averages(report)), "one Undo restores every average");
		bot.waitUntil("Undo takes the chair's column away", () -> !scoreHeaders().contains("三木 秀夫"));
		assertTrue(!bot.syncCall(() -> domain.getCommandStack().canUndo()), "the import was one command");
	}

	/** Filled sheets dropped on the editor from the file manager open the import with them, into that editor's evaluation. */
	@Test
	void sheetsDroppedOnTheEditorOpenTheImportWithThem() throws Exception {
		IFile file = sample();
		Path csv = chairsSheet(file.getProject().getLocation().toPath());
		IEditorPart editor = bot.openEditor(file);
		// on the page's heading: GTK gives a drop on a text field to the field, which takes only text
		Control heading = bot.syncCall(() -> ((FormEditor) editor).getActivePageInstance().getManagedForm().getForm().getForm().getHead());
		bot.dropFiles(heading, List.of(csv));

		ShellBot wizard = bot.shell("Import Score Sheets");
		assertEquals(file.getLocation().toPath().toString(), wizard.textWithLabel("Evaluation file:").getText());
		TableBot preview = wizard.table();
		bot.waitUntil("the preview lists the dropped sheet's plan", () -> preview.rowCount() == 4);
		assertEquals("chair.csv:2", preview.rows().get(0).get(1));
		assertTrue(bot.syncCall(() -> wizard.button("Finish").widget().isEnabled()));
		wizard.screenshot(SCREENSHOTS.resolve("import-score-sheets-dropped.png"));
		wizard.button("Cancel").click();
		wizard.waitUntilClosed();
		assertFalse(bot.syncCall(editor::isDirty), "Cancel imports nothing");
	}

	/**
	 * Cancel while the sheets are read: no preview, Finish disabled, a message, the model untouched; removing the sheet
	 * reads again. The second sheet is a named pipe (Linux, as the build), so the read waits on it until the test has
	 * pressed the progress bar's stop button: the real dialog, progress monitor and import code decide, with no race.
	 */
	@Test
	void cancellingTheReadLeavesFinishDisabledWithAMessageAndTheModelAlone(@TempDir Path pipes) throws Exception {
		IFile file = sample();
		Path chair = chairsSheet(file.getProject().getLocation().toPath());
		Path slow = pipes.resolve("slow.csv");
		assertEquals(0, new ProcessBuilder("mkfifo", slow.toString()).inheritIO().start().waitFor(), "mkfifo " + slow);
		IEditorPart editor = bot.openEditor(file);
		EditingDomain domain = ((IEditingDomainProvider) editor).getEditingDomain();
		List<BigDecimal> before = averages(report(domain));

		ShellBot wizard = openWizard("Import", "Score Sheets");
		ButtonBot finish = wizard.button("Finish");
		bot.syncRun(() -> page(wizard).addSheets(List.of(chair)));
		bot.waitUntil("Finish is enabled for the chair's sheet", () -> finish.widget().isEnabled());

		bot.display().asyncExec(() -> page(wizard).addSheets(List.of(slow)));
		try {
			wizard.find(ProgressMonitorPart.class, "the wizard's progress bar", ProgressMonitorPart::isVisible);
			assertFalse(bot.syncCall(() -> finish.widget().isEnabled()), "no Finish while the sheets are read");
			wizard.textContaining("slow.csv");
			wizard.screenshot(SCREENSHOTS.resolve("import-score-sheets-reading.png"));
			// the dialog's Cancel button is disabled while it runs; the progress bar's stop button cancels
			ToolBar stop = wizard.find(ToolBar.class, "the progress bar's stop button",
					bar -> bar.getParent() instanceof ProgressMonitorPart && bar.getItemCount() == 1);
			bot.waitUntil("the stop button is enabled", () -> stop.getItem(0).isEnabled());
			bot.syncRun(() -> stop.getItem(0).notifyListeners(SWT.Selection, new Event()));
		} finally {
			// lets the read go on to the check that stops it; a writer waits for the reader, so not for ever
			CompletableFuture.runAsync(() -> {
				try {
					Files.writeString(slow, "project,item,evaluator,score,comment\nA,2,三木 秀夫,1,\n");
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).get(20, TimeUnit.SECONDS);
		}

		String message = wizard.textContaining("Reading the score sheets was cancelled");
		assertTrue(message.contains("nothing to import"), message);
		assertFalse(bot.syncCall(() -> finish.widget().isEnabled()), "Finish stays disabled after Cancel");
		assertEquals(0, wizard.table().rowCount(), "no preview of sheets that were not all read");
		assertTrue(bot.syncCall(() -> wizard.findAll(Label.class, label -> label.getText().startsWith("Scores to import")).isEmpty()),
				"no summary");
		wizard.screenshot(SCREENSHOTS.resolve("import-score-sheets-cancelled.png"));
		assertEquals(before, bot.syncCall(() -> averages(report(domain))), "nothing imported");
		assertFalse(bot.syncCall(editor::isDirty), "the editor is untouched");

		org.eclipse.swt.widgets.List sheets = wizard.find(org.eclipse.swt.widgets.List.class, "the list of sheets", list -> true);
		bot.syncRun(() -> sheets.setSelection(1));
		wizard.button("Remove").click();
		bot.waitUntil("the chair's sheet is read again", () -> wizard.table().rowCount() == 4 && finish.widget().isEnabled());
		assertFalse(bot.syncCall(() -> wizard.textContaining("Scores to import").isEmpty()));
		wizard.close();
		assertEquals(before, bot.syncCall(() -> averages(report(domain))), "closing the wizard imports nothing");
	}

	private static Path chairsSheet(Path folder) throws IOException {
		return Files.writeString(folder.resolve("chair.csv"), "\uFEFFproject,item,evaluator,score,comment\n"
				+ "A,1,三木 秀夫,0,●必要性の説明が不足している\n"
				+ "A,4,三木 秀夫,0,\n"
				+ "A,2,評価者1,1,\n", StandardCharsets.UTF_8);
	}

	/** Project A's table on the editor's Scores page, waiting until the page shows it. */
	private Table scoreTable() {
		return bot.windowShell().find(Table.class, "project A's score table",
				table -> table.getData() instanceof Evaluation evaluation && "eval-A".equals(evaluation.getId()));
	}

	private List<String> scoreHeaders() {
		Table table = scoreTable();
		return bot.syncCall(() -> table.isDisposed() ? List.<String>of() : Arrays.stream(table.getColumns()).map(TableColumn::getText).toList());
	}

	private static EvaluationReport report(EditingDomain domain) {
		return (EvaluationReport) domain.getResourceSet().getResources().get(0).getContents().get(0);
	}

	/** The page itself, for what a test cannot do through a native dialog: choosing sheets. Call on the display thread. */
	private static ImportScoreSheetsPage page(ShellBot wizard) {
		return (ImportScoreSheetsPage) ((WizardDialog) wizard.widget().getData()).getCurrentPage();
	}

	/** The averages of project A's items 1–7, as Scoring computes them. */
	private static List<BigDecimal> averages(EvaluationReport report) {
		Evaluation a = report.getEvaluations().stream().filter(e -> "eval-A".equals(e.getId())).findFirst().orElseThrow();
		return a.getScoreTable().getRows().stream().map((ItemScore row) -> Scoring.average(row).orElseThrow()).toList();
	}

	/** File > Import… or Export…, the Hyoka Workbench category, the wizard, Next. */
	private ShellBot openWizard(String kind, String wizardName) {
		ShellBot dialog = bot.selectWizard(kind, "Hyoka Workbench", wizardName);
		dialog.button("Next >").click();
		dialog.textWithLabel("Evaluation file:");
		return dialog;
	}

}
