package org.hyoka.edit.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.hyoka.core.time.TypedYears;
import org.hyoka.model.persistence.Dates;
import org.hyoka.model.persistence.Ids;
import org.hyoka.model.persistence.Numbers;

/**
 * Text editing of an attribute's value. Numbers, dates and fiscal years are read as people write them (digits
 * grouped, full width, 2023/5/10, 令和2年度). Text its type cannot convert, an id that references could not carry or
 * that another object has, and a date outside the years a file takes are refused with a message, and the model keeps
 * its value.
 */
class DataTypeCellEditor extends TextCellEditor {

	private final EAttribute attribute;
	private final EDataType type;

	DataTypeCellEditor(Composite parent, EAttribute attribute, Supplier<EObject> owner) {
		super(parent);
		this.attribute = attribute;
		this.type = attribute.getEAttributeType();
		// the editor is given the model's value and validates the text typed over it
		setValidator(value -> value instanceof String text ? problem(attribute, owner.get(), text) : null);
	}

	/** An editor for the attribute of the owner's (the object edited now): a date's has a calendar to pick from as well. */
	static DataTypeCellEditor of(Composite parent, EAttribute attribute, Supplier<EObject> owner) {
		return isDate(attribute.getEAttributeType()) ? new DateCellEditor(parent, attribute, owner) : new DataTypeCellEditor(parent, attribute, owner);
	}

	static boolean isDate(EDataType type) {
		Class<?> value = type.getInstanceClass();
		return value != null && Temporal.class.isAssignableFrom(value) || value == Date.class;
	}

	/** Why the owner's attribute cannot take the text, as typed or pasted; null when it can. */
	static String problem(EAttribute attribute, EObject owner, String text) {
		EDataType type = attribute.getEAttributeType();
		if (attribute.isID()) {
			return owner == null ? Ids.problem(text) : Ids.problem(owner, text);
		}
		if (text.isEmpty()) {
			return !attribute.isRequired() || type.getInstanceClass() == String.class ? null : Messages.valueRequired;
		}
		if (type.getInstanceClass() == LocalDate.class) {
			return Dates.problem(Dates.typed(text));
		}
		try {
			EcoreUtil.createFromString(type, written(attribute, text));
			return null;
		} catch (RuntimeException e) {
			return NLS.bind(Messages.invalidValue, text, kind(type));
		}
	}

	/** The value a text stands for, one the attribute's type takes ({@link #problem} says so); an empty text is none. */
	static Object value(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		return text.isEmpty() && type.getInstanceClass() != String.class ? null : EcoreUtil.createFromString(type, written(attribute, text));
	}

	/**
	 * The text as the attribute's type reads it: 1,200 copied from a report or a sheet is 1200 ({@link Numbers}),
	 * 2023/5/10 is 2023-05-10 ({@link Dates#typed}), and a fiscal year is read as the reports print it: 令和2年度, R2,
	 * 2020年度 and FY2020 are 2020.
	 */
	private static String written(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		if (type.getInstanceClass() == LocalDate.class) {
			return Dates.typed(text);
		}
		if (isFiscalYear(attribute)) {
			OptionalInt year = TypedYears.fiscalYear(text);
			if (year.isPresent()) {
				return String.valueOf(year.getAsInt());
			}
		}
		return isDecimal(type) || isWhole(type) ? Numbers.plain(text).orElse(text) : text;
	}

	/** The model names the attributes holding a fiscal year so: fiscalYear, startFY, decidedFY… */
	private static boolean isFiscalYear(EAttribute attribute) {
		return isWhole(attribute.getEAttributeType()) && (attribute.getName().equals("fiscalYear") || attribute.getName().endsWith("FY")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean isDecimal(EDataType type) {
		Class<?> value = type.getInstanceClass();
		return value == BigDecimal.class || value == Double.class || value == double.class;
	}

	private static boolean isWhole(EDataType type) {
		Class<?> value = type.getInstanceClass();
		return value == Integer.class || value == int.class || value == Long.class || value == long.class;
	}

	/** What the type takes, in words a user knows rather than the type's name. */
	private static String kind(EDataType type) {
		if (isDecimal(type)) {
			return Messages.kindNumber;
		}
		if (isWhole(type)) {
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
		return value(attribute, (String) super.doGetValue());
	}
}
