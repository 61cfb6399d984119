package org.hyoka.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The evaluation perspective: evaluation files on the left, the editor in the middle, its outline on the
 * right, validation problems below and the properties of the selection beside them. The add-ons' views join by
 * perspective extensions (IP Register and Roadmap among the problems, Deadlines under the outline), so each can be
 * used while Properties shows what is selected in it, and the layout stays whole when an add-on is not installed.
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

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		// a stack of its own: a view stacked with it could not show what it selects
		IFolderLayout properties = layout.createFolder("properties", IPageLayout.RIGHT, 0.6f, "bottom"); //$NON-NLS-1$ //$NON-NLS-2$
		properties.addView(IPageLayout.ID_PROP_SHEET);

		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.74f, editorArea); //$NON-NLS-1$
		right.addView(IPageLayout.ID_OUTLINE);

		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
				IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE }) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut(NEW_PROJECT_WIZARD);
	}
}
