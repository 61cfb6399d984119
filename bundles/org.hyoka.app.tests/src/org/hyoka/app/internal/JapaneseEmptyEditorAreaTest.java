package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Label;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.UiBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Under {@code -nl ja}: the empty editor area's links and the dialog about a file handed over that is missing. */
class JapaneseEmptyEditorAreaTest {

	private static WorkbenchBot bot;

	@BeforeAll
	static void workbenchIsUp() {
		bot = new WorkbenchBot();
		bot.waitForJobs();
	}

	@Test
	void theLinksSpeakJapanese() {
		assertEquals(List.of("新規評価...", "ファイルを開く...", "サンプルを開く"), EmptyEditorAreaTest.linkTexts(bot));
		assertTrue(bot.syncCall(() -> UiBot.findAll(bot.window().getShell(), Label.class,
				label -> label.isVisible() && label.getText().equals("開いている評価はありません")).size() == 1), "the heading");
		bot.screenshot("empty-editor-area-ja.png");
	}

	@Test
	void aMissingFileIsNamedInJapanese() {
		Path missing = Path.of("target", "hand-off", "ない ファイル.hyoka").toAbsolutePath();
		assertTrue(OpenRequests.send(HyokaApplication.workspace(Platform.getInstanceLocation()), List.of(missing), 30_000));
		ShellBot dialog = bot.shell("ファイルを開く");
		try {
			assertEquals("ファイル " + missing + " がありません。移動、名前の変更または削除されていないか確認してください。",
					dialog.textContaining("がありません"));
			bot.screenshot("hand-off-missing-ja.png");
		} finally {
			dialog.close();
		}
	}
}
