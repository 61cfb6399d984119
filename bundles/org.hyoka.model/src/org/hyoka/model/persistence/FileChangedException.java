package org.hyoka.model.persistence;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A save was refused because the file no longer holds what was read from it: another program (an editor, another
 * {@code hyoka} command) saved it meanwhile. Nothing was written; saving again would lose the other program's changes.
 */
public class FileChangedException extends FileSystemException {

	private static final long serialVersionUID = 1L;

	public FileChangedException(Path file) {
		super(file.toString(), null, PersistenceMessages.format("changed")); //$NON-NLS-1$
	}
}
