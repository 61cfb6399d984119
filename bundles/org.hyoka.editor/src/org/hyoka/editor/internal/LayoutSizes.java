package org.hyoka.editor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;

/**
 * What the sizes of a form's widgets depend on where a page changes them in place: each table's rows and columns,
 * the text of each label that wraps and of each section's title and description. A page lays out anew only the
 * widgets whose sizes may have changed and reflows its form only then: a reflow measures every widget again, and a
 * reflow alone leaves a table within a section as large as it was (the section keeps its client's size).
 */
public final class LayoutSizes {

	/** What the sizes depended on when last laid out, by control. */
	private Map<Control, List<Object>> laidOut = Map.of();

	/**
	 * Lays out the widgets of the composite whose sizes may have changed since the last call, with those around
	 * them; true when there were any, so that the form they are in wants reflowing.
	 */
	public boolean relayout(Composite composite) {
		Map<Control, List<Object>> now = of(composite, new LinkedHashMap<>());
		if (now.equals(laidOut)) {
			return false;
		}
		if (now.keySet().containsAll(laidOut.keySet())) {
			List<Control> changed = new ArrayList<>();
			now.forEach((control, sizes) -> {
				if (!sizes.equals(laidOut.get(control))) {
					// a section's title and description are its children: its own layout measures them anew
					changed.addAll(control instanceof org.eclipse.ui.forms.widgets.Section section ? List.of(section.getChildren()) : List.of(control));
				}
			});
			composite.layout(changed.toArray(Control[]::new), SWT.CHANGED);
		} else {
			// a widget gone: the rest moves up
			composite.layout(true, true);
		}
		laidOut = now;
		return true;
	}

	/** Forgets what was laid out: the next {@link #relayout} lays out every widget whose size it knows of. */
	public void forget() {
		laidOut = Map.of();
	}

	/** Notes the composite's widgets as laid out now, e.g. by a page built anew. */
	public void laidOut(Composite composite) {
		laidOut = of(composite, new LinkedHashMap<>());
	}

	// a scrolled form within lays itself out
	private static Map<Control, List<Object>> of(Control control, Map<Control, List<Object>> into) {
		if (control instanceof Table table) {
			into.put(table, List.of(table.getItemCount(), table.getColumnCount()));
			return into;
		}
		if (control instanceof Label label && (label.getStyle() & SWT.WRAP) != 0) {
			into.put(label, List.of(label.getText()));
		} else if (control instanceof org.eclipse.ui.forms.widgets.Section section) {
			into.put(section, List.of(section.getText(), Objects.toString(section.getDescription())));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (!(child instanceof SharedScrolledComposite)) {
					of(child, into);
				}
			}
		}
		return into;
	}
}
