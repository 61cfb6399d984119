package org.hyoka.edit.ui;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Choosing one of a property's allowed values (enumeration literals, referenced objects, yes/no). */
class ChoiceCellEditor extends ComboBoxCellEditor {

	private List<Object> choices;

	ChoiceCellEditor(Composite parent, List<Object> choices, ILabelProvider labels) {
		super(parent, choices.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
		this.choices = choices;
	}

	/** Offers other values, e.g. the objects a reference may name as the edited row allows them. */
	void choices(List<Object> values, ILabelProvider labels) {
		choices = values;
		setItems(values.stream().map(labels::getText).toArray(String[]::new));
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(Math.max(0, choices.indexOf(value)));
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index < 0 || index >= choices.size() ? null : choices.get(index);
	}
}
