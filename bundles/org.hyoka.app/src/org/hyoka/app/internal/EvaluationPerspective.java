package org.hyoka.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The evaluation perspective: evaluation files on the left, the editor in the middle, its outline on the
 * right, validation problems and properties of the selection below.
 */
public class EvaluationPerspective implements IPerspectiveFactory {

	// the product's project wizard, named in English and Japanese; evaluations come from the editor's wizard
	private static final String NEW_PROJECT_WIZARD = "org.hyoka.app.newProject"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea); //$NON-NLS-1$
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editorArea); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);

		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.74f, editorArea); //$NON-NLS-1$
		right.addView(IPageLayout.ID_OUTLINE);

		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
				IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE }) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut(NEW_PROJECT_WIZARD);
	}
}
