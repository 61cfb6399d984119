package org.hyoka.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file beside it that is moved into place once complete: a failure or a
 * cancellation part-way leaves the previous file intact, and nobody reads a half-written one.
 */
public final class AtomicWrite {

	/** Writes the content; may throw, in which case the target stays as it was. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicWrite() {
	}

	/**
	 * @param temporarySuffix
	 *            ends the temporary file's name, saying what is under way (".saving", ".part")
	 */
	public static void write(Path target, String temporarySuffix, Content content) throws IOException {
		Path file = target.toAbsolutePath();
		Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), temporarySuffix); //$NON-NLS-1$
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				content.writeTo(out);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
