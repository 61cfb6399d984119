package org.hyoka.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.transport.URIish;
import org.hyoka.team.internal.TeamMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logins over HTTP against a Git server on this machine that asks for one: a refused password is asked again with the
 * reason, the accepted one is kept encrypted in a secure storage of the test's own (never the user's), the next
 * operation asks nothing, and a forgotten login is asked again.
 */
class LoginsTest {

	private static final String USER = "kikaku";
	private static final String PASSWORD = "hyoka-2026";

	@TempDir
	Path folder;

	private GitHttpServer server;
	private Path storageFile;
	private ISecurePreferences storage;
	/** What the person was asked: per question, the user offered and the reason given. */
	private final List<String> questions = new ArrayList<>();
	private final Deque<Logins.Login> answers = new ArrayDeque<>();

	@BeforeEach
	void aServerAskingForALogin() throws IOException, GitAPIException {
		server = new GitHttpServer(TeamFilesTest.sharedRepository(folder), USER, PASSWORD);
		storageFile = folder.resolve("secure_storage");
		storage = storage(storageFile);
	}

	/** A secure storage of the test's own in the file, never the user's, its master password given without asking. */
	static ISecurePreferences storage(Path file) throws IOException {
		return SecurePreferencesFactory.open(file.toUri().toURL(),
				Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master".toCharArray()), IProviderHints.PROMPT_USER, Boolean.FALSE));
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private Logins logins() {
		return new Logins(storage, (host, user, refusal) -> {
			questions.add(user + " / " + refusal);
			return answers.poll();
		});
	}

	@Test
	void aRefusedPasswordIsAskedAgainAndTheAcceptedOneKeptEncrypted() throws Exception {
		answers.add(new Logins.Login(USER, "wrong".toCharArray()));
		answers.add(new Logins.Login(USER, PASSWORD.toCharArray()));
		Path clone = folder.resolve("clone");
		Logins logins = logins();
		Sharing.clone(server.url(), clone, "hyoka", logins);

		assertTrue(Files.exists(clone.resolve("saisei.hyoka")));
		assertEquals(2, questions.size(), questions.toString());
		assertEquals("null / null", questions.get(0), "first asked without a reason");
		String server = server();
		assertEquals(USER + " / " + TeamMessages.format("loginRefused", server), questions.get(1),
				"asked again, offering the user name and saying why");
		assertEquals(1, this.server.refusals.get());
		assertNull(logins.problem());
		assertEquals(List.of(), Logins.servers(storage), "kept only once the operation ended well");
		logins.keepAccepted();

		assertEquals(List.of(server), Logins.servers(storage));
		ISecurePreferences kept = kept(server);
		assertEquals(PASSWORD, kept.get("password", null));
		assertTrue(kept.isEncrypted("password"));
		String onDisk = Files.readString(storageFile, StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains(PASSWORD), "never in plain text on disk");
		assertTrue(onDisk.contains("logins"), "the file is the storage written: " + onDisk);

		// the next operation, in a new session of the same storage, asks nothing
		questions.clear();
		Files.writeString(clone.resolve("memo.txt"), "第2回委員会の日程");
		Sharing.Publication publication = Sharing.publish(clone, "日程", logins());
		assertTrue(publication.published(), publication.toString());
		assertTrue(Sharing.update(clone, logins()).clean());
		assertEquals(List.of(), questions);

		// forgotten, it is asked again
		Logins.forget(storage, server);
		assertEquals(List.of(), Logins.servers(storage));
		answers.add(new Logins.Login(USER, PASSWORD.toCharArray()));
		Sharing.update(clone, logins());
		assertEquals(List.of("null / null"), questions);
	}

	@Test
	void onlyWrongPasswordsEndWithTheReasonAndNothingKept() throws URISyntaxException {
		for (int i = 0; i < 10; i++) {
			answers.add(new Logins.Login(USER, ("wrong" + i).toCharArray()));
		}
		Logins logins = logins();
		TransportException refused = assertThrows(TransportException.class, () -> Sharing.clone(server.url(), folder.resolve("clone"), "hyoka", logins));
		assertNotNull(refused.getMessage());
		assertTrue(questions.size() <= 4, "asked a few times, not endlessly: " + questions.size());
		logins.keepAccepted();
		assertEquals(TeamMessages.format("loginRefused", server()), logins.problem());
		assertEquals(List.of(), Logins.servers(storage), "a refused login is not kept");
	}

	@Test
	void aCancelledQuestionEndsTheOperationSayingSo() throws URISyntaxException {
		Logins logins = logins(); // no answer: the person cancels
		assertThrows(TransportException.class, () -> Sharing.clone(server.url(), folder.resolve("clone"), "hyoka", logins));
		assertEquals(1, questions.size());
		assertEquals(TeamMessages.format("loginNeeded", server()), logins.problem());
		assertEquals(0, server.refusals.get());
	}

	@Test
	void theUserNameOfTheUrlIsOffered() throws Exception {
		answers.add(new Logins.Login(USER, PASSWORD.toCharArray()));
		Logins logins = logins();
		Sharing.clone(server.url().replace("http://", "http://" + USER + "@"), folder.resolve("clone"), "hyoka", logins);
		logins.keepAccepted();
		assertEquals(List.of(USER + " / null"), questions);
		assertEquals(USER, kept(server()).get("user", null));
	}

	private String server() throws URISyntaxException {
		return Logins.server(new URIish(server.url()));
	}

	private ISecurePreferences kept(String server) {
		return storage.node(Logins.NODE).node(EncodingUtils.encodeSlashes(server));
	}
}
