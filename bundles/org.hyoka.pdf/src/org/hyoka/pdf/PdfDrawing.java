package org.hyoka.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A report figure drawn in vector graphics on the PDF report's page, which a figure's drawing offers through
 * {@code Block.Figure.Drawing.adapt(PdfDrawing.class)}; the PDF report then places it instead of the PNG. Sharper in
 * print and much cheaper than rasterising: a report may hold a thousand figures.
 */
public interface PdfDrawing {

	/**
	 * Draws the figure to fill the box whose bottom left corner is (x, y), in the page's units (points, y up), showing
	 * its text in the report's font.
	 */
	void draw(PDPageContentStream content, JapaneseFont font, float x, float y, float width, float height) throws IOException;
}
