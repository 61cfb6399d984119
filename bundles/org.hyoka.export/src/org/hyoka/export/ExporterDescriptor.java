package org.hyoka.export;

import java.util.Objects;

import org.eclipse.core.runtime.CoreException;

/**
 * An installed exporter as its contribution declares it. The exporter itself is created only when needed.
 *
 * @param id
 *            unique id, e.g. {@code org.hyoka.export.html}
 * @param label
 *            the format's name in the user's language
 * @param fileExtension
 *            extension of the files it writes, without the dot
 * @param description
 *            one sentence in the user's language; may be empty
 * @param factory
 *            creates the exporter
 */
public record ExporterDescriptor(String id, String label, String fileExtension, String description, Factory factory) {

	/** Creates an exporter; a contributed class may fail to load. */
	@FunctionalInterface
	public interface Factory {
		Exporter create() throws CoreException;
	}

	public ExporterDescriptor {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(label, "label"); //$NON-NLS-1$
		Objects.requireNonNull(fileExtension, "fileExtension"); //$NON-NLS-1$
		description = description == null ? "" : description; //$NON-NLS-1$
		Objects.requireNonNull(factory, "factory"); //$NON-NLS-1$
	}

	/** A new exporter. */
	public Exporter create() throws CoreException {
		return factory.create();
	}

	/** The file name for a report exported in this format: the base name with this extension. */
	public String fileName(String baseName) {
		return baseName + "." + fileExtension; //$NON-NLS-1$
	}
}
