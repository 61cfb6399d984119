package org.hyoka.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyoka.cli.api.UsageException;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;

/** What the built-in commands share: reading an evaluation file and keeping a message on one line. */
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
			throw new UsageException(oneLine(message.startsWith(name) || message.contains(file.getFileName().toString())
					? message
					: name + ": " + message)); //$NON-NLS-1$
		}
	}

	/** The text with line breaks and tabs turned into spaces, so that it stays one field of one line. */
	static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
