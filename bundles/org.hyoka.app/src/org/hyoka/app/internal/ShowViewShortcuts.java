package org.hyoka.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.IViewDescriptor;

/** Window &gt; Show View: the views of the perspective, platform views under the product's names ({@link ViewNames}). */
final class ShowViewShortcuts extends CompoundContributionItem {

	private final IWorkbenchWindow window;

	ShowViewShortcuts(IWorkbenchWindow window) {
		super("org.hyoka.app.views"); //$NON-NLS-1$
		this.window = window;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchPage page = window.getActivePage();
		List<IContributionItem> items = new ArrayList<>();
		if (page != null) {
			for (String id : page.getShowViewShortcuts()) {
				IViewDescriptor view = window.getWorkbench().getViewRegistry().find(id);
				if (view != null && !WorkbenchActivityHelper.filterItem(view)) {
					items.add(new ActionContributionItem(new ShowView(page, view)));
				}
			}
		}
		return items.toArray(IContributionItem[]::new);
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
