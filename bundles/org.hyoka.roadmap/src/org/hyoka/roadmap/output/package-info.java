/** Writers of a laid-out roadmap: SVG (plain XML), PNG (java.awt, headless) and PDF (PDFBox, vector). */
package org.hyoka.roadmap.output;
