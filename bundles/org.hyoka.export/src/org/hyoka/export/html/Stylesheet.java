package org.hyoka.export.html;

/** The report's inline style sheet: A4 pages when printed, one part per page, tables that do not split rows. */
final class Stylesheet {

	// Written into a <style> element of XHTML: must contain neither '<' nor '&'.
	static final String CSS = """
			body { font-family: "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif;
			  font-size: 10.5pt; line-height: 1.6; color: #000; max-width: 60em; margin: 2em auto; padding: 0 1em; }
			header.cover { text-align: center; margin: 4em 0; }
			header.cover h1 { font-size: 20pt; }
			h2 { font-size: 15pt; border-bottom: 2px solid #333; margin-top: 2em; }
			h3 { font-size: 13pt; border-left: 6px solid #4a7ab5; padding-left: 0.4em; margin-top: 1.6em; }
			h4 { font-size: 11pt; margin: 1.2em 0 0.4em; }
			table { border-collapse: collapse; margin: 0.6em 0; width: 100%; }
			th, td { border: 1px solid #666; padding: 0.2em 0.4em; vertical-align: top; }
			thead th { background: #e8eef6; }
			tbody th { text-align: left; font-weight: normal; }
			table.overview th { width: 10em; text-align: left; background: #f3f3f3; }
			caption { text-align: left; font-weight: bold; }
			caption .unit { font-weight: normal; margin-left: 1em; }
			td.amount, td.score, td.average { text-align: right; font-variant-numeric: tabular-nums; }
			td.average.low { color: #b00020; font-weight: bold; }
			.text, .notes { white-space: pre-line; }
			ul.comments { list-style: none; padding-left: 0; }
			ul.agenda { list-style: none; padding-left: 1em; margin-top: 0; }
			li.comment { display: flex; gap: 0.5em; margin: 0.3em 0; }
			li.comment .marker { flex: none; }
			svg.chart { display: block; margin: 0.6em 0; max-width: 100%; height: auto; }
			figure.figure { margin: 0.6em 0; }
			figure.figure svg { display: block; max-width: 100%; height: auto; }
			figure.figure figcaption { font-size: 0.9em; text-align: center; }
			@page { size: A4; margin: 18mm 15mm; }
			@media print {
			  body { max-width: none; margin: 0; padding: 0; }
			  section.part { break-before: page; }
			  h2, h3, h4, caption { break-after: avoid; }
			  tr, li.comment, svg.chart, figure.figure { break-inside: avoid; }
			  thead { display: table-header-group; }
			}
			"""; //$NON-NLS-1$

	private Stylesheet() {
	}
}
