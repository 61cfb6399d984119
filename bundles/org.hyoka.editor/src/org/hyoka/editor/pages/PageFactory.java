package org.hyoka.editor.pages;

import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.editor.EvaluationEditor;

/**
 * Makes a page of the evaluation editor; the {@code class} of a contribution to {@code org.hyoka.editor.pages}. It
 * needs a public constructor without arguments; the editor calls it once per open editor, and again when the page
 * comes back after Revert.
 */
@FunctionalInterface
public interface PageFactory {

	/**
	 * A new page for this editor, e.g. a {@link ModelFormPage}. Its {@link IFormPage#getId() id} must be the
	 * contribution's id, which other pages and code use to find it.
	 */
	IFormPage create(EvaluationEditor editor);
}
