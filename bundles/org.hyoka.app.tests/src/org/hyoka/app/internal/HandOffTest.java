package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A second start hands its files to this workbench, which runs the tests: the workbench listens on its workspace,
 * opens an evaluation handed over (a Japanese name with a space) in front, and answers a missing or broken file with
 * a dialog naming it, opening no editor.
 */
class HandOffTest {

	private static final Path FOLDER = Path.of("target", "hand-off", "評価 フォルダー").toAbsolutePath();

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void anEvaluationHandedOverOpensInFront() throws Exception {
		Path file = sampleCopy("創薬 2021.hyoka");
		// as a second start does: the window is not in front when the files come
		bot.syncRun(() -> bot.window().getShell().setMinimized(true));
		assertTrue(OpenRequests.send(workspace(), List.of(file), 30_000), "the workbench takes the file");
		bot.waitUntil("the handed file is open", () -> bot.syncCall(() -> {
			IEditorPart editor = bot.page().getActiveEditor();
			return editor != null && editor.getTitle().equals("創薬 2021.hyoka");
		}));
		Shell window = bot.window().getShell();
		assertFalse(bot.syncCall(window::getMinimized), "the window came back");
		bot.screenshot("hand-off-opened.png");
	}

	@Test
	void aMissingFileGetsADialogNamingIt() {
		Path missing = FOLDER.resolve("ない.hyoka");
		assertTrue(OpenRequests.send(workspace(), List.of(missing), 30_000));
		ShellBot dialog = bot.shell("Open File");
		try {
			String text = dialog.textContaining("does not exist");
			assertEquals("The file " + missing + " does not exist. Was it moved, renamed or deleted?", text);
			bot.screenshot("hand-off-missing.png");
		} finally {
			dialog.close();
		}
		assertEquals(0, bot.syncCall(() -> bot.page().getEditorReferences().length), "no editor");
	}

	@Test
	void aBrokenFileGetsADialogWithWhereItIsBroken() throws Exception {
		Path broken = Files.createDirectories(FOLDER).resolve("壊れた.hyoka");
		Files.writeString(broken, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<evaluation:EvaluationReport\n  name=\"x\">\n<programs\n",
				StandardCharsets.UTF_8);
		assertTrue(OpenRequests.send(workspace(), List.of(broken), 30_000));
		ShellBot dialog = bot.shell("Open File");
		try {
			String text = dialog.textContaining("cannot be opened as an evaluation");
			String intro = "The file " + broken + " cannot be opened as an evaluation:\n";
			assertTrue(text.startsWith(intro) && text.substring(intro.length()).matches("(?s).*壊れた\\.hyoka:\\d+:\\d+: .+"),
					"names the file, then the line and column where it is broken: " + text);
			bot.screenshot("hand-off-broken.png");
		} finally {
			dialog.close();
		}
		assertEquals(0, bot.syncCall(() -> bot.page().getEditorReferences().length), "no editor");
	}

	private static Path workspace() {
		return HyokaApplication.workspace(Platform.getInstanceLocation());
	}

	private static Path sampleCopy(String name) throws IOException {
		Path file = Files.createDirectories(FOLDER).resolve(name);
		try (InputStream in = Platform.getBundle("org.hyoka.samples").getEntry("samples/soyaku-kiban-2021.hyoka").openStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}
}
