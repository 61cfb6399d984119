package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.IPageLayout;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.Messages;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Another program (here what `hyoka import-scores` does: load, change, save through the same saver) saves the file an
 * editor has open (#48): the editor notices when it is activated again, offers to reload a clean file, asks reload or
 * keep for a dirty one, and a kept version's save is refused rather than written over the other program's. A file
 * whose references name nothing opens read-only, and becomes editable once corrected.
 */
class FileChangedOutsideTest {

	private static final String MINE = "技術評価報告書（ここで編集）";
	private static final String THEIRS = "技術評価報告書（別のプログラム）";

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void aCleanEditorOffersToReloadWhatAnotherProgramSaved() throws Exception {
		IFile file = copyOfSample("clean");
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		saveAsAnotherProgram(file, THEIRS);

		ShellBot dialog = comeBackTo(editor);
		assertTrue(dialog.textContaining("changed outside the editor").contains(file.getName()));
		dialog.screenshot(Path.of("target/screenshots/changed-outside-clean.png"));
		answer(dialog, "Yes");

		bot.waitUntil("the editor shows the other program's title", () -> THEIRS.equals(title(editor)));
		assertFalse(bot.syncCall(editor::isDirty));
	}

	@Test
	void aDirtyEditorKeepsItsChangesOnRequestAndTheirSaveIsRefused() throws Exception {
		IFile file = copyOfSample("keep");
		EvaluationEditor editor = editedAndSavedByAnotherProgram(file);
		byte[] theirs = Files.readAllBytes(location(file));

		ShellBot dialog = comeBackTo(editor);
		assertTrue(dialog.textContaining("another program saved it").contains("keep yours"));
		dialog.screenshot(Path.of("target/screenshots/changed-outside-dirty.png"));
		answer(dialog, "Keep My Changes");
		assertEquals(MINE, title(editor));
		assertTrue(bot.syncCall(editor::isDirty));

		// activated again without a new change: not asked again
		comeBackWithoutDialog(editor);

		bot.display().asyncExec(() -> editor.doSave(null));
		ShellBot refused = bot.shell(Messages.fileChangedTitle);
		assertTrue(refused.textContaining("the file was saved by another program").contains("Nothing was changed"));
		refused.screenshot(Path.of("target/screenshots/changed-outside-save-refused.png"));
		answer(refused, "OK");
		assertArrayEquals(theirs, Files.readAllBytes(location(file)), "the other program's save is kept, byte for byte");
		assertTrue(bot.syncCall(editor::isDirty), "the changes made here are still there, for Save As");
	}

	@Test
	void aDirtyEditorReloadsOnRequest() throws Exception {
		IFile file = copyOfSample("reload");
		EvaluationEditor editor = editedAndSavedByAnotherProgram(file);

		ShellBot dialog = comeBackTo(editor);
		answer(dialog, "Reload");
		bot.waitUntil("the editor shows the other program's title", () -> THEIRS.equals(title(editor)));
		assertFalse(bot.syncCall(editor::isDirty));
	}

	/** The workbench's save takes the lock the commands take: it waits for a command's save, then refuses it. */
	@Test
	void theEditorsSaveWaitsForACommandsSaveAndKeepsIt() throws Exception {
		IFile file = copyOfSample("lock");
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		edit(editor, MINE);
		Path path = location(file);
		byte[] original = Files.readAllBytes(path);
		byte[] theirs = new String(original, StandardCharsets.UTF_8).replace("技術評価報告書（案）", THEIRS).getBytes(StandardCharsets.UTF_8);
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Void> command = CompletableFuture.runAsync(() -> {
			try {
				AtomicWrite.write(path, ".saving", null, out -> {
					writing.countDown();
					try {
						finish.await(60, TimeUnit.SECONDS);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					out.write(theirs);
				});
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertTrue(writing.await(20, TimeUnit.SECONDS));

		bot.display().asyncExec(() -> editor.doSave(null));
		Thread.sleep(1000);
		assertArrayEquals(original, Files.readAllBytes(path), "the editor waits while the command holds the lock");
		finish.countDown();
		command.get(30, TimeUnit.SECONDS);

		ShellBot refused = bot.shell(Messages.fileChangedTitle);
		assertTrue(refused.textContaining("the file was saved by another program").contains(file.getName()));
		answer(refused, "OK");
		assertArrayEquals(theirs, Files.readAllBytes(path), "the command's save is kept");
	}

	@Test
	void aFileWithABrokenReferenceOpensReadOnlyAndEditableOnceCorrected() throws Exception {
		IFile file = copyOfSample("broken");
		String good = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		String broken = good.replaceFirst("person=\"per-kato\"", "person=\"per-kato-gone\"");
		assertFalse(good.equals(broken));
		file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);

		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		IFormPage error = bot.syncCall(() -> (IFormPage) editor.getActivePageInstance());
		ShellBot window = bot.windowShell();
		String problem = window.textContaining("per-kato-gone");
		assertTrue(problem.contains(file.getName() + ":") && problem.contains("names no object"), problem);
		bot.screenshot("broken-reference-offer.png");
		bot.button(bot.syncCall(() -> error.getManagedForm().getForm()), Messages.openReadOnly).click();

		bot.waitUntil("the pages show the file", () -> bot.syncCall(() -> editor.pageIds().size()) > 1);
		assertTrue(bot.syncCall(editor::getPartName).endsWith("(read-only)"), bot.syncCall(editor::getPartName));
		String banner = bot.syncCall(() -> ((IFormPage) editor.getActivePageInstance()).getManagedForm().getForm().getMessage());
		assertTrue(banner.startsWith("Read-only: a reference at line ") && banner.contains("(1 in all)"), banner);
		bot.flush();
		bot.screenshot("broken-reference-read-only.png");
		String before = title(editor);
		edit(editor, MINE);
		assertEquals(before, title(editor), "no change is taken");
		assertFalse(bot.syncCall(editor::isDirty));
		assertFalse(bot.syncCall(editor::isSaveAsAllowed));

		// corrected in a text editor: offered to read it again, and editable then
		Files.writeString(location(file), good);
		ShellBot dialog = comeBackTo(editor);
		answer(dialog, "Yes");
		bot.waitUntil("the editor is editable again", () -> !bot.syncCall(() -> editor.model().readOnly()));
		assertEquals(file.getName(), bot.syncCall(editor::getPartName));
		edit(editor, MINE);
		assertEquals(MINE, title(editor));
	}

	private IFile copyOfSample(String name) throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("soyaku-kiban-2021").orElseThrow(), null);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("FileChangedOutsideTest-" + name);
		project.create(null);
		project.open(null);
		IFile file = project.getFile(name + ".hyoka");
		file.create(sample.getContents(), true, null);
		return file;
	}

	/** The file open, changed in the editor and not saved, then saved by another program. */
	private EvaluationEditor editedAndSavedByAnotherProgram(IFile file) throws Exception {
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		edit(editor, MINE);
		saveAsAnotherProgram(file, THEIRS);
		return editor;
	}

	private static void answer(ShellBot dialog, String button) {
		dialog.button(button).click();
		dialog.waitUntilClosed();
	}

	/** As `hyoka import-scores` saves: read, change, write through the saver, with no word to the workspace. */
	private static void saveAsAnotherProgram(IFile file, String title) throws Exception {
		Path path = location(file);
		EvaluationReport report = HyokaFiles.load(path);
		report.setTitleJa(title);
		HyokaFiles.save(report, path);
	}

	/** The user works in another view meanwhile, then clicks the editor again; the dialog that asks. */
	private ShellBot comeBackTo(EvaluationEditor editor) {
		bot.showView(IPageLayout.ID_PROBLEM_VIEW);
		bot.display().asyncExec(() -> bot.page().activate(editor));
		return bot.shell(Messages.changedOnDiskTitle);
	}

	private void comeBackWithoutDialog(EvaluationEditor editor) {
		bot.showView(IPageLayout.ID_PROBLEM_VIEW);
		bot.display().asyncExec(() -> bot.page().activate(editor));
		bot.flush();
		assertFalse(bot.shellTitles().contains(Messages.changedOnDiskTitle), "asked again: " + bot.shellTitles());
	}

	private void edit(EvaluationEditor editor, String title) {
		bot.syncRun(() -> editor.model().commandStack().execute(SetCommand.create(editor.getEditingDomain(), editor.report(),
				HyokaPackage.Literals.EVALUATION_REPORT__TITLE_JA, title)));
		bot.flush();
	}

	private String title(EvaluationEditor editor) {
		return bot.syncCall(() -> editor.report().getTitleJa());
	}

	private static Path location(IFile file) {
		return file.getLocation().toPath();
	}
}
