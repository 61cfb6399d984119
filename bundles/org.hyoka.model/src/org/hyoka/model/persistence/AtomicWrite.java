package org.hyoka.model.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * Writes a file through a temporary file beside it that is moved into place once complete: a failure, a
 * cancellation or a killed process part-way leaves the previous file intact, and nobody reads a half-written one.
 * Writers of one file take turns (a lock file beside it, held by the operating system, so a killed writer releases
 * it); the temporary files a killed writer left are removed by the next one. The file keeps its permissions and,
 * where the system allows, its owner; a symbolic link stays a link and its target is written; a read-only file is
 * refused.
 */
public final class AtomicWrite {

	/** Writes the content; may throw, in which case the target stays as it was. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** The suffixes of temporary files, ".saving" and ".part" as callers name them; others are never removed. */
	private static final String TEMPORARY = "\\d{6,}\\.(?:saving|part)"; //$NON-NLS-1$
	private static final String LOCK_SUFFIX = ".lock"; //$NON-NLS-1$
	private static final long LOCK_TIMEOUT_SECONDS = 30;
	private static final int MAX_LINKS = 40;
	/** Threads of one process take turns here first: the operating system's lock is per process. */
	private static final ReentrantLock[] IN_PROCESS = new ReentrantLock[64];

	static {
		Arrays.setAll(IN_PROCESS, i -> new ReentrantLock());
	}

	private AtomicWrite() {
	}

	/**
	 * @param temporarySuffix
	 *            ends the temporary file's name, saying what is under way (".saving", ".part")
	 */
	public static void write(Path target, String temporarySuffix, Content content) throws IOException {
		write(target, temporarySuffix, null, content);
	}

	/**
	 * As {@link #write(Path, String, Content)}, only if the file still holds what was read from it.
	 *
	 * @param expected
	 *            the {@link #digest(InputStream) digest} of the file as it was read, or null to replace whatever
	 *            is there
	 * @throws FileChangedException
	 *             when the file now holds something else (another program saved it meanwhile); nothing is written
	 */
	public static void write(Path target, String temporarySuffix, byte[] expected, Content content) throws IOException {
		Path file = linkTarget(target);
		refuseWhatIsNoFile(target, file);
		ReentrantLock turn = IN_PROCESS[Math.floorMod(file.hashCode(), IN_PROCESS.length)];
		try {
			if (!turn.tryLock(LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				throw new FileSystemException(target.toString(), null, PersistenceMessages.format("busy")); //$NON-NLS-1$
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException(target.toString());
		}
		try (LockFile lock = LockFile.acquire(file, target)) {
			removeTemporaries(file);
			if (Files.exists(file)) {
				if (readOnly(file)) {
					throw new FileSystemException(target.toString(), null, PersistenceMessages.format("readOnly")); //$NON-NLS-1$
				}
				unchanged(target, file, expected);
			}
			replace(file, temporarySuffix, content, () -> unchanged(target, file, expected));
		} finally {
			turn.unlock();
		}
	}

	/** Refused with a FileChangedException when the file no longer holds the expected digest; null expects nothing. */
	private static void unchanged(Path target, Path file, byte[] expected) throws IOException {
		if (expected != null && !(Files.exists(file) && Arrays.equals(expected, digest(file)))) {
			throw new FileChangedException(target);
		}
	}

	/**
	 * Only a regular file is replaced, in a folder that exists, each named as the user named it: a FIFO or device
	 * would become a regular file, a dangling link would be written through to wherever it points, and a missing
	 * folder would otherwise be reported as the lock file's.
	 */
	private static void refuseWhatIsNoFile(Path target, Path file) throws IOException {
		if (!file.equals(target.toAbsolutePath()) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new NoSuchFileException(target.toString(), null, PersistenceMessages.format("danglingLink", file)); //$NON-NLS-1$
		}
		Path folder = file.getParent();
		if (!Files.isDirectory(folder)) {
			Path named = file.equals(target.toAbsolutePath()) && target.getParent() != null ? target.getParent() : folder;
			throw new NoSuchFileException(target.toString(), null, PersistenceMessages.format("noFolder", named)); //$NON-NLS-1$
		}
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileSystemException(target.toString(), null, PersistenceMessages.format("notAFile")); //$NON-NLS-1$
		}
	}

	/** The SHA-256 of everything the stream holds. */
	public static byte[] digest(InputStream in) throws IOException {
		MessageDigest digest = sha256();
		try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
			digesting.transferTo(OutputStream.nullOutputStream());
		}
		return digest.digest();
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every Java has it
		}
	}

	static byte[] digest(Path file) throws IOException {
		return digest(Files.newInputStream(file));
	}

	/** A check made under the lock after the temporary file is complete, immediately before it replaces the file. */
	@FunctionalInterface
	private interface LastMoment {
		void check() throws IOException;
	}

	private static void replace(Path file, String temporarySuffix, Content content, LastMoment lastMoment) throws IOException {
		Path temporary = createTemporary(file, temporarySuffix);
		try {
			// buffered: writers such as PDFBox write a PDF name or number a byte at a time, each a system call
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				content.writeTo(out);
				out.flush();
				channel.force(true); // on disk before the rename, so a crash cannot leave an empty file under the name
			}
			keepAttributes(file, temporary);
			// a program that takes no lock (an editor) may have saved while we wrote, which took a while for a large file
			lastMoment.check();
			try {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** A new empty file beside the target, with the permissions a new file gets (not the 0600 of temp files). */
	private static Path createTemporary(Path file, String suffix) throws IOException {
		while (true) {
			Path temporary = file.resolveSibling("." + file.getFileName() //$NON-NLS-1$
					+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong() >>> 1) + suffix);
			try {
				return Files.createFile(temporary);
			} catch (FileAlreadyExistsException e) {
				// another name
			}
		}
	}

	/** The file a path names, following symbolic links, so that a link stays a link and its target is written. */
	private static Path linkTarget(Path target) throws IOException {
		Path file = target.toAbsolutePath();
		for (int links = 0; Files.isSymbolicLink(file); links++) {
			if (links == MAX_LINKS) {
				throw new FileSystemException(target.toString(), null, PersistenceMessages.format("linkLoop")); //$NON-NLS-1$
			}
			file = file.resolveSibling(Files.readSymbolicLink(file));
		}
		return file;
	}

	private static boolean readOnly(Path file) throws IOException {
		PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		if (posix != null) {
			// the permission bits, not only access: the administrator may write anything, and should not by accident
			Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
			return !permissions.contains(PosixFilePermission.OWNER_WRITE) && !permissions.contains(PosixFilePermission.GROUP_WRITE)
					&& !permissions.contains(PosixFilePermission.OTHERS_WRITE) || !Files.isWritable(file);
		}
		DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
		return dos != null && dos.readAttributes().isReadOnly() || !Files.isWritable(file);
	}

	/** The old file's permissions, and its owner and group where the system lets us. */
	private static void keepAttributes(Path file, Path temporary) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
		if (view == null || !Files.exists(file)) {
			return;
		}
		PosixFileAttributes old = Files.readAttributes(file, PosixFileAttributes.class);
		view.setPermissions(old.permissions());
		try {
			view.setGroup(old.group());
			view.setOwner(old.owner());
		} catch (IOException e) {
			// only the administrator may give a file away; the file then belongs to the one who saved it
		}
	}

	/** Temporary files of this file that a killed writer left; the lock is held, so no writer is using them. */
	private static void removeTemporaries(Path file) throws IOException {
		Pattern temporary = Pattern.compile(Pattern.quote("." + file.getFileName()) + TEMPORARY); //$NON-NLS-1$
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(),
				sibling -> temporary.matcher(sibling.getFileName().toString()).matches())) {
			for (Path sibling : siblings) {
				if (Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)) {
					Files.deleteIfExists(sibling);
				}
			}
		}
	}

	/**
	 * {@code .NAME.lock} beside the file, locked by the operating system, through one descriptor only: a POSIX lock
	 * belongs to the process and file, and closing any other descriptor of that file (reading it with
	 * {@code Files.readAllBytes}, say) would release it. It is deleted when released; a writer that locked a deleted
	 * one sees that the name no longer leads to the file it locked, and tries again.
	 */
	private record LockFile(Path path, FileChannel channel) implements AutoCloseable {

		static LockFile acquire(Path file, Path target) throws IOException {
			Path path = file.resolveSibling("." + file.getFileName() + LOCK_SUFFIX); //$NON-NLS-1$
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOCK_TIMEOUT_SECONDS);
			while (true) {
				LockFile held = tryAcquire(path);
				if (held != null) {
					shareLikeTheFile(path, file);
					return held;
				}
				if (System.nanoTime() > deadline) {
					throw new FileSystemException(target.toString(), null, PersistenceMessages.format("busy")); //$NON-NLS-1$
				}
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new java.io.InterruptedIOException(target.toString());
				}
			}
		}

		/**
		 * The lock, or null when another writer holds it or released it by deleting the file. The name is looked up
		 * (stat, which opens nothing) before opening and after locking: a writer deletes the file only while holding
		 * its lock, so the same file under the name both times means the name still leads to the file locked.
		 */
		private static LockFile tryAcquire(Path path) throws IOException {
			try {
				Files.createFile(path);
			} catch (FileAlreadyExistsException e) {
				// another writer's, locked or about to be deleted: the lock tells
			}
			Object before = fileKey(path);
			FileChannel channel;
			try {
				channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
			} catch (NoSuchFileException e) {
				return null; // deleted by the writer before us
			}
			boolean held = false;
			try {
				held = before != null && channel.tryLock() != null && before.equals(fileKey(path));
				return held ? new LockFile(path, channel) : null;
			} finally {
				if (!held) {
					channel.close();
				}
			}
		}

		/** The file's identity on its file system (device and inode), or null when the name leads to nothing. */
		private static Object fileKey(Path path) throws IOException {
			try {
				BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
				// without file keys (Windows), an open file cannot be deleted: the name leads to the file opened
				return attributes.fileKey() != null ? attributes.fileKey() : Boolean.TRUE;
			} catch (NoSuchFileException e) {
				return null;
			}
		}

		/** Whoever may write the file may lock it, even when a writer of another user was killed and left this. */
		private static void shareLikeTheFile(Path path, Path file) {
			try {
				if (Files.exists(file) && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
					Files.setPosixFilePermissions(path, Files.getPosixFilePermissions(file));
				}
			} catch (IOException e) {
				// not ours to change: it is already shared the way its owner made it
			}
		}

		@Override
		public void close() throws IOException {
			try {
				Files.deleteIfExists(path);
			} catch (IOException e) {
				// Windows keeps open files: the next writer reuses it
			}
			channel.close();
		}
	}
}
