package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * File &gt; Recent Files lists the evaluations opened last, newest first, and reopens them. The files stay in
 * {@link #FOLDER} for {@link JapaneseShellTest}, which runs in a later start of the same workspace.
 */
class RecentFilesTest {

	static final Path FOLDER = Path.of("target", "recent-files").toAbsolutePath();
	static final List<String> FILES = List.of("recent-a.hyoka", "recent-b.hyoka");

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void openedEvaluationsAreListedNewestFirstAndReopen() throws Exception {
		// eight older entries: the two opened below push the oldest two out
		List<String> older = IntStream.rangeClosed(1, 8).mapToObj(i -> FOLDER.resolve("older-" + i + ".hyoka").toUri().toString()).toList();
		InstanceScope.INSTANCE.getNode("org.hyoka.app").put("recentFiles", String.join("\n", older));
		for (String name : FILES) {
			Path file = sampleCopy(name);
			bot.syncRun(() -> open(file));
		}
		bot.waitForJobs();
		bot.syncRun(() -> bot.page().closeAllEditors(false));

		List<String> recent = bot.windowShell().menu("File", "Recent Files").itemLabels();
		assertEquals(List.of("1 recent-b.hyoka", "2 recent-a.hyoka", "3 older-1.hyoka", "4 older-2.hyoka", "5 older-3.hyoka",
				"6 older-4.hyoka", "7 older-5.hyoka", "8 older-6.hyoka", "Clear History"), recent, "the last 8, newest first");

		bot.windowShell().menu("File", "Recent Files", recent.get(1)).click();
		bot.waitUntil("recent-a.hyoka is open again", () -> bot.syncCall(() -> {
			IEditorPart editor = bot.page().getActiveEditor();
			return editor != null && editor.getTitle().equals("recent-a.hyoka");
		}));
		bot.screenshot(WorkbenchStartupTest.screenshotFile("recent-file-reopened.png"));
	}

	private static Path sampleCopy(String name) throws IOException {
		Files.createDirectories(FOLDER);
		Path file = FOLDER.resolve(name);
		try (InputStream in = Platform.getBundle("org.hyoka.samples").getEntry("samples/soyaku-kiban-2021.hyoka").openStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private void open(Path file) {
		try {
			IDE.openEditorOnFileStore(bot.page(), EFS.getLocalFileSystem().getStore(file.toUri()));
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}
}
