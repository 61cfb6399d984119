package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.Messages;
import org.hyoka.editor.internal.ModelOutlinePage;
import org.hyoka.editor.internal.TreePage;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.persistence.AtomicWrite;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
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

	/**
	 * A reload (another program's save, Team &gt; Update) shows the new content where the user was reading, as Word
	 * does when it reopens a document, with the keyboard in the field it was in: it went to the page's first field,
	 * which on a page scrolled down also scrolled it to the top.
	 */
	@Test
	void aReloadLeavesThePageScrolledWhereItWasAndTheKeyboardInItsField() throws Exception {
		IFile file = copyOfSample("scrolled");
		EvaluationEditor editor = OpenedEditors.openValidated(bot, file);
		IFormPage overview = bot.syncCall(() -> (IFormPage) editor.getActivePageInstance());
		ScrolledForm form = bot.syncCall(() -> overview.getManagedForm().getForm());
		String programName = bot.syncCall(() -> editor.report().getProgram().getNameJa());
		for (int y : new int[] { 400, 0 }) {
			// the program's name: the Overview's second field, not the one Forms focuses first
			Text field = bot.find(form, Text.class, "the program's name field", text -> text.getText().equals(programName));
			bot.syncRun(() -> {
				form.setOrigin(0, y);
				if (y == 0) {
					field.getShell().forceActive(); // no window manager gives it back after the last dialog
					field.setFocus();
					field.setSelection(5); // the caret inside the name, as the user left it
				}
			});
			bot.flush();
			Point origin = bot.syncCall(form::getOrigin);
			assertEquals(y, origin.y, "the Overview scrolls to " + y);
			saveAsAnotherProgram(file, THEIRS + y);
			answer(comeBackTo(editor), "Yes");
			bot.waitUntil("the editor shows the other program's title", () -> (THEIRS + y).equals(title(editor)));
			bot.flush();
			assertEquals(origin, bot.syncCall(form::getOrigin), "the Overview after the reload is where it was");
			if (y == 0) {
				// the window active again after the dialog, as a window manager makes it, and the editor with it
				bot.syncRun(() -> {
					form.getShell().forceActive();
					bot.page().activate(editor);
					editor.setFocus();
				});
				bot.flush();
				assertEquals(programName, bot.syncCall(() -> bot.display().getFocusControl() instanceof Text text ? text.getText() : null),
						"the keyboard is in the program's name field again");
				assertEquals(new Point(5, 5), bot.syncCall(() -> ((Text) bot.display().getFocusControl()).getSelection()),
						"the caret is where it was in the name");
				assertEquals(origin, bot.syncCall(form::getOrigin), "the Overview is where it was with the keyboard back");
			}
		}
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
		assertTrue(problem.startsWith(location(file) + ":") && problem.contains("names no object"), problem);
		bot.screenshot("broken-reference-offer.png");
		bot.button(bot.syncCall(() -> error.getManagedForm().getForm()), Messages.openReadOnly).click();

		bot.waitUntil("the pages show the file", () -> bot.syncCall(() -> editor.pageIds().size()) > 1);
		assertTrue(bot.syncCall(editor::getPartName).endsWith("(read-only)"), bot.syncCall(editor::getPartName));
		String banner = bot.syncCall(editor::readOnlyReason);
		assertTrue(banner.startsWith("Read-only: a reference at line ") && banner.contains("(1 in all)"), banner);
		assertEveryPageShowsInFull(bot, editor, banner, "broken-reference-read-only");
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

	/** #48: the Outline of a file opened read-only shows the tree a writable copy of it shows. */
	@Test
	void aFileOpenedReadOnlyHasTheOutlineOfAWritableOne() throws Exception {
		bot.showView(IPageLayout.ID_OUTLINE); // open before the editor, as in the workbench's layout
		EvaluationEditor writable = OpenedEditors.openValidated(bot, copyOfSample("outline-writable"));
		List<String> expected = outline(writable);
		bot.syncRun(() -> bot.page().closeAllEditors(false));

		EvaluationEditor editor = openReadOnly(bot, brokenCopyOfSample("outline-read-only"));
		List<String> shown = outline(editor);
		bot.screenshot("read-only-outline.png");
		assertEquals(expected, shown);
	}

	/** #48: the error page names the file by its paths in the workspace and on disk, never platform:/resource/, and says what to do. */
	@Test
	void theErrorPageNamesTheFileAsItsUserKnowsIt() throws Exception {
		IFile file = copyOfSample("truncated");
		String whole = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		file.setContents(new ByteArrayInputStream(whole.substring(0, whole.length() / 2).getBytes(StandardCharsets.UTF_8)), true, false, null);

		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		Control page = bot.syncCall(() -> ((IFormPage) editor.getActivePageInstance()).getManagedForm().getForm());
		Label problem = bot.find(page, Label.class, "the problem", label -> label.getText().contains(file.getName() + ":"));
		bot.screenshot("error-page.png");
		String shown = bot.syncCall(problem::getText);
		assertTrue(shown.startsWith(location(file) + ":"), "the path on disk, with the line: " + shown);
		String advice = NLS.bind(Messages.loadFailedAdvice, file.getFullPath());
		bot.find(page, Label.class, "the advice naming the file in the workspace", label -> label.getText().equals(advice));
		List<String> texts = bot.syncCall(() -> UiBot.findAll(page, Control.class, c -> !shownText(c).isEmpty()).stream().map(FileChangedOutsideTest::shownText).toList());
		assertTrue(texts.stream().noneMatch(text -> text.contains("platform:")), "no text names platform:/resource/: " + texts);
	}

	/** Opens a file whose only fault is a broken reference, and opens it read-only from its error page. */
	static EvaluationEditor openReadOnly(WorkbenchBot bot, IFile file) {
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		IFormPage error = bot.syncCall(() -> (IFormPage) editor.getActivePageInstance());
		bot.button(bot.syncCall(() -> error.getManagedForm().getForm()), Messages.openReadOnly).click();
		bot.waitUntil("the pages show the file", () -> bot.syncCall(() -> editor.pageIds().size()) > 1);
		return editor;
	}

	/**
	 * The labels the Outline view shows for the editor, as the view got them when the editor was activated (not asked
	 * for anew): the top two levels, then the number of rows shown below them.
	 */
	private List<String> outline(EvaluationEditor editor) {
		ContentOutline view = (ContentOutline) bot.syncCall(() -> bot.page().findView(IPageLayout.ID_OUTLINE));
		bot.waitUntil("the Outline view shows the evaluation", () -> bot.syncCall(() -> view.getCurrentPage() instanceof ModelOutlinePage page
				&& page.viewer().getTree().getItemCount() > 0 && page.viewer().getTree().getItem(0).getItemCount() > 0));
		return bot.syncCall(() -> {
			TreeItem report = ((ModelOutlinePage) view.getCurrentPage()).viewer().getTree().getItem(0);
			List<String> labels = new ArrayList<>(List.of(report.getText()));
			int below = 0;
			for (TreeItem item : report.getItems()) {
				labels.add(item.getText());
				below += shownRows(item.getItems());
			}
			labels.add(below + " rows below");
			return labels;
		});
	}

	private static int shownRows(TreeItem[] items) {
		int rows = 0;
		for (TreeItem item : items) {
			rows += 1 + (item.getExpanded() ? shownRows(item.getItems()) : 0);
		}
		return rows;
	}

	/**
	 * Shows every page of the editor and asserts that the text is shown there in full at the window's size: the
	 * control showing it is as high as its text needs at its width (or, not wrapping, as wide), and lies inside the
	 * page. A screenshot of the first page and of the Tree page is taken as NAME-*.png.
	 */
	static void assertEveryPageShowsInFull(WorkbenchBot bot, EvaluationEditor editor, String text, String name) {
		for (String id : bot.syncCall(editor::pageIds)) {
			bot.syncRun(() -> editor.setActivePage(id));
			bot.flush();
			Control form = bot.syncCall(() -> ((IFormPage) editor.getActivePageInstance()).getManagedForm().getForm());
			Control shown = bot.find(form, Control.class, "the text on page " + id, c -> c.isVisible() && text.equals(shownText(c)));
			String problem = bot.syncCall(() -> {
				Rectangle bounds = shown.getBounds();
				boolean wraps = (shown.getStyle() & SWT.WRAP) != 0;
				Point needed = shown.computeSize(wraps ? bounds.width : SWT.DEFAULT, SWT.DEFAULT);
				Rectangle onScreen = shown.getDisplay().map(shown.getParent(), null, bounds);
				Rectangle page = form.getDisplay().map(form.getParent(), null, form.getBounds());
				if (needed.x > bounds.width || needed.y > bounds.height) {
					return "cut off: " + bounds + " shows what needs " + needed;
				}
				return page.contains(onScreen.x, onScreen.y) && page.contains(onScreen.x + onScreen.width - 1, onScreen.y + onScreen.height - 1)
						? null : "outside the page: " + onScreen + " in " + page;
			});
			if (id.equals(TreePage.ID) || id.equals(bot.syncCall(editor::pageIds).get(0))) {
				bot.screenshot(name + "-" + id.substring(id.lastIndexOf('.') + 1) + ".png");
			}
			assertNull(problem, "page " + id + ": \"" + text + "\" is " + problem);
		}
	}

	private static String shownText(Control control) {
		return switch (control) {
		case Label label -> label.getText();
		case CLabel label -> String.valueOf(label.getText());
		default -> "";
		};
	}

	/** A copy of the sample in which one reference names nothing. */
	static IFile brokenCopyOfSample(String name) throws Exception {
		IFile file = copyOfSample(name);
		String good = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		String broken = good.replaceFirst("person=\"per-kato\"", "person=\"per-kato-gone\"");
		assertFalse(good.equals(broken));
		file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);
		return file;
	}

	static IFile copyOfSample(String name) throws Exception {
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
