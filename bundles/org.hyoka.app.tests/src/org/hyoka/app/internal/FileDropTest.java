package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
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
		Path file = sample("中間評価 ドロップ.hyoka");
		bot.dropFiles(emptyAreaHeading(), List.of(file));
		bot.waitUntil("the dropped evaluation is open", () -> bot.syncCall(() -> {
			IEditorPart editor = bot.page().getActiveEditor();
			return editor != null && editor.getTitle().equals("中間評価 ドロップ.hyoka");
		}));
		bot.screenshot("file-dropped.png");
	}

	/**
	 * Dropped on the Project Explorer below its folders, where the platform refuses files (none may sit beside the
	 * folders), an evaluation opens as on the editor area; nothing is copied into the workspace.
	 */
	@Test
	void anEvaluationDroppedBelowTheFoldersOfTheProjectExplorerOpens() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("評価");
		project.create(null);
		project.open(null);
		Path file = sample("下にドロップ.hyoka");
		CommonNavigator explorer = (CommonNavigator) bot.showView(IPageLayout.ID_PROJECT_EXPLORER);
		Tree tree = bot.syncCall(() -> {
			explorer.getCommonViewer().refresh();
			return explorer.getCommonViewer().getTree();
		});
		bot.waitUntil("the explorer lists the folder", () -> bot.syncCall(() -> tree.getItemCount() == 1));
		Point below = bot.syncCall(() -> {
			Rectangle last = tree.getItem(0).getBounds();
			return new Point(last.x + 10, Math.min(last.y + last.height + 40, tree.getClientArea().height - 5));
		});
		assertTrue(bot.syncCall(() -> tree.getItem(below) == null), "the point is on no folder");
		bot.dropFiles(tree, below, List.of(file));
		bot.waitUntil("the dropped evaluation is open", () -> bot.syncCall(() -> {
			IEditorPart editor = bot.page().getActiveEditor();
			return editor != null && editor.getTitle().equals("下にドロップ.hyoka");
		}));
		assertNull(project.findMember("下にドロップ.hyoka"), "nothing copied into the folder");
		bot.screenshot("file-dropped-explorer.png");
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

	/** A sample evaluation copied into the test's folder under the name. */
	private Path sample(String name) throws IOException {
		Path file = folder.resolve(name);
		try (InputStream in = Platform.getBundle("org.hyoka.samples").getEntry("samples/soyaku-kiban-2021.hyoka").openStream()) {
			Files.copy(in, file);
		}
		return file;
	}

	/** The heading of the editor area while no editor is open, where a user drops a file on a new window. */
	private Label emptyAreaHeading() {
		return bot.syncCall(() -> UiBot.findAll(bot.window().getShell(), Label.class,
				label -> label.isVisible() && label.getText().equals("No evaluation is open")).get(0));
	}
}
