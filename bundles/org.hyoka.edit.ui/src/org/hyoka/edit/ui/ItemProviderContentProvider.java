package org.hyoka.edit.ui;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Tree and table contents from EMF Edit item providers. Structural changes reach the viewer through the adapter
 * factory's notifications, collected and applied once per turn of the UI thread so that a command changing
 * many objects refreshes the viewer once; label changes are {@link ItemProviderLabelProvider}'s.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private final Set<Object> pendingStructure = new LinkedHashSet<>();
	private StructuredViewer viewer;
	private boolean refreshScheduled;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		if (input instanceof Collection<?> collection) {
			return collection.toArray();
		}
		Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
		return provider instanceof IStructuredItemContentProvider structured
				? structured.getElements(input).toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p ? p : null;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification change) || !change.isContentRefresh() || viewer == null) {
			return;
		}
		synchronized (this) {
			pendingStructure.add(change.getElement());
			if (refreshScheduled) {
				return;
			}
			refreshScheduled = true;
		}
		viewer.getControl().getDisplay().asyncExec(this::refresh);
	}

	private void refresh() {
		Object[] structure;
		synchronized (this) {
			structure = pendingStructure.toArray();
			pendingStructure.clear();
			refreshScheduled = false;
		}
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		for (Object element : structure) {
			if (element == null || element == viewer.getInput()) {
				viewer.refresh();
				return;
			}
			viewer.refresh(element, true);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
