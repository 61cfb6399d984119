/**
 * Writers of a laid-out roadmap: SVG (plain XML), PNG (java.awt, headless) and PDF (PDFBox, vector), and the installed
 * figure formats ({@link org.hyoka.roadmap.output.FigureFormats}), to which other bundles add theirs.
 */
package org.hyoka.roadmap.output;
