package org.hyoka.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.hyoka.team.Logins;
import org.hyoka.testing.git.GitSshServer;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.ShellBot;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team > Clone... of a repository on an SSH server (Apache MINA SSHD on this machine) with the user's key encrypted:
 * the workbench asks the key's passphrase in the login dialog, asks again saying why when it is wrong, and the clone
 * completes with the right one, which is kept in secure storage (the test's own). The test's home folder stands in
 * for the user's, whose {@code .ssh} holds the key and known_hosts. A screenshot of each dialog.
 */
class SshPassphraseTest {

	private static final String PASSPHRASE = "hyoka-鍵-2026";

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@RegisterExtension
	final TestStorage storage = new TestStorage();

	@TempDir
	Path folder;

	private String home;

	@BeforeEach
	void aHomeOfTheTestsOwn() {
		home = System.getProperty("user.home");
		// JGit reads ~/.ssh of user.home at each command (SshKeys)
		System.setProperty("user.home", folder.resolve("home").toString());
	}

	@AfterEach
	void theUsersHomeAgain() {
		System.setProperty("user.home", home);
	}

	@Test
	void aWrongPassphraseIsAskedAgainAndTheRightOneClones() throws Exception {
		TeamMenuTest.sharedRepository(folder);
		try (GitSshServer server = new GitSshServer(folder.resolve("shared.git"))) {
			server.writeUserHome(folder.resolve("home"), PASSPHRASE, true);
			bot.windowShell().menu("Team", "Clone...").click();
			ShellBot clone = bot.shell("Clone");
			clone.textWithLabel("Repository URL:").setText(server.url());
			clone.textWithLabel("Folder in the workspace:").setText("hyoka-ssh");
			bot.waitUntil("the name is typed", () -> "hyoka-ssh".equals(clone.textWithLabel("Folder in the workspace:").getText()));
			clone.button("Clone").click();
			clone.waitUntilClosed();

			ShellBot ask = bot.shell("Log In");
			String heading = ask.textContaining("Passphrase of the SSH key").strip();
			String key = heading.substring("Passphrase of the SSH key ".length());
			assertTrue(Logins.isKey(key) && key.endsWith("id_ecdsa") && key.contains(folder.resolve("home").toString()),
					"the key of the user's home is named: " + heading);
			assertTrue(ask.textContaining("encrypted with a passphrase").startsWith("The SSH key that logs you in"));
			assertFalse(bot.syncCall(() -> ask.button("OK").widget().isEnabled()), "nothing to give yet");
			ask.textWithLabel("Passphrase:").setText("wrong");
			ask.screenshot(TeamMenuTest.screenshots("team-ssh-passphrase.png"));
			ask.button("OK").click();
			ask.waitUntilClosed();

			ShellBot again = bot.shell("Log In");
			String reason = again.textContaining("is wrong").strip();
			assertEquals("the passphrase of the SSH key " + key + " is wrong; check it and try again", reason);
			assertEquals("", again.textWithLabel("Passphrase:").getText(), "the wrong passphrase is not offered again");
			again.textWithLabel("Passphrase:").setText(PASSPHRASE);
			again.screenshot(TeamMenuTest.screenshots("team-ssh-passphrase-wrong.png"));
			again.button("OK").click();
			again.waitUntilClosed();

			ShellBot cloned = bot.shell("Clone");
			String done = cloned.textContaining("now holds the evaluations");
			assertTrue(done.startsWith("hyoka-ssh now holds the evaluations of " + server.url() + " (1 evaluation files)"), done);
			cloned.button("OK").click();
			cloned.waitUntilClosed();
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("hyoka-ssh");
			assertTrue(project.isOpen());
			assertTrue(Files.exists(project.getLocation().toPath().resolve(TeamMenuTest.FILE)), "cloned over SSH");
			assertTrue(server.commands.get() >= 1, "the server ran Git's upload-pack");
			assertEquals(List.of(key), Logins.servers(storage.preferences()), "the passphrase is kept");
			assertEquals(PASSPHRASE, storage.preferences().node("org.hyoka.team/logins").node(EncodingUtils.encodeSlashes(key)).get("password", null),
					"the passphrase that opened the key, not the wrong one");
		}
	}
}
