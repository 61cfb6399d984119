package org.hyoka.roadmap.internal;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.hyoka.pdf.JapaneseFont;
import org.hyoka.pdf.PdfDrawing;
import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.output.PdfWriter;

/**
 * A roadmap figure of the PDF report in vector graphics. A class of its own, which {@link RoadmapSection} loads only
 * when the PDF writer asks for it, since org.hyoka.pdf and PDFBox are optional for this bundle.
 */
final class PdfFigure implements PdfDrawing {

	private final Scene scene;

	PdfFigure(Scene scene) {
		this.scene = scene;
	}

	@Override
	public void draw(PDPageContentStream content, JapaneseFont font, float x, float y, float width, float height) throws IOException {
		PdfWriter.draw(scene, content, font, x, y, width, height);
	}
}
