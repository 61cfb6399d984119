package org.hyoka.benchmarks.bare;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** No views: the editor area alone. */
public class EmptyPerspective implements IPerspectiveFactory {

	static final String ID = "org.hyoka.benchmarks.bare.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
	}
}
