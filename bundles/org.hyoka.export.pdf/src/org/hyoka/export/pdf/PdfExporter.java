package org.hyoka.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.Exports;
import org.hyoka.export.outline.Block.Bullets;
import org.hyoka.export.outline.Block.Chart;
import org.hyoka.export.outline.Block.Figure;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.model.EvaluationReport;
import org.hyoka.pdf.JapaneseFont;

/**
 * The 技術評価報告書 as an A4 PDF: the {@link ReportOutline} laid out by {@link PageWriter}, in the
 * {@link JapaneseFont} IPAexGothic (IPA Font License, shipped in org.hyoka.pdf), of which PDFBox embeds the subset
 * used. Each part starts a page, long texts wrap, tables repeat their header rows after a page break, the averages of
 * each score table follow it as a bar chart in vector graphics, and headings are bookmarks.
 */
public class PdfExporter implements Exporter {

	/** The roles of the title page's lines around the title, centred like it. */
	private static final Set<String> COVER = Set.of("program", "cover-committee", "cover-date", "ministry"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Override
	public void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try (PDDocument document = new PDDocument(); TrueTypeFont font = JapaneseFont.load(); PageWriter pages = new PageWriter(document, font)) {
			PDDocumentInformation information = document.getDocumentInformation();
			// laid out block by block as the outline makes them: the report is never held as blocks and pages at once
			ReportOutline.write(report, progress.split(8), block -> {
				switch (block) {
				case Heading heading -> {
					if (heading.level() == 0 && information.getTitle() == null) {
						information.setTitle(heading.text());
					}
					pages.heading(heading.level(), heading.text());
				}
				case Paragraph paragraph -> {
					if (COVER.contains(paragraph.role())) {
						pages.centred(paragraph.text());
					} else {
						pages.paragraph(paragraph.text());
					}
				}
				case Bullets bullets -> pages.bullets(bullets.items());
				case Table table -> pages.table(table);
				case Chart chart -> pages.chart(chart);
				case Figure figure -> pages.figure(figure);
				}
			});
			pages.finish();
			document.getDocumentCatalog().setLanguage("ja"); //$NON-NLS-1$
			progress.split(2);
			document.save(Exports.keepOpen(out));
		}
		out.flush();
	}
}
