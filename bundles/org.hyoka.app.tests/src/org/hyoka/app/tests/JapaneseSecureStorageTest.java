package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.hyoka.testing.ui.Labels;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The master-password dialog of the platform's secure storage under {@code -nl ja}: a user meets it the first time the
 * workbench keeps a Git login (Team), so its title, texts and buttons come from the language pack
 * (org.hyoka.nl.ja.equinox.security.ui). Uses a storage file of the test's own, never the user's.
 */
class JapaneseSecureStorageTest {

	@TempDir
	Path folder;

	@Test
	void theMasterPasswordDialogIsJapanese() throws Exception {
		assertEquals("ja", Locale.getDefault().getLanguage(), "started with -nl ja");
		WorkbenchBot bot = new WorkbenchBot();
		Path file = folder.resolve("secure_storage");
		ISecurePreferences storage = SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.PROMPT_USER, Boolean.TRUE));
		List<Shell> before = bot.syncCall(() -> List.of(bot.display().getShells()));
		// the first value kept encrypted asks for a new master password, from a thread that is not the UI's as a job's is
		CompletableFuture<Void> keeping = CompletableFuture.runAsync(() -> {
			try {
				storage.node("git").put("password", "secret", true);
			} catch (StorageException e) {
				throw new CompletionException(e);
			}
		});
		ShellBot dialog = newShell(bot, before, keeping);
		assertTrue(dialog != null, "the master-password dialog showed");
		dialog.screenshot(Path.of(System.getProperty("org.hyoka.tests.screenshots", "target/screenshots"), "ja-secure-storage.png"));
		List<String> texts = texts(bot, dialog);
		assertEquals("セキュア・ストレージ", dialog.title());
		assertTrue(texts.containsAll(List.of("パスワード:", "パスワードの確認:", "パスワードを表示", "キャンセル")), "the dialog's texts: " + texts);
		assertNoEnglish(texts, file);

		// cancelled: whatever the storage says about it is Japanese too, and nothing is kept
		List<Shell> shown = bot.syncCall(() -> List.of(bot.display().getShells()));
		dialog.button("キャンセル").click();
		for (ShellBot next = newShell(bot, shown, keeping); next != null; next = newShell(bot, shown, keeping)) {
			List<String> nextTexts = texts(bot, next);
			assertNoEnglish(nextTexts, file);
			shown = bot.syncCall(() -> List.of(bot.display().getShells()));
			next.close();
		}
		ExecutionException refused = assertThrows(ExecutionException.class, () -> keeping.get(30, TimeUnit.SECONDS));
		assertTrue(refused.getCause() instanceof StorageException, "cancelling keeps nothing: " + refused);
		assertTrue(!Files.exists(file) || !Files.readString(file).contains("secret"), "nothing written in clear");
	}

	/** The shell shown after those listed, or null once the storage's thread has ended without one. */
	private static ShellBot newShell(WorkbenchBot bot, List<Shell> before, CompletableFuture<Void> keeping) {
		bot.waitUntil("a dialog shows or the storage answers", () -> keeping.isDone() || Arrays.stream(bot.display().getShells())
				.anyMatch(shell -> !before.contains(shell) && shell.isVisible()));
		Shell shell = bot.syncCall(() -> Arrays.stream(bot.display().getShells()).filter(s -> !before.contains(s) && s.isVisible()).findFirst().orElse(null));
		if (shell == null) {
			return null;
		}
		bot.flush();
		return new ShellBot(bot, shell);
	}

	/** The labels' and buttons' texts as a user reads them. */
	private static List<String> texts(WorkbenchBot bot, ShellBot dialog) {
		return bot.syncCall(() -> {
			List<String> all = new ArrayList<>(Labels.texts(dialog.widget()));
			dialog.findAll(Button.class, Button::isVisible).forEach(button -> all.add(button.getText()));
			all.add(dialog.title());
			return all.stream().map(Labels::plain).filter(text -> !text.isBlank()).toList();
		});
	}

	/**
	 * OK is OK in Japanese Eclipse too, and product names and the storage's file (the dialog shows where it is) stay in
	 * Latin letters; any other Latin word is the host's English that the pack missed.
	 */
	private static void assertNoEnglish(List<String> texts, Path storage) {
		List<String> english = texts.stream().map(text -> text.replace(storage.toString(), ""))
				.filter(text -> text.replaceAll("\\b(OK|Eclipse|Hyoka|Workbench)\\b", "").matches("(?s).*[A-Za-z]{2,}.*")).toList();
		assertEquals(List.of(), english, "English among the dialog's texts " + texts);
	}
}
