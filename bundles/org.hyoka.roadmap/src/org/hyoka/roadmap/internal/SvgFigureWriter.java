package org.hyoka.roadmap.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.output.FigureWriter;
import org.hyoka.roadmap.output.SvgWriter;

/** The built-in figure format {@code svg} (plugin.xml): {@link SvgWriter}. */
public final class SvgFigureWriter implements FigureWriter {

	@Override
	public void write(Scene scene, OutputStream out) throws IOException {
		SvgWriter.write(scene, out);
	}
}
