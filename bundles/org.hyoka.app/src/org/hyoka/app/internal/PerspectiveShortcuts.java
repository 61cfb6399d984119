package org.hyoka.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;

/** Menu items for the shortcuts of the active perspective (new wizards, views), under the product's labels. */
abstract class PerspectiveShortcuts extends CompoundContributionItem {

	protected final IWorkbenchWindow window;

	PerspectiveShortcuts(IWorkbenchWindow window, String id) {
		super(id);
		this.window = window;
	}

	/** The ids of the perspective's shortcuts of this kind, in order. */
	protected abstract String[] ids(IWorkbenchPage page);

	/** The action opening the shortcut's target, or null when it is not installed or filtered out. */
	protected abstract IAction action(IWorkbenchPage page, String id);

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchPage page = window.getActivePage();
		List<IContributionItem> items = new ArrayList<>();
		if (page != null) {
			for (String id : ids(page)) {
				IAction action = action(page, id);
				if (action != null) {
					items.add(new ActionContributionItem(action));
				}
			}
		}
		return items.toArray(IContributionItem[]::new);
	}
}
