package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-off of files from a second start to the running workbench: what a request holds, which arguments are
 * files, and a real socket between a listener and a sender, private to its user, robust to what is not a request.
 */
class OpenRequestsTest {

	@TempDir
	Path temp;

	@Test
	void evaluationFilesOfTheCommandLineBecomeAbsolutePaths() {
		Path here = Path.of("").toAbsolutePath();
		List<Path> files = OpenRequests.fileArguments(new String[] { "-nl", "ja", "-data", "/w", "評価 2024.hyoka",
				"-openSample", "saisei-iryo-2022", "/tmp/dir with space/B.HYOKA", "notes.txt", "-x.hyoka" });
		assertEquals(List.of(here.resolve("評価 2024.hyoka"), Path.of("/tmp/dir with space/B.HYOKA")), files);
	}

	@Test
	void aRequestIsItsHelloItsFileUrisAndAnEmptyLine() {
		Path file = Path.of("/tmp/フォルダー/a b.hyoka");
		String request = OpenRequests.HELLO + "\n" + file.toUri() + "\n\n";
		assertEquals(List.of(file), OpenRequests.parse(request));
		assertEquals(List.of(), OpenRequests.parse(OpenRequests.HELLO + "\n\n"), "only to the front");
		assertNull(OpenRequests.parse("GET / HTTP/1.1\n\n"), "another protocol");
		assertNull(OpenRequests.parse(OpenRequests.HELLO + "\n" + file.toUri() + "\n"), "no end");
		assertNull(OpenRequests.parse(OpenRequests.HELLO + "\nhttps://example.org/a.hyoka\n\n"), "not a file");
		assertNull(OpenRequests.parse(OpenRequests.HELLO + "\n/tmp/a.hyoka\n\n"), "a path, not a URI");
		assertNull(OpenRequests.parse(OpenRequests.HELLO + "\n" + file.toUri() + "\n\n" + file.toUri() + "\n\n"), "lines after the end");
		assertNull(OpenRequests.parse(null), "too long");
	}

	@Test
	void aSecondStartHandsItsFilesToTheListener() throws Exception {
		Path workspace = Files.createDirectories(temp.resolve("作業 スペース"));
		LinkedBlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
		try (OpenRequests listener = OpenRequests.listen(workspace, received::add)) {
			assertNotNull(listener, "listens");
			Path socket = OpenRequests.socketFile(workspace);
			assertTrue(socket.startsWith(workspace.resolve(".metadata")), "in the workspace: " + socket);
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
			assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));

			List<Path> files = List.of(temp.resolve("評価 1.hyoka"), temp.resolve("line\nbreak.hyoka"));
			assertTrue(OpenRequests.send(workspace, files, 1_000), "taken");
			assertEquals(files, received.poll(5, TimeUnit.SECONDS));
			assertTrue(OpenRequests.send(workspace, List.of(), 1_000), "taken");
			assertEquals(List.of(), received.poll(5, TimeUnit.SECONDS), "only to the front");
		}
		assertFalse(Files.exists(OpenRequests.socketFile(workspace)), "the socket goes with the listener");
	}

	@Test
	void whatIsNotARequestGetsNoAnswerAndTheListenerGoesOn() throws Exception {
		Path workspace = Files.createDirectories(temp.resolve("workspace"));
		LinkedBlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
		try (OpenRequests listener = OpenRequests.listen(workspace, received::add)) {
			assertEquals("", exchange(workspace, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"), "no answer to another protocol");
			assertEquals("", exchange(workspace, OpenRequests.HELLO + "\n" + "x".repeat(OpenRequests.MAX_REQUEST_BYTES) + "\n\n"),
					"no answer to an overlong request");
			assertNull(received.poll(200, TimeUnit.MILLISECONDS), "nothing to open");
			Path file = temp.resolve("a.hyoka");
			assertTrue(OpenRequests.send(workspace, List.of(file), 1_000), "still listening");
			assertEquals(List.of(file), received.poll(5, TimeUnit.SECONDS));
		}
	}

	@Test
	void noListenerMeansNoHandOff() throws Exception {
		Path workspace = Files.createDirectories(temp.resolve("workspace"));
		assertFalse(OpenRequests.send(workspace, List.of(temp.resolve("a.hyoka")), 300), "no socket at all");
		// the socket a crashed workbench left behind
		Path socket = OpenRequests.socketFile(workspace);
		try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			dead.bind(UnixDomainSocketAddress.of(socket));
		}
		assertTrue(Files.exists(socket));
		long start = System.nanoTime();
		assertFalse(OpenRequests.send(workspace, List.of(temp.resolve("a.hyoka")), 300), "a socket nobody listens on");
		assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "gives up after its wait");
		// a new workbench on the workspace replaces it
		try (OpenRequests listener = OpenRequests.listen(workspace, files -> { })) {
			assertNotNull(listener);
			assertTrue(OpenRequests.send(workspace, List.of(), 1_000));
		}
	}

	@Test
	void aWorkspaceTooDeepForASocketPathUsesAPrivateFolderOfTheUser() throws Exception {
		Path workspace = Files.createDirectories(temp.resolve("深い".repeat(20)).resolve("workspace"));
		Path socket = OpenRequests.socketFile(workspace);
		assertFalse(socket.startsWith(workspace), socket.toString());
		assertTrue(socket.toString().getBytes(StandardCharsets.UTF_8).length < 108, socket.toString());
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));
		assertEquals(socket, OpenRequests.socketFile(workspace), "the same for every start");
		LinkedBlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
		try (OpenRequests listener = OpenRequests.listen(workspace, received::add)) {
			Path file = workspace.resolve("a.hyoka");
			assertTrue(OpenRequests.send(workspace, List.of(file), 1_000));
			assertEquals(List.of(file), received.poll(5, TimeUnit.SECONDS));
		}
	}

	/** Sends the text as a client and returns all the listener answers before it closes the connection. */
	private static String exchange(Path workspace, String text) throws Exception {
		ByteBuffer in = ByteBuffer.allocate(64);
		try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(OpenRequests.socketFile(workspace)))) {
			ByteBuffer out = StandardCharsets.UTF_8.encode(text);
			while (out.hasRemaining()) {
				channel.write(out);
			}
			channel.shutdownOutput();
			while (channel.read(in) >= 0 && in.hasRemaining()) {
				// until the listener closes
			}
		} catch (IOException e) {
			// the listener closed the connection before reading it all
		}
		in.flip();
		return StandardCharsets.UTF_8.decode(in).toString();
	}
}
