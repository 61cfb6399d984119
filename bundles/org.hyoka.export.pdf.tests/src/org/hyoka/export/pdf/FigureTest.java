package org.hyoka.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hyoka.export.outline.Block.Figure;
import org.hyoka.pdf.JapaneseFont;
import org.hyoka.pdf.PdfDrawing;
import org.junit.jupiter.api.Test;

/** A report figure in the PDF: vector graphics when its drawing offers a {@link PdfDrawing}, else its PNG. */
class FigureTest {

	@Test
	void aDrawingThatOffersVectorsIsDrawnIntoItsBoxAndOneWithoutIsPlacedAsItsPng() throws IOException {
		List<float[]> boxes = new ArrayList<>();
		PdfDrawing vectors = (content, font, x, y, width, height) -> {
			boxes.add(new float[] { x, y, width, height });
			content.addRect(x, y, width, height);
			content.stroke();
			font.show(content, "図の中の文字", x, y + height / 2, 10); //$NON-NLS-1$
		};
		ByteArrayOutputStream saved = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument(); TrueTypeFont font = JapaneseFont.load(); PageWriter writer = new PageWriter(document, font)) {
			writer.figure(new Figure("raster", "画像の図", drawing(png(), null), 400, 200)); //$NON-NLS-1$ //$NON-NLS-2$
			writer.figure(new Figure("vector", "ベクターの図", drawing(png(), vectors), 2000, 500)); //$NON-NLS-1$ //$NON-NLS-2$
			writer.finish();
			document.save(saved);
		}
		// the wide figure is shrunk to the text's width, its proportions kept, between the margins
		assertEquals(1, boxes.size());
		float text = PDRectangle.A4.getWidth() - 2 * 56.7f;
		float[] box = boxes.get(0);
		assertEquals(56.7f, box[0], 0.01f);
		assertEquals(text, box[2], 0.01f);
		assertEquals(text / 4, box[3], 0.01f);
		assertTrue(box[1] > 56.7f && box[1] + box[3] < PDRectangle.A4.getHeight() - 56.7f, "on the page: " + box[1]); //$NON-NLS-1$
		try (PDDocument document = Loader.loadPDF(saved.toByteArray())) {
			int images = 0;
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
				}
			}
			assertEquals(1, images, "the PNG of the figure without vectors only"); //$NON-NLS-1$
			String shown = new PDFTextStripper().getText(document);
			assertTrue(shown.indexOf("図の中の文字") < shown.indexOf("ベクターの図"), shown); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(shown.contains("画像の図"), shown); //$NON-NLS-1$
		}
	}

	/** A drawing whose PNG is the image and which offers the vectors when they are not null. */
	private static Figure.Drawing drawing(byte[] png, PdfDrawing vectors) {
		return new Figure.Drawing() {
			@Override
			public String svg() {
				return "<svg/>"; //$NON-NLS-1$
			}

			@Override
			public byte[] png() {
				return png;
			}

			@Override
			public <T> T adapt(Class<T> type) {
				return type == PdfDrawing.class ? type.cast(vectors) : null;
			}
		};
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB), "png", png); //$NON-NLS-1$
		return png.toByteArray();
	}
}
