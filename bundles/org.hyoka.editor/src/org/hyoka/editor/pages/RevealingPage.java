package org.hyoka.editor.pages;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A page of the evaluation editor that says which model objects it shows, so that selecting an object in the Outline
 * or double-clicking a problem opens this page on it. Optional for a page contributed to
 * {@code org.hyoka.editor.pages}: the editor asks the pages that implement it in tab order, the first that
 * {@linkplain #shows(EObject) shows} the object gets it, and the Tree page shows what no page claims.
 * A {@link ModelFormPage} that implements it only says what it {@linkplain #shows(EObject) shows}: the base class's
 * {@link ModelFormPage#reveal reveal} finds the object in the tables and fields the page made.
 */
public interface RevealingPage {

	/**
	 * Whether the page shows this object, read from the model alone: the editor asks before the page's widgets exist.
	 */
	boolean shows(EObject object);

	/**
	 * Brings the object into view on the page, now active: selects its row, scrolls to it.
	 *
	 * @param feature
	 *            the feature a finding names, or null
	 * @param focus
	 *            true to give the page the keyboard, in the field or cell of the feature where there is one; false when
	 *            the user works elsewhere, e.g. in the Outline
	 */
	void reveal(EObject object, EStructuralFeature feature, boolean focus);
}
