package org.hyoka.app.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.wizards.IWizardDescriptor;

/**
 * File &gt; New: the new wizards of the perspective under the names their bundles give them (translated there),
 * instead of the platform's shortlist, whose "Other..." is English only.
 */
final class NewWizardShortcuts extends PerspectiveShortcuts {

	NewWizardShortcuts(IWorkbenchWindow window) {
		super(window, "org.hyoka.app.newWizards"); //$NON-NLS-1$
	}

	@Override
	protected String[] ids(IWorkbenchPage page) {
		return page.getNewWizardShortcuts();
	}

	@Override
	protected IAction action(IWorkbenchPage page, String id) {
		IWizardDescriptor wizard = window.getWorkbench().getNewWizardRegistry().findWizard(id);
		return wizard == null || WorkbenchActivityHelper.filterItem(wizard) ? null : new OpenWizard(wizard);
	}

	private final class OpenWizard extends Action {
		private final IWizardDescriptor descriptor;

		OpenWizard(IWizardDescriptor descriptor) {
			super(descriptor.getLabel(), descriptor.getImageDescriptor());
			this.descriptor = descriptor;
			setToolTipText(descriptor.getDescription());
		}

		@Override
		public void run() {
			try {
				IWorkbenchWizard wizard = descriptor.createWizard();
				ISelection selection = window.getSelectionService().getSelection();
				wizard.init(window.getWorkbench(),
						selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY);
				new WizardDialog(window.getShell(), wizard).open();
			} catch (CoreException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}
}
