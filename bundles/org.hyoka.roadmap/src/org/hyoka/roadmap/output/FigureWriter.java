package org.hyoka.roadmap.output;

import java.io.IOException;
import java.io.OutputStream;

import org.hyoka.roadmap.layout.Scene;

/**
 * Writes a laid-out roadmap figure in one file format. Contributed to the extension point
 * {@value FigureFormats#EXTENSION_POINT}; the command line and the Roadmap view pick the format by the file's extension.
 */
@FunctionalInterface
public interface FigureWriter {

	/**
	 * Writes the scene to the stream, without closing it. The caller writes to a temporary file and keeps it only when
	 * this returns, so a failure leaves what was there.
	 *
	 * @throws IllegalArgumentException
	 *             when the scene cannot be written in this format (a PNG that would be too large)
	 */
	void write(Scene scene, OutputStream out) throws IOException;
}
