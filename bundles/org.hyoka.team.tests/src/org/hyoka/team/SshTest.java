package org.hyoka.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.hyoka.team.internal.TeamMessages;
import org.hyoka.testing.git.GitSshServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharing over SSH against a Git server on this machine (Apache MINA SSHD) that admits one user's key: the user's
 * home of the test holds the encrypted key and known_hosts, as {@code ~/.ssh} would. Clone, publish and update go over
 * SSH; the key's passphrase is asked through the logins, a wrong one again with the reason; a host whose key
 * known_hosts lacks is refused with a message saying how to accept it, and known_hosts is left as it was.
 */
class SshTest {

	private static final String PASSPHRASE = "hyoka-鍵-2026";

	@TempDir
	Path folder;

	private String home;
	private Path ssh;
	private GitSshServer server;
	private ISecurePreferences storage;
	/** What the person was asked: per question, the key or server and the reason given. */
	private final List<String> questions = new ArrayList<>();
	private final Deque<String> answers = new ArrayDeque<>();

	@BeforeEach
	void aServerAdmittingTheUsersKey() throws IOException, GitAPIException {
		home = System.getProperty("user.home");
		server = new GitSshServer(TeamFilesTest.sharedRepository(folder));
		// the SSH setup is the user's home's, as OpenSSH's: this test's home stands in for it
		System.setProperty("user.home", folder.resolve("home").toString());
		storage = LoginsTest.storage(folder.resolve("secure_storage"));
	}

	@AfterEach
	void stop() throws IOException {
		System.setProperty("user.home", home);
		if (server != null) {
			server.close();
		}
	}

	private Logins logins() {
		return new Logins(storage, (key, user, refusal) -> {
			questions.add(key + " / " + refusal);
			String answer = answers.poll();
			return answer == null ? null : new Logins.Login("", answer.toCharArray());
		});
	}

	private void home(boolean trusted) throws IOException {
		ssh = server.writeUserHome(folder.resolve("home"), PASSPHRASE, trusted);
		assertTrue(Files.readString(ssh.resolve("id_ecdsa")).contains("OPENSSH PRIVATE KEY"));
	}

	@Test
	void cloneUpdateAndPublishOverSshWithAnEncryptedKey() throws Exception {
		home(true);
		answers.add(PASSPHRASE);
		Path a = folder.resolve("a");
		Logins logins = logins();
		Sharing.clone(server.url(), a, "hyoka", logins);

		assertTrue(Files.exists(a.resolve("saisei.hyoka")), "cloned over SSH");
		assertTrue(server.commands.get() >= 1, "the server ran Git's upload-pack");
		assertEquals(1, questions.size(), questions.toString());
		String key = questions.get(0).substring(0, questions.get(0).indexOf(" / "));
		assertTrue(Logins.isKey(key) && key.endsWith("id_ecdsa"), "the passphrase of the key in ~/.ssh is asked: " + key);
		assertTrue(questions.get(0).endsWith(" / null"), "first asked without a reason");
		logins.keepAccepted();
		assertEquals(List.of(key), Logins.servers(storage), "the passphrase is kept in the secure storage");
		assertTrue(storage.node(Logins.NODE).node(EncodingUtils.encodeSlashes(key)).isEncrypted("password"));

		Path b = folder.resolve("b");
		Sharing.clone(server.url(), b, "hyoka", logins());
		Files.writeString(a.resolve("memo.txt"), "第2回委員会の日程", StandardCharsets.UTF_8);
		int before = server.commands.get();
		Sharing.Publication publication = Sharing.publish(a, "日程", logins());
		assertTrue(publication.published(), publication.toString());
		assertTrue(server.commands.get() > before, "published over SSH");

		Sharing.Update update = Sharing.update(b, logins());
		assertEquals(Sharing.Status.FAST_FORWARD, update.status());
		assertEquals("第2回委員会の日程", Files.readString(b.resolve("memo.txt"), StandardCharsets.UTF_8));
		assertEquals(1, questions.size(), "the key, once read, is not asked for again: " + questions);
	}

	@Test
	void aWrongPassphraseIsAskedAgainWithTheReason() throws Exception {
		home(true);
		answers.add("wrong");
		answers.add(PASSPHRASE);
		Logins logins = logins();
		Sharing.clone(server.url(), folder.resolve("a"), "hyoka", logins);

		assertEquals(2, questions.size(), questions.toString());
		String key = questions.get(0).substring(0, questions.get(0).indexOf(" / "));
		assertEquals(key + " / " + TeamMessages.format("passphraseRefused", key), questions.get(1));
		logins.keepAccepted();
		assertEquals(PASSPHRASE, storage.node(Logins.NODE).node(EncodingUtils.encodeSlashes(key)).get("password", null),
				"the passphrase that opened the key is kept, not the wrong one");
	}

	@Test
	void aHostWhoseKeyIsUnknownIsRefused() throws Exception {
		home(false);
		String otherHost = Files.readString(ssh.resolve("known_hosts"));
		answers.add(PASSPHRASE);
		Logins logins = logins();
		Path a = folder.resolve("a");

		assertThrows(TransportException.class, () -> Sharing.clone(server.url(), a, "hyoka", logins));

		assertEquals(TeamMessages.format("hostUnknown", "127.0.0.1", Integer.toString(server.port())), logins.problem());
		assertTrue(logins.problem().contains("127.0.0.1") && logins.problem().contains("known_hosts"), logins.problem());
		assertEquals(Logins.Trouble.HOST, logins.trouble());
		assertEquals(0, server.commands.get(), "no Git command ran on an unverified server");
		assertEquals(List.of(), questions, "nothing asked of a server not trusted");
		assertEquals(otherHost, Files.readString(ssh.resolve("known_hosts")), "known_hosts is left as it was");
		assertFalse(Files.exists(a.resolve("saisei.hyoka")));
	}

	@Test
	void aHostWhoseKeyChangedIsRefused() throws Exception {
		home(true);
		String changed = "[127.0.0.1]:" + server.port() + " "
				+ PublicKeyEntry.toString(GitSshServer.newKey().getPublic()) + "\n";
		Files.writeString(ssh.resolve("known_hosts"), changed);
		Logins logins = logins();

		assertThrows(TransportException.class, () -> Sharing.clone(server.url(), folder.resolve("a"), "hyoka", logins));

		assertEquals(Logins.Trouble.HOST, logins.trouble(), String.valueOf(logins.problem()));
		assertEquals(TeamMessages.format("hostUnknown", "127.0.0.1", Integer.toString(server.port())), logins.problem());
		assertEquals(0, server.commands.get());
		assertEquals(changed, Files.readString(ssh.resolve("known_hosts")), "known_hosts is left as it was");
	}
}
