package org.hyoka.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyoka.cli.Terminal;
import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;

/** What the built-in commands share: reading an evaluation file. */
final class Inputs {

	private Inputs() {
	}

	/** The evaluation in the file; a one-line usage problem naming the file when it cannot be read. */
	static EvaluationReport load(String name) throws UsageException {
		Path file = Path.of(name);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new UsageException(name + ": no such readable file"); //$NON-NLS-1$
		}
		try {
			return HyokaFiles.load(file);
		} catch (IOException | RuntimeException e) {
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new UsageException(Terminal.field(message.startsWith(name) || message.contains(file.getFileName().toString())
					? message
					: name + ": " + message)); //$NON-NLS-1$
		}
	}

	/** Whether both name one file, through links and relative paths; false when either does not exist. */
	static boolean sameFile(Path one, Path other) throws UsageException {
		try {
			return Files.exists(one) && Files.exists(other) && Files.isSameFile(one, other);
		} catch (IOException e) {
			throw new UsageException(one + ": " + Terminal.field(e.getMessage())); //$NON-NLS-1$
		}
	}

	/** A file could not be written: one line naming it, once, as the user named it (the saver names it absolute). */
	static UsageException failure(Path file, IOException e) {
		String message = String.valueOf(e.getMessage());
		String absolute = file.toAbsolutePath().toString();
		if (!absolute.equals(file.toString()) && message.startsWith(absolute + ":")) { //$NON-NLS-1$
			message = file + message.substring(absolute.length());
		}
		return new UsageException(Terminal.field(message.startsWith(file.toString()) ? message : file + ": " + message)); //$NON-NLS-1$
	}
}
