package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files dragged from the file manager onto the window: an evaluation opens in the editor; a file nothing takes is
 * named in a dialog that says what can be dropped.
 */
class FileDropTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@TempDir
	Path folder;

	@Test
	void anEvaluationDroppedOnTheWindowOpens() throws IOException {
		Path file = folder.resolve("中間評価 ドロップ.hyoka");
		try (InputStream in = Platform.getBundle("org.hyoka.samples").getEntry("samples/soyaku-kiban-2021.hyoka").openStream()) {
			Files.copy(in, file);
		}
		bot.dropFiles(emptyAreaHeading(), List.of(file));
		bot.waitUntil("the dropped evaluation is open", () -> bot.syncCall(() -> {
			IEditorPart editor = bot.page().getActiveEditor();
			return editor != null && editor.getTitle().equals("中間評価 ドロップ.hyoka");
		}));
		bot.screenshot("file-dropped.png");
	}

	@Test
	void aFileNothingTakesIsNamedWithWhatCanBeDropped() throws IOException {
		Path notes = Files.writeString(folder.resolve("notes.txt"), "not an evaluation");
		bot.dropFiles(emptyAreaHeading(), List.of(notes));
		ShellBot dialog = bot.shell("Drop Files");
		String text = dialog.textContaining("cannot take");
		assertTrue(text.contains(notes.toString()), text);
		assertTrue(text.contains("evaluations (.hyoka), which open in the editor"), text);
		// the product's score sheet import takes its sheets
		assertTrue(text.contains(".xlsx, .csv, imported as in File > Import > Score Sheets"), text);
		bot.screenshot("file-drop-refused.png");
		dialog.button("OK").click();
		dialog.waitUntilClosed();
		assertTrue(bot.syncCall(() -> bot.page().getActiveEditor() == null), "nothing opened");
	}

	/** The heading of the editor area while no editor is open, where a user drops a file on a new window. */
	private Label emptyAreaHeading() {
		return bot.syncCall(() -> UiBot.findAll(bot.window().getShell(), Label.class,
				label -> label.isVisible() && label.getText().equals("No evaluation is open")).get(0));
	}
}
