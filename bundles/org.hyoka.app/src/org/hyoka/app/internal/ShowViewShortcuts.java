package org.hyoka.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.IViewDescriptor;

/** Window &gt; Show View: the views of the perspective, platform views under the product's names ({@link ViewNames}). */
final class ShowViewShortcuts extends PerspectiveShortcuts {

	ShowViewShortcuts(IWorkbenchWindow window) {
		super(window, "org.hyoka.app.views"); //$NON-NLS-1$
	}

	@Override
	protected String[] ids(IWorkbenchPage page) {
		return page.getShowViewShortcuts();
	}

	@Override
	protected IAction action(IWorkbenchPage page, String id) {
		IViewDescriptor view = window.getWorkbench().getViewRegistry().find(id);
		return view == null || WorkbenchActivityHelper.filterItem(view) ? null : new ShowView(page, view);
	}

	private static final class ShowView extends Action {
		private final IWorkbenchPage page;
		private final String id;

		ShowView(IWorkbenchPage page, IViewDescriptor view) {
			super(ViewNames.name(view.getId(), view.getLabel()), view.getImageDescriptor());
			this.page = page;
			this.id = view.getId();
		}

		@Override
		public void run() {
			try {
				page.showView(id);
			} catch (PartInitException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}
}
