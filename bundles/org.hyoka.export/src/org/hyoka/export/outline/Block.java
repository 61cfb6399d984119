package org.hyoka.export.outline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hyoka.core.report.SafeText;

/**
 * One block of the 技術評価報告書 as {@link ReportOutline} lays it out, for every document writer (HTML, DOCX, PDF).
 * Every text is already {@linkplain SafeText#forDocument fit for a document}: control characters are U+FFFD;
 * writers print it as text and never interpret it. A line feed in a text is a line break; line breaks and spaces
 * that end a text are not printed (an Enter after a comment's last line would print an empty line under it).
 * <p>
 * Roles and ids say what a block holds, so that writers can style it and tools find it again; the HTML writes
 * them as classes and ids. An empty role or id means none.
 */
public sealed interface Block {

	/**
	 * Level 0 is the report's title, 1 a part (第1部…, on a new page), 2 a section, 3 a subsection. A heading with
	 * a {@code role} opens a section of that role (part, subject, evaluation, committee, meetings, meeting,
	 * preface) that lasts until the next heading of the same or a higher level; {@code id} names it.
	 */
	record Heading(int level, String text, String role, String id) implements Block {
		public Heading {
			text = SafeText.forDocument(text);
			role = SafeText.forDocument(role);
			id = SafeText.forDocument(id);
		}

		/** A heading that opens no section of its own. */
		public Heading(int level, String text) {
			this(level, text, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}

		public boolean opensSection() {
			return !role.isEmpty();
		}
	}

	/** A text as the report prints it: fit for a document, without the line breaks and spaces that end it. */
	private static String printed(String text) {
		return SafeText.forDocument(text).stripTrailing();
	}

	/**
	 * A paragraph; its role says what it is (program, cover-committee, cover-date, ministry, text, notes, date, method,
	 * legend, no-scores…).
	 */
	record Paragraph(String text, String role) implements Block {
		public Paragraph {
			text = printed(text);
			role = SafeText.forDocument(role);
		}
	}

	/**
	 * A list whose items carry their own markers (○, ●, or none when the report prints its own numbers); its role
	 * is {@code comments} or {@code agenda}.
	 */
	record Bullets(List<Bullet> items, String role) implements Block {
		public Bullets {
			items = List.copyOf(items);
			role = SafeText.forDocument(role);
		}
	}

	/** An item of a list; the role of a comment is its polarity: positive, negative or note. */
	record Bullet(String marker, String text, String role) {
		public Bullet {
			marker = SafeText.forDocument(marker);
			text = printed(text);
			role = SafeText.forDocument(role);
		}
	}

	/**
	 * A table whose first {@code headerRows} rows are its header and last {@code footerRows} rows its totals;
	 * {@code caption} and {@code unit} may be empty, {@code id} names what the table shows (the budget table, or
	 * the evaluation of a score table).
	 */
	record Table(Kind kind, String id, String caption, String unit, List<List<Cell>> rows, int headerRows, int footerRows)
			implements Block {
		public Table {
			id = SafeText.forDocument(id);
			caption = SafeText.forDocument(caption);
			unit = SafeText.forDocument(unit);
			rows = rows.stream().map(List::copyOf).toList();
		}

		public int columns() {
			return rows.stream().mapToInt(List::size).max().orElse(0);
		}

		/** A table of headings and texts, one row each, as the report prints a subject's overview. */
		public static Table overview(List<Map.Entry<String, String>> rows) {
			return new Table(Kind.OVERVIEW, "", "", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					rows.stream().map(row -> List.of(Cell.header(row.getKey()), Cell.text(row.getValue(), "text"))).toList(), 0, 0); //$NON-NLS-1$
		}

		/** The caption and its unit as one line: 予算額等（単位：百万円）. */
		public String fullCaption() {
			return caption + unit;
		}
	}

	/** What a table holds, so that writers can size and style it and tests can find it. */
	enum Kind {
		OVERVIEW, BUDGET, COMMITTEE, SCORES, RECOMMENDATIONS,
		/** Rows as the report prints them, header first: histories, competitors, progress tables, budget requests. */
		DATA;

		/** The kind's name as a role (class name): overview, budget… */
		public String role() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * A table cell: {@code header} for row and column headings, {@code number} for figures (right-aligned),
	 * {@code emphasis} for what the report marks (averages below 2.0). Its role says what it holds (amount, score,
	 * average, text, name) and its key where it belongs: the evaluator column of a score, the item of a row heading.
	 */
	record Cell(String text, boolean header, boolean number, boolean emphasis, String role, String key) {
		public Cell {
			text = printed(text);
			role = SafeText.forDocument(role);
			key = SafeText.forDocument(key);
		}

		public static Cell header(String text) {
			return new Cell(text, true, false, false, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}

		public static Cell text(String text, String role) {
			return new Cell(text, false, false, false, role, ""); //$NON-NLS-1$
		}

		public static Cell number(String text, String role) {
			return new Cell(text, false, true, false, role, ""); //$NON-NLS-1$
		}
	}

	/**
	 * A bar chart of the averages of a score table: one bar per item on the scale {@code minimum}–{@code maximum},
	 * the items below 2.0 marked {@code low}. Titles and labels are the report's own words.
	 */
	record Chart(String id, String title, String categoryTitle, String valueTitle, int minimum, int maximum, List<Bar> bars)
			implements Block {
		public Chart {
			id = SafeText.forDocument(id);
			title = SafeText.forDocument(title);
			categoryTitle = SafeText.forDocument(categoryTitle);
			valueTitle = SafeText.forDocument(valueTitle);
			bars = List.copyOf(bars);
		}
	}

	/** One item of a chart: its label as the table prints it and its average, null when nobody scored it. */
	record Bar(String label, BigDecimal average, boolean low) {
		public Bar {
			label = SafeText.forDocument(label);
		}
	}

	/**
	 * A figure a report section draws, with its caption under it; {@code width} and {@code height} are its natural
	 * size in points, from which writers keep its proportions when they fit it to the page. The drawing is made in
	 * the form a writer asks for, when it asks: drawing a figure costs more than the rest of a section, and each
	 * format needs one form only.
	 */
	record Figure(String id, String caption, Drawing drawing, double width, double height) implements Block {
		public Figure {
			id = SafeText.forDocument(id);
			caption = SafeText.forDocument(caption);
			if (drawing == null || !(width > 0) || !(height > 0)) {
				throw new IllegalArgumentException("A figure needs a drawing and a size: " + id); //$NON-NLS-1$
			}
		}

		/**
		 * One {@code <svg>} element (no XML declaration), which the HTML embeds as it is, so the section escapes every
		 * text in it.
		 */
		public String svg() {
			String svg = drawing.svg();
			if (svg == null || !svg.startsWith("<svg")) { //$NON-NLS-1$
				throw new IllegalStateException("The drawing of figure " + id + " is not an <svg> element"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return svg;
		}

		/** The same figure as a PNG image, which DOCX and PDF place when the drawing offers no vector form. */
		public byte[] png() {
			byte[] png = drawing.png();
			if (png == null || png.length == 0) {
				throw new IllegalStateException("The drawing of figure " + id + " has no PNG image"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return png;
		}

		/**
		 * Draws a figure on demand, each time it is asked. A writer may ask on a thread of its own while the outline
		 * goes on, one figure after another in their order (the DOCX writer asks for the PNGs so).
		 */
		public interface Drawing {
			String svg();

			byte[] png();

			/**
			 * The drawing in another form, which a writer prefers to the PNG: neutral shapes ({@link VectorDrawing}),
			 * which the DOCX writer draws as Word shapes, or one writer's own, such as vector graphics for the PDF
			 * writer ({@code org.hyoka.pdf.PdfDrawing}); null when the drawing has none. By type, so that this package
			 * need not know the writers' libraries.
			 */
			default <T> T adapt(Class<T> type) {
				return null;
			}
		}
	}
}
