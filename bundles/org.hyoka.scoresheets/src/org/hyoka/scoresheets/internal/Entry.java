package org.hyoka.scoresheets.internal;

/**
 * One score (and comment) as a sheet gives it, before it is checked against the report. Texts are as read; the
 * sources name the file and the cell or line each came from.
 *
 * @param score the score's text, null when the cell is empty, {@link #UNCOMPUTED} for a formula without a cached value
 * @param formula true when the score is the cached value of a formula cell
 */
public record Entry(String project, String projectSource, String item, String evaluator, String evaluatorSource, String score,
		boolean formula, String comment, String source) {

	/** The score of a formula cell whose value was never computed: not a number, so never a score. */
	public static final String UNCOMPUTED = "=?"; //$NON-NLS-1$
}
