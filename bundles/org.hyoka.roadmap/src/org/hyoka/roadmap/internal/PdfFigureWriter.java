package org.hyoka.roadmap.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.output.FigureWriter;
import org.hyoka.roadmap.output.PdfWriter;

/**
 * The built-in figure format {@code pdf} (plugin.xml): {@link PdfWriter}. It refers to PDFBox only in
 * {@link #write}, so that it is created without org.hyoka.pdf and PDFBox, which are optional for this bundle.
 */
public final class PdfFigureWriter implements FigureWriter {

	@Override
	public void write(Scene scene, OutputStream out) throws IOException {
		PdfWriter.write(scene, out);
	}
}
