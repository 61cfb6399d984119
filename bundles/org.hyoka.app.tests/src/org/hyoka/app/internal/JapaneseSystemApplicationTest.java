package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Under {@code -nl ja}, a file no desktop application opens is named in a Japanese message. */
class JapaneseSystemApplicationTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void withoutADesktopApplicationTheUserIsToldInJapanese() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("書き出し");
		project.create(null);
		project.open(null);
		String message = SystemApplicationTest.refusal(bot, SystemApplicationTest.file(project, "評点票.xlsx"), "ファイルを開く",
				"ja-system-application-missing.png");
		assertEquals("評点票.xlsx を開くアプリケーションがこのコンピューターにありません。この種類のファイルを読めるアプリケーション"
				+ "（PDF リーダー、オフィスソフト）をインストールしてから、もう一度開いてください。", message);
	}
}
