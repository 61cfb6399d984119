package org.hyoka.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IFileEditorInput;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.internal.ProblemMarkers;
import org.hyoka.editor.internal.SaveAsFile;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.program.Program;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.editor.OpenedEditors;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Save As… of an evaluation opened from disk saves it as another file on disk, chosen in the desktop's file
 * dialog where the file is, and the editor goes on with that file, as a word processor does.
 */
class SaveAsTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void aFileFromDiskIsSavedAsAnotherFileOnDiskAndTheEditorGoesOnWithIt(@TempDir Path folder) throws Exception {
		IFile sample = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		Path original = Files.createDirectories(folder.resolve("desk")).resolve("評価.hyoka");
		Files.copy(sample.getLocation().toPath(), original);
		byte[] originalBytes = Files.readAllBytes(original);
		EvaluationEditor editor = OpenedEditors.openOutside(bot, original);
		OpenedEditors.validated(bot, editor);

		// the dialog starts in the file's folder with its name, and asks before it replaces a file
		FileDialog dialog = bot.syncCall(() -> SaveAsFile.dialog(editor.getSite().getShell(), original));
		assertEquals(original.getParent().toString(), dialog.getFilterPath());
		assertEquals("評価.hyoka", dialog.getFileName());
		assertEquals("*.hyoka", dialog.getFilterExtensions()[0]);
		assertTrue(dialog.getOverwrite());
		// a name typed without the suffix gets it
		Path target = SaveAsFile.withSuffix(Files.createDirectories(folder.resolve("shared")).resolve("評価 第2版").toString());
		assertEquals("評価 第2版.hyoka", target.getFileName().toString());
		assertEquals(target, SaveAsFile.withSuffix(target.toString()), "a name with the suffix is kept");

		rename(editor, "第2版のプログラム");
		assertTrue(bot.syncCall(() -> editor.saveAs(target)));
		assertTrue(text(target).contains("第2版のプログラム"), "the new file holds the change");
		assertArrayEquals(originalBytes, Files.readAllBytes(original), "the file it came from is as last saved");
		assertFalse(bot.syncCall(editor::isDirty));
		IFile shown = bot.syncCall(() -> ((IFileEditorInput) editor.getEditorInput()).getFile());
		assertEquals(target, shown.getLocation().toPath(), "the editor shows the new file");
		assertEquals("評価 第2版.hyoka", bot.syncCall(editor::getPartName));
		assertTrue(shown.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length > 0, "its findings are the new file's markers");
		List<String> recent = bot.windowShell().menu("File", "Recent Files").itemLabels();
		assertEquals("1 評価 第2版.hyoka", recent.get(0), "the new file heads Recent Files: " + recent);

		// the next Save writes the new file, without asking as if another program had saved it
		List<Shell> shells = visibleShells();
		rename(editor, "第3版のプログラム");
		bot.syncRun(() -> editor.doSave(null));
		assertTrue(text(target).contains("第3版のプログラム"));
		assertArrayEquals(originalBytes, Files.readAllBytes(original));
		assertFalse(bot.syncCall(editor::isDirty));
		bot.flush();
		assertEquals(shells, visibleShells(), "no dialog came up");
		bot.screenshot("save-as-file-on-disk.png");
	}

	private void rename(EvaluationEditor editor, String name) {
		bot.syncRun(() -> {
			Program program = editor.report().getProgram();
			editor.model().commandStack()
					.execute(SetCommand.create(editor.model().domain(), program, BasePackage.Literals.NAMED__NAME_JA, name));
		});
	}

	private List<Shell> visibleShells() {
		return bot.syncCall(() -> Arrays.stream(bot.display().getShells()).filter(Shell::isVisible).toList());
	}

	private static String text(Path file) throws Exception {
		return Files.readString(file, StandardCharsets.UTF_8);
	}
}
