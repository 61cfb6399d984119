package org.hyoka.edit.ui;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/**
 * Text editing of a value of an EMF data type. Text the type cannot convert is refused with a message, and the
 * model keeps its value.
 */
class DataTypeCellEditor extends TextCellEditor {

	private final EDataType type;
	private final boolean optional;

	DataTypeCellEditor(Composite parent, EDataType type, boolean optional) {
		super(parent);
		this.type = type;
		this.optional = optional;
		// the editor is given the model's value and validates the text typed over it
		setValidator(value -> value instanceof String text ? problem(text) : null);
	}

	String problem(String text) {
		if (text.isEmpty()) {
			return optional || type.getInstanceClass() == String.class ? null : Messages.valueRequired;
		}
		try {
			EcoreUtil.createFromString(type, text);
			return null;
		} catch (RuntimeException e) {
			return NLS.bind(Messages.invalidValue, text, type.getName());
		}
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value)); //$NON-NLS-1$
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		return text.isEmpty() && type.getInstanceClass() != String.class ? null : EcoreUtil.createFromString(type, text);
	}
}
