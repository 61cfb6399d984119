/**
 * PDF drawing on PDFBox (headless), shared by every bundle that writes PDF: the Japanese font embedded as the subset a
 * document uses ({@link org.hyoka.pdf.JapaneseFont}) and the figures drawn in vector graphics on a page
 * ({@link org.hyoka.pdf.PdfDrawing}).
 */
package org.hyoka.pdf;
