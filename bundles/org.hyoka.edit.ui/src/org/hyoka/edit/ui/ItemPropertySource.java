package org.hyoka.edit.ui;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** One object's properties, as its item provider describes them. */
class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;

	ItemPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	@Override
	public Object getEditableValue() {
		return source.getEditableValue(object);
	}

	/** Every property but the object's id: what references store in the file, never printed, nothing to edit. */
	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return source.getPropertyDescriptors(object).stream()
				.filter(descriptor -> !(descriptor.getFeature(object) instanceof EAttribute attribute && attribute.isID()))
				.map(descriptor -> new ItemPropertyDescriptor(object, descriptor))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor == null ? null : ItemPropertyDescriptor.value(object, descriptor);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && !setNamed(descriptor, SetCommand.UNSET_VALUE)) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(object) && !setNamed(descriptor, value)) {
			descriptor.setPropertyValue(object, value);
		}
	}

	/**
	 * Sets a single-valued feature as EMF's descriptor would, but named after the property ("Set Name (Japanese)"), not
	 * a bare "Set"; false for what the descriptor must do itself (lists, objects outside an editing domain).
	 */
	private boolean setNamed(IItemPropertyDescriptor descriptor, Object value) {
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(object);
		if (domain == null || !(object instanceof EObject owner) || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)
				|| feature.isMany()) {
			return false;
		}
		domain.getCommandStack().execute(NamedCommand.set(descriptor.getDisplayName(object), SetCommand.create(domain, owner, feature, value)));
		return true;
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return source.getPropertyDescriptor(object, id);
	}
}
