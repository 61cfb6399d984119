package org.hyoka.editor.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * A part's selection: that of whichever of its viewers the user worked in last (the editor's pages, the IP Register's
 * tabs), so that the part keeps one selection provider.
 */
public final class SelectionForwarder implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	private final Set<Control> tracked = new HashSet<>();
	/** The tracked control whose widget is reporting a selection, while the report is dispatched. */
	private Control reporting;
	private final Listener widgetReport = event -> reporting = event.widget instanceof Control control && tracked.contains(control)
			? control
			: null;

	/**
	 * Makes the viewer's selection the part's whenever the viewer gets the focus, whenever code selects in it, and
	 * whenever its widget reports a selection while it has the focus. A report without the focus is not the user's:
	 * GTK may select a table's first row as a page gives the table the focus, and reports it only once the events
	 * queued before it have run, when a reveal has moved the focus and the selection to another row already.
	 */
	public void track(StructuredViewer viewer) {
		Control control = viewer.getControl();
		Display display = control.getDisplay();
		if (tracked.isEmpty()) {
			display.addFilter(SWT.Selection, widgetReport);
		}
		tracked.add(control);
		control.addDisposeListener(event -> {
			tracked.remove(control);
			if (tracked.isEmpty()) {
				display.removeFilter(SWT.Selection, widgetReport);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (reporting != control || control.isFocusControl()) {
				setSelection(event.getSelection());
			}
		});
		// after the viewer's own listener, which tells the viewer's listeners within the report
		control.addListener(SWT.Selection, event -> reporting = null);
		control.addFocusListener(new FocusAdapter() {
			@Override
			public void focusGained(FocusEvent e) {
				setSelection(viewer.getSelection());
			}
		});
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
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
