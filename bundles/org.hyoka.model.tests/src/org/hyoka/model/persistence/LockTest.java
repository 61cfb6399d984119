package org.hyoka.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hyoka.model.savechild.GuardedWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock beside a file held across processes, and the check made the moment before a file is replaced (#48): two
 * writers never both succeed unless both changes are in the file.
 */
class LockTest {

	@TempDir
	Path dir;

	/**
	 * This JVM writes the file slowly; a second JVM that read the file before wants to write it too. It must wait for
	 * the lock, then find the file changed and say so, leaving this JVM's write in the file. A lock released by
	 * reading the lock file through a second descriptor let it write at once.
	 */
	@Test
	void aSecondProcessWaitsForTheLockAndThenIsRefused() throws Exception {
		Path file = Files.writeString(dir.resolve("shared.hyoka"), "original");
		String read = HexFormat.of().formatHex(AtomicWrite.digest(new ByteArrayInputStream("original".getBytes(StandardCharsets.UTF_8))));
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Void> ours = CompletableFuture.runAsync(() -> {
			try {
				AtomicWrite.write(file, ".saving", AtomicWrite.digest(Files.newInputStream(file)), out -> {
					out.write("ours".getBytes(StandardCharsets.UTF_8));
					writing.countDown();
					try {
						finish.await();
					} catch (InterruptedException e) {
						throw new java.io.InterruptedIOException();
					}
				});
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		assertTrue(writing.await(30, TimeUnit.SECONDS), "our write started");
		Process other = new ProcessBuilder(javaCommand(), "-cp", classPath(), GuardedWrite.class.getName(), file.toString(), read, "theirs")
				.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
			assertEquals("started", out.readLine(), "the other JVM started");
			assertFalse(other.waitFor(2, TimeUnit.SECONDS), "the other process waits while the lock is held, and has not written");
			finish.countDown();
			ours.get(30, TimeUnit.SECONDS);
			assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the other process went on once the lock was free");
		}
		String error = new String(other.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertEquals(1, other.exitValue(), error);
		assertTrue(error.startsWith(file.toString()) && error.contains("saved by another program"), error);
		assertEquals("ours", Files.readString(file), "no update lost: the first write is in the file, the second was refused");
		assertEquals(List.of("shared.hyoka"), names());
	}

	/** A program that takes no lock (a text editor) saves while we write: our write is refused, its save kept. */
	@Test
	void aChangeWhileTheTemporaryFileIsWrittenIsNotOverwritten() throws IOException {
		Path file = Files.writeString(dir.resolve("edited.hyoka"), "read");
		byte[] read = AtomicWrite.digest(Files.newInputStream(file));
		FileChangedException e = assertThrows(FileChangedException.class, () -> AtomicWrite.write(file, ".saving", read, out -> {
			out.write("ours".getBytes(StandardCharsets.UTF_8));
			Files.writeString(file, "saved by an editor meanwhile");
		}));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertEquals("saved by an editor meanwhile", Files.readString(file));
		assertEquals(List.of("edited.hyoka"), names(), "the temporary file is gone");
	}

	@Test
	void aMissingFolderIsNamedAsTheUserNamedIt() {
		Path target = dir.resolve("missing").resolve("report.csv");
		NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> AtomicWrite.write(target, ".part", out -> out.write(1)));
		assertTrue(e.getMessage().startsWith(target + ": the folder " + target.getParent() + " does not exist"), e.getMessage());
		assertFalse(e.getMessage().contains(".lock"), e.getMessage());
		assertFalse(Files.exists(target.getParent()));
	}

	@Test
	void aFifoOrAFolderIsNotReplaced() throws Exception {
		Path fifo = dir.resolve("out.csv");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
		FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicWrite.write(fifo, ".part", out -> out.write(1)));
		assertTrue(e.getMessage().startsWith(fifo + ": is not a regular file"), e.getMessage());
		assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a FIFO");
		Path folder = Files.createDirectory(dir.resolve("folder.pdf"));
		assertThrows(FileSystemException.class, () -> AtomicWrite.write(folder, ".part", out -> out.write(1)));
		assertTrue(Files.isDirectory(folder));
	}

	@Test
	void aDanglingLinkIsNotWrittenThrough() throws IOException {
		Path link = Files.createSymbolicLink(dir.resolve("out.svg"), Path.of("elsewhere.svg"));
		NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> AtomicWrite.write(link, ".part", out -> out.write(1)));
		assertTrue(e.getMessage().startsWith(link + ": is a symbolic link to "), e.getMessage());
		assertFalse(Files.exists(dir.resolve("elsewhere.svg")));
		assertTrue(Files.isSymbolicLink(link));
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	private static String javaCommand() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** The model and this fragment, where the OSGi runtime loaded them from. */
	private static String classPath() {
		List<String> entries = new ArrayList<>();
		for (Class<?> type : List.of(GuardedWrite.class, AtomicWrite.class, FileChangedException.class)) {
			String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
			if (!entries.contains(location)) {
				entries.add(location);
			}
		}
		Collections.sort(entries);
		return entries.stream().collect(Collectors.joining(File.pathSeparator));
	}
}
