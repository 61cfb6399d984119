package org.hyoka.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** A property of the Properties view backed by an EMF Edit item property descriptor. */
class ItemPropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	ItemPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	/** The feature's value itself, not the item provider's wrapper around it. */
	static Object value(Object object, IItemPropertyDescriptor descriptor) {
		if (object instanceof EObject owner && descriptor.getFeature(object) instanceof EStructuralFeature feature
				&& PropertyLabels.stated(owner, feature) == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
			return null;
		}
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null) {
			List<Object> values = new ArrayList<>(choices);
			return new ChoiceCellEditor(parent, values, getLabelProvider());
		}
		if (descriptor.getFeature(object) instanceof EAttribute attribute) {
			EObject owner = object instanceof EObject edited ? edited : null;
			return DataTypeCellEditor.of(parent, attribute, () -> owner);
		}
		return null;
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return descriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return PropertyLabels.text(labels, value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}
}
