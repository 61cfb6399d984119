package org.hyoka.edit.ui;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Date;

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

	DataTypeCellEditor(Composite parent, EDataType type, boolean optional) {
		super(parent);
		this.type = type;
		// the editor is given the model's value and validates the text typed over it
		setValidator(value -> value instanceof String text ? problem(type, optional, text) : null);
	}

	/** An editor for the type: a date's has a calendar to pick from as well. */
	static DataTypeCellEditor of(Composite parent, EDataType type, boolean optional) {
		return isDate(type) ? new DateCellEditor(parent, type, optional) : new DataTypeCellEditor(parent, type, optional);
	}

	static boolean isDate(EDataType type) {
		Class<?> value = type.getInstanceClass();
		return value != null && Temporal.class.isAssignableFrom(value) || value == Date.class;
	}

	/** Why a cell of the type cannot take the text, as typed or pasted; null when it can. */
	static String problem(EDataType type, boolean optional, String text) {
		if (text.isEmpty()) {
			return optional || type.getInstanceClass() == String.class ? null : Messages.valueRequired;
		}
		try {
			EcoreUtil.createFromString(type, text);
			return null;
		} catch (RuntimeException e) {
			return NLS.bind(Messages.invalidValue, text, kind(type));
		}
	}

	/** The value a text stands for, one the type takes ({@link #problem} says so); an empty text is none. */
	static Object value(EDataType type, String text) {
		return text.isEmpty() && type.getInstanceClass() != String.class ? null : EcoreUtil.createFromString(type, text);
	}

	/** What the type takes, in words a user knows rather than the type's name. */
	private static String kind(EDataType type) {
		Class<?> value = type.getInstanceClass();
		if (value == BigDecimal.class || value == Double.class || value == double.class) {
			return Messages.kindNumber;
		}
		if (value == Integer.class || value == int.class || value == Long.class || value == long.class) {
			return Messages.kindWholeNumber;
		}
		if (isDate(type)) {
			return Messages.kindDate;
		}
		return type.getName();
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value)); //$NON-NLS-1$
	}

	@Override
	protected Object doGetValue() {
		return value(type, (String) super.doGetValue());
	}
}
