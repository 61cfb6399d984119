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
 * the text of each label that wraps and of each section's title and description. A page reflows its form and lays
 * out those widgets anew only when one of these changed: a reflow measures every widget of the form again.
 */
public final class LayoutSizes {

	/** What the sizes depended on when last laid out, by control. */
	private Map<Control, List<Object>> laidOut = Map.of();

	/**
	 * Reflows the form and lays out anew the widgets of the composite within it whose sizes may have changed since
	 * last noted, with those around them; nothing when none did, unless the form has to reflow anyway.
	 */
	public void relayout(SharedScrolledComposite form, Composite composite, boolean reflowAnyway) {
		Map<Control, List<Object>> now = of(composite, new LinkedHashMap<>());
		boolean changed = !now.equals(laidOut);
		if (!changed && !reflowAnyway) {
			return;
		}
		List<Control> resized = new ArrayList<>();
		now.forEach((control, sizes) -> {
			if (sizes.equals(laidOut.get(control))) {
				return;
			}
			if (control instanceof org.eclipse.ui.forms.widgets.Section section) {
				// its title and description are its children: its own layout measures them anew
				resized.addAll(List.of(section.getChildren()));
				return;
			}
			if (control instanceof Table table) {
				// GTK counts a row added since the table was last measured at no height when the table is measured
				// for a width, as its layout does, until it is measured without one
				table.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
			}
			resized.add(control);
		});
		// the form first, then those widgets in the composite's new size
		form.reflow(true);
		if (!changed) {
			return;
		}
		if (now.keySet().containsAll(laidOut.keySet())) {
			composite.layout(resized.toArray(Control[]::new), SWT.CHANGED);
		} else {
			// a widget gone: the rest moves up
			composite.layout(true, true);
		}
		laidOut = now;
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
