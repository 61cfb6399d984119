package org.hyoka.export.outline;

import java.util.List;

import org.hyoka.export.internal.SafeText;

/**
 * One block of the 技術評価報告書 as {@link ReportOutline} lays it out, for writers of page-oriented formats (DOCX,
 * PDF). Every text is already {@linkplain SafeText#forDocument fit for a document}: control characters are U+FFFD;
 * writers print it as text and never interpret it. A line feed in a text is a line break.
 */
public sealed interface Block {

	/** Level 0 is the report's title, 1 a part (第1部…, on a new page), 2 a section, 3 a subsection. */
	record Heading(int level, String text) implements Block {
		public Heading {
			text = SafeText.forDocument(text);
		}
	}

	record Paragraph(String text) implements Block {
		public Paragraph {
			text = SafeText.forDocument(text);
		}
	}

	/** A list whose items carry their own markers (○, ●, or none when the report prints its own numbers). */
	record Bullets(List<Bullet> items) implements Block {
		public Bullets {
			items = List.copyOf(items);
		}
	}

	record Bullet(String marker, String text) {
		public Bullet {
			marker = SafeText.forDocument(marker);
			text = SafeText.forDocument(text);
		}
	}

	/** A table whose first {@code headerRows} rows are its header; {@code caption} may be empty. */
	record Table(Kind kind, String caption, List<List<Cell>> rows, int headerRows) implements Block {
		public Table {
			caption = SafeText.forDocument(caption);
			rows = rows.stream().map(List::copyOf).toList();
		}

		public int columns() {
			return rows.stream().mapToInt(List::size).max().orElse(0);
		}
	}

	/** What a table holds, so that writers can size and style it and tests can find it. */
	enum Kind {
		OVERVIEW, BUDGET, COMMITTEE, SCORES, RECOMMENDATIONS
	}

	/**
	 * A table cell: {@code header} for row and column headings, {@code number} for figures (right-aligned),
	 * {@code emphasis} for what the report marks (averages below 2.0).
	 */
	record Cell(String text, boolean header, boolean number, boolean emphasis) {
		public Cell {
			text = SafeText.forDocument(text);
		}

		public static Cell header(String text) {
			return new Cell(text, true, false, false);
		}

		public static Cell text(String text) {
			return new Cell(text, false, false, false);
		}

		public static Cell number(String text) {
			return new Cell(text, false, true, false);
		}
	}
}
