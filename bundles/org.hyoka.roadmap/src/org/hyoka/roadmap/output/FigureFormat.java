package org.hyoka.roadmap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Placement;
import org.hyoka.roadmap.layout.Scene;

/**
 * An installed format of the roadmap figure as its contribution declares it. The writer itself is created only when a
 * figure is written, so that a format's bundle is started only when used.
 *
 * @param id
 *            unique id, which other contributions may name in {@code after} or {@code before}
 * @param fileExtension
 *            extension of the files written, without the dot: letters and digits
 * @param label
 *            the format's name in the user's language, shown in the view's file dialog
 * @param after
 *            the id of the format it follows in lists, or {@code null}
 * @param before
 *            the id of the format it precedes in lists, or {@code null}
 * @param bundle
 *            the contributing bundle, named when the format fails
 * @param factory
 *            creates the writer
 */
public record FigureFormat(String id, String fileExtension, String label, String after, String before, String bundle, Factory factory) {

	/** Letters and digits: a dot would make the lookup by a file name's last extension miss it. */
	private static final Pattern EXTENSION = Pattern.compile("[\\p{Alnum}]+"); //$NON-NLS-1$

	/** Creates a writer; a contributed class may fail to load or be of the wrong type. */
	@FunctionalInterface
	public interface Factory {
		FigureWriter create() throws ContributionException;
	}

	/**
	 * @throws IllegalArgumentException
	 *             when the file extension is not letters and digits
	 */
	public FigureFormat {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(fileExtension, "fileExtension"); //$NON-NLS-1$
		Objects.requireNonNull(label, "label"); //$NON-NLS-1$
		Objects.requireNonNull(bundle, "bundle"); //$NON-NLS-1$
		Objects.requireNonNull(factory, "factory"); //$NON-NLS-1$
		if (!isExtension(fileExtension)) {
			throw new IllegalArgumentException(fileExtension);
		}
	}

	static boolean isExtension(String text) {
		return EXTENSION.matcher(text).matches();
	}

	/** Where the format goes in lists among org.hyoka.roadmap's own and the other contributions. */
	public Placement placement() {
		return new Placement(id, after, before);
	}

	/** A new writer of this format. */
	public FigureWriter writer() throws ContributionException {
		return factory.create();
	}

	/**
	 * Writes the scene in this format to the stream, without closing it.
	 *
	 * @throws IOException
	 *             also when the writer cannot be created; the message then names the contributing bundle
	 */
	public void write(Scene scene, OutputStream out) throws IOException {
		FigureWriter writer;
		try {
			writer = writer();
		} catch (ContributionException e) {
			throw new IOException(e.getMessage(), e);
		}
		writer.write(scene, out);
	}
}
