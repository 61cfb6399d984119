package org.hyoka.editor.pages;

import org.hyoka.model.EvaluationReport;

/**
 * Whether a contributed page belongs in the editor of an evaluation; the {@code condition} of a contribution to
 * {@code org.hyoka.editor.pages}. The editor asks when it opens a file and again after Revert or a reload; edits in
 * between do not add or remove pages.
 */
@FunctionalInterface
public interface PageCondition {

	/** True when the page is shown for this evaluation; it reads the report without changing it. */
	boolean shows(EvaluationReport report);
}
