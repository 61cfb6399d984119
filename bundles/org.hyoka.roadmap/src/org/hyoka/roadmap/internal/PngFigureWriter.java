package org.hyoka.roadmap.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.output.FigureWriter;
import org.hyoka.roadmap.output.PngWriter;

/** The built-in figure format {@code png} (plugin.xml): {@link PngWriter}, one pixel a layout unit. */
public final class PngFigureWriter implements FigureWriter {

	@Override
	public void write(Scene scene, OutputStream out) throws IOException {
		PngWriter.write(scene, 1, out);
	}
}
