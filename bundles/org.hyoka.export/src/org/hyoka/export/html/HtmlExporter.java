package org.hyoka.export.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.hyoka.core.report.ReportText;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.export.internal.ExportMessages;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.Block.Bullet;
import org.hyoka.export.outline.Block.Bullets;
import org.hyoka.export.outline.Block.Cell;
import org.hyoka.export.outline.Block.Chart;
import org.hyoka.export.outline.Block.Figure;
import org.hyoka.export.outline.Block.Heading;
import org.hyoka.export.outline.Block.Kind;
import org.hyoka.export.outline.Block.Paragraph;
import org.hyoka.export.outline.Block.Table;
import org.hyoka.export.outline.ReportOutline;
import org.hyoka.model.EvaluationReport;

/**
 * The 技術評価報告書 as one self-contained, printable XHTML file (UTF-8, inline CSS and SVG): the
 * {@link ReportOutline} that DOCX and PDF print too, with 第1部 事業の概要 and 第2部 評価 (委員構成, 審議経過, and per
 * evaluation the committee's comments, the 評点結果 with every evaluator's score, the averages of {@link org.hyoka.core.scoring.Scoring}
 * and a bar chart, the 提言 and their 対処方針).
 * <p>
 * A heading that opens a section of the outline opens a {@code section} (a {@code div} below sections), and the
 * roles and ids of the blocks become classes, ids and {@code data-} attributes, so that tools can read the tables
 * back.
 */
public class HtmlExporter implements Exporter {

	private static final String CLASS = "class"; //$NON-NLS-1$
	private static final String TR = "tr"; //$NON-NLS-1$
	private static final String TH = "th"; //$NON-NLS-1$
	private static final String TD = "td"; //$NON-NLS-1$
	private static final String SPAN = "span"; //$NON-NLS-1$

	@Override
	public void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, ExportMessages.get("progress.export"), 10); //$NON-NLS-1$
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		MarkupWriter html = new MarkupWriter(writer);
		html.raw("<!DOCTYPE html>\n"); //$NON-NLS-1$
		html.start("html").attribute("xmlns", "http://www.w3.org/1999/xhtml").attribute("lang", "ja").attribute("xml:lang", "ja"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		head(html, report);
		html.start("body"); //$NON-NLS-1$
		Body body = new Body(html);
		// block by block as the outline makes them: a large portfolio is never held as blocks and text at once
		ReportOutline.write(report, progress.split(10), body::accept);
		body.finish();
		html.end().end();
		html.flush();
		writer.flush();
	}

	private static void head(MarkupWriter html, EvaluationReport report) throws IOException {
		html.start("head"); //$NON-NLS-1$
		html.start("meta").attribute("charset", "UTF-8").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.start("meta").attribute("name", "viewport").attribute("content", "width=device-width, initial-scale=1").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		html.element("title", ReportText.title(report)); //$NON-NLS-1$
		html.start("style").raw(Stylesheet.CSS).end(); //$NON-NLS-1$
		html.end();
	}

	/** Writes the blocks into the body as the outline makes them, keeping track of the sections their headings open. */
	private static final class Body {

		private final MarkupWriter html;
		/** The levels of the headings whose sections are open, innermost first. */
		private final Deque<Integer> sections = new ArrayDeque<>();
		/** What comes before the first part is the cover. */
		private boolean cover;

		Body(MarkupWriter html) throws IOException {
			this.html = html;
			html.start("header").attribute(CLASS, "cover"); //$NON-NLS-1$ //$NON-NLS-2$
			cover = true;
		}

		void accept(Block block) throws IOException {
			switch (block) {
			case Heading heading -> heading(heading);
			case Paragraph paragraph -> withRole(html.start("p"), paragraph.role()).text(paragraph.text()).end(); //$NON-NLS-1$
			case Bullets bullets -> bullets(bullets);
			case Table table -> table(table);
			case Chart chart -> new ScoreChart(chart).write(html);
			case Figure figure -> figure(figure);
			}
		}

		void finish() throws IOException {
			close(0);
			endCover();
		}

		private void heading(Heading heading) throws IOException {
			if (heading.level() > 0) {
				endCover();
				close(heading.level());
			}
			if (heading.opensSection()) {
				html.start(heading.level() <= 2 ? "section" : "div"); //$NON-NLS-1$ //$NON-NLS-2$
				html.attribute(CLASS, heading.role());
				if (!heading.id().isEmpty()) {
					html.attribute("id", heading.id()); //$NON-NLS-1$
				}
				sections.push(heading.level());
			}
			html.element("h" + (heading.level() + 1), heading.text()); //$NON-NLS-1$
		}

		/** The figure's SVG inline, markup the contributing section drew and escaped, not data; then its caption. */
		private void figure(Figure figure) throws IOException {
			html.start("figure").attribute(CLASS, "figure"); //$NON-NLS-1$ //$NON-NLS-2$
			if (!figure.id().isEmpty()) {
				html.attribute("id", figure.id()); //$NON-NLS-1$
			}
			html.raw(figure.svg());
			if (!figure.caption().isEmpty()) {
				html.element("figcaption", figure.caption()); //$NON-NLS-1$
			}
			html.end();
		}

		/** The title page ends at the first heading below the title. */
		private void endCover() throws IOException {
			if (cover) {
				html.end();
				cover = false;
			}
		}

		/** Ends the sections of headings at the level or deeper. */
		private void close(int level) throws IOException {
			while (!sections.isEmpty() && sections.peek() >= level) {
				sections.pop();
				html.end();
			}
		}

		/** Comments are {@code li.comment} with their polarity, marker and text; other items are plain. */
		private void bullets(Bullets bullets) throws IOException {
			boolean comments = "comments".equals(bullets.role()); //$NON-NLS-1$
			withRole(html.start("ul"), bullets.role()); //$NON-NLS-1$
			for (Bullet bullet : bullets.items()) {
				html.start("li"); //$NON-NLS-1$
				if (comments) {
					html.attribute(CLASS, "comment " + bullet.role()); //$NON-NLS-1$
					html.element(SPAN, "marker", bullet.marker()).element(SPAN, "text", bullet.text()); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					html.text(bullet.marker().isEmpty() ? bullet.text() : bullet.marker() + " " + bullet.text()); //$NON-NLS-1$
				}
				html.end();
			}
			html.end();
		}

		private void table(Table table) throws IOException {
			html.start("table").attribute(CLASS, table.kind().role()); //$NON-NLS-1$
			if (!table.id().isEmpty()) {
				html.attribute(table.kind() == Kind.SCORES ? "data-evaluation" : "data-table", table.id()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!table.caption().isEmpty()) {
				html.start("caption").text(table.caption()); //$NON-NLS-1$
				if (!table.unit().isEmpty()) {
					html.element(SPAN, "unit", table.unit()); //$NON-NLS-1$
				}
				html.end();
			}
			List<List<Cell>> rows = table.rows();
			int bodyEnd = rows.size() - table.footerRows();
			rows(rows.subList(0, table.headerRows()), "thead", true); //$NON-NLS-1$
			rows(rows.subList(table.headerRows(), bodyEnd), "tbody", false); //$NON-NLS-1$
			rows(rows.subList(bodyEnd, rows.size()), "tfoot", false); //$NON-NLS-1$
			html.end();
		}

		/**
		 * A group of rows; the key of a body row's heading is the row's {@code data-item}, the key of any other cell
		 * its {@code data-column}.
		 */
		private void rows(List<List<Cell>> rows, String group, boolean header) throws IOException {
			if (rows.isEmpty()) {
				return;
			}
			html.start(group);
			for (List<Cell> row : rows) {
				html.start(TR);
				boolean rowKey = !header && !row.isEmpty() && row.get(0).header() && !row.get(0).key().isEmpty();
				if (rowKey) {
					html.attribute("data-item", row.get(0).key()); //$NON-NLS-1$
				}
				for (int c = 0; c < row.size(); c++) {
					Cell cell = row.get(c);
					html.start(header || cell.header() ? TH : TD);
					String role = cell.emphasis() ? (cell.role() + " low").strip() : cell.role(); //$NON-NLS-1$
					withRole(html, role);
					if (!cell.key().isEmpty() && !(rowKey && c == 0)) {
						html.attribute("data-column", cell.key()); //$NON-NLS-1$
					}
					html.text(cell.text()).end();
				}
				html.end();
			}
			html.end();
		}

		private static MarkupWriter withRole(MarkupWriter element, String role) throws IOException {
			return role.isEmpty() ? element : element.attribute(CLASS, role);
		}
	}
}
