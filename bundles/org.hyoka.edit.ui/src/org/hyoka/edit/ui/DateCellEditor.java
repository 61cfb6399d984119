package org.hyoka.edit.ui;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.hyoka.edit.ui.widgets.DateField;

/**
 * A date cell: typed as YYYY-MM-DD like any value, or picked from the {@link DateField}'s calendar, which applies
 * the date at once, so that picking is one command. The cell stays open while the focus is in its button or
 * calendar.
 */
final class DateCellEditor extends DataTypeCellEditor {

	// set while the superclass's constructor makes the control, before this class's fields are initialised
	private DateField field;

	DateCellEditor(Composite parent, EAttribute attribute, Supplier<EObject> owner) {
		super(parent, attribute, owner);
	}

	@Override
	protected Control createControl(Composite parent) {
		field = new DateField(parent, inner -> (Text) super.createControl(inner));
		field.onPick(date -> {
			fireApplyEditorValue();
			deactivate();
		});
		field.onClose(this::focusLost);
		return field.control();
	}

	@Override
	protected void focusLost() {
		// once the focus has settled: leaving the text for the button or the calendar keeps the cell open
		field.control().getDisplay().asyncExec(() -> {
			if (isActivated() && !field.control().isDisposed() && !field.isOpen() && !field.hasFocus()) {
				super.focusLost();
			}
		});
	}
}
