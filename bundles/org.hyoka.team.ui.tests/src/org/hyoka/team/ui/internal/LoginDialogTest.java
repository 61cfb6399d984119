package org.hyoka.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.hyoka.team.Logins;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The login a Git server asks for during a Team operation: asked in a dialog, kept in a secure storage of the test's
 * own, asked again with the server's refusal shown, and forgotten with Team > Forget Passwords.... The exchange with a
 * real server is LoginsTest's (org.hyoka.team.tests). A screenshot per dialog.
 */
class LoginDialogTest {

	private static final String SERVER = "https://git.example.go.jp";

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();
	@RegisterExtension
	final TestStorage testStorage = new TestStorage();

	/** Asks for a login as JGit does from an operation's job: off the display thread. */
	private CompletableFuture<CredentialItem[]> ask(Logins logins, URIish uri) {
		return CompletableFuture.supplyAsync(() -> {
			CredentialItem[] items = { new CredentialItem.Username(), new CredentialItem.Password() };
			return logins.get(uri, items) ? items : null;
		});
	}

	@Test
	void aLoginIsAskedKeptAskedAgainWhenRefusedAndForgotten() throws Exception {
		URIish uri = new URIish(SERVER + "/hyoka/evaluations.git");
		Logins logins = bot.syncCall(() -> LoginDialog.logins(bot.window().getShell()));
		CompletableFuture<CredentialItem[]> first = ask(logins, uri);
		ShellBot dialog = bot.shell("Log In");
		assertEquals("Log in to " + SERVER, dialog.textContaining("Log in to").strip());
		assertFalse(bot.syncCall(() -> dialog.button("OK").widget().isEnabled()), "nothing to give yet");
		dialog.textWithLabel("User name:").setText("kikaku");
		dialog.textWithLabel("Password or token:").setText("hyoka-2026");
		dialog.screenshot(TeamMenuTest.screenshots("team-login.png"));
		dialog.button("OK").click();
		dialog.waitUntilClosed();
		CredentialItem[] given = first.get(10, TimeUnit.SECONDS);
		assertEquals("kikaku", ((CredentialItem.Username) given[0]).getValue());
		assertArrayEquals("hyoka-2026".toCharArray(), ((CredentialItem.Password) given[1]).getValue());
		logins.keepAccepted(); // as a Team operation does when it ends with the server's consent
		assertEquals(List.of(SERVER), Logins.servers(testStorage.preferences()));
		assertTrue(testStorage.preferences().node("org.hyoka.team/logins").node(EncodingUtils.encodeSlashes(SERVER)).isEncrypted("password"));

		// the next operation takes the kept login without a dialog
		CredentialItem[] kept = ask(LoginDialog.logins(bot.syncCall(() -> bot.window().getShell())), uri).get(10, TimeUnit.SECONDS);
		assertArrayEquals("hyoka-2026".toCharArray(), ((CredentialItem.Password) kept[1]).getValue());

		// the server refused it: asked again, saying so, the user name offered; cancelled, the operation says why
		logins.reset(uri);
		CompletableFuture<CredentialItem[]> again = ask(logins, uri);
		ShellBot refused = bot.shell("Log In");
		String reason = refused.textContaining("refused").strip();
		assertTrue(reason.startsWith(SERVER + " refused the user name or password"), reason);
		assertEquals("kikaku", refused.textWithLabel("User name:").getText());
		refused.screenshot(TeamMenuTest.screenshots("team-login-refused.png"));
		refused.button("Cancel").click();
		refused.waitUntilClosed();
		assertNull(again.get(10, TimeUnit.SECONDS));
		assertTrue(logins.problem().startsWith(SERVER + " refused"), logins.problem());
		assertEquals(List.of(), Logins.servers(testStorage.preferences()), "a refused login is not kept");
	}

	@Test
	void forgetPasswordsRemovesTheCheckedServers() throws Exception {
		bot.windowShell().menu("Team", "Forget Passwords...").click();
		ShellBot none = bot.shell("Forget Passwords");
		assertTrue(none.textContaining("keeps no password").startsWith("The workbench keeps no password"));
		none.button("OK").click();
		none.waitUntilClosed();

		for (String server : List.of(SERVER, "https://git.example.lg.jp:8443")) {
			Logins logins = new Logins(testStorage.preferences(), (asked, user, refusal) -> new Logins.Login("kikaku", "hyoka-2026".toCharArray()));
			assertTrue(logins.get(new URIish(server + "/evaluations.git"), new CredentialItem.Username(), new CredentialItem.Password()));
			logins.keepAccepted();
		}
		assertEquals(2, Logins.servers(testStorage.preferences()).size());
		bot.windowShell().menu("Team", "Forget Passwords...").click();
		ShellBot forget = bot.shell("Forget Passwords");
		forget.screenshot(TeamMenuTest.screenshots("team-forget-passwords.png"));
		forget.button("OK").click();
		forget.waitUntilClosed();
		assertEquals(List.of(), Logins.servers(testStorage.preferences()));
	}
}
