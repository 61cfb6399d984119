package org.hyoka.ip.ui.internal;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;

/** A view's selection: that of the viewer last focused or selected in, so the Properties view follows every table. */
final class SelectionForwarding implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private StructuredViewer current;

	/** Makes the viewer's selection the view's whenever the user selects or focuses in it. */
	void track(StructuredViewer viewer) {
		viewer.addSelectionChangedListener(event -> take(viewer));
		viewer.getControl().addListener(SWT.FocusIn, event -> take(viewer));
	}

	private void take(StructuredViewer viewer) {
		current = viewer;
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		listeners.forEach(listener -> listener.selectionChanged(event));
	}

	@Override
	public ISelection getSelection() {
		return current == null || current.getControl().isDisposed() ? StructuredSelection.EMPTY : current.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (current != null && !current.getControl().isDisposed()) {
			current.setSelection(selection, true);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
