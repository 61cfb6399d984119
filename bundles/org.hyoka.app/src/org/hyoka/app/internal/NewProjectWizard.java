package org.hyoka.app.internal;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;

/** File &gt; New &gt; Project under the product's name, so that the menu and the title read in the user's language. */
public class NewProjectWizard extends BasicNewProjectResourceWizard {

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		super.init(workbench, currentSelection);
		setWindowTitle(Messages.NewProject_title);
	}
}
