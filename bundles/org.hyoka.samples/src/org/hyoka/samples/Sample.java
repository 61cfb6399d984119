package org.hyoka.samples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * A sample evaluation a bundle contributes through {@code org.hyoka.samples.evaluations}.
 *
 * @param id unique id, also the file name of the workspace copy
 * @param name menu label, translated
 * @param description one sentence on what it holds, translated, may be empty
 * @param bundle symbolic name of the contributing bundle
 * @param file path of the .hyoka file in that bundle
 */
public record Sample(String id, String name, String description, String bundle, String file) {

	/** The name of the workspace copy. */
	public String fileName() {
		return id + ".hyoka"; //$NON-NLS-1$
	}

	/** Reads the file the bundle ships. */
	public InputStream open() throws IOException {
		Bundle contributor = Platform.getBundle(bundle);
		URL entry = contributor == null ? null : contributor.getEntry(file);
		if (entry == null) {
			throw new IOException(bundle + '/' + file + ": not found"); //$NON-NLS-1$
		}
		return entry.openStream();
	}
}
