package org.hyoka.edit.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** How the item providers name a value of a feature, e.g. an enumeration literal in the user's language. */
public final class PropertyLabels {

	private PropertyLabels() {
	}

	/**
	 * The label the Properties view shows for a value of the owner's feature; the value need not be the one the
	 * owner holds (e.g. a status computed from other values). Empty for no value.
	 */
	public static String of(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature, Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
				if (descriptor.getFeature(owner) == feature) {
					return descriptor.getLabelProvider(owner).getText(value);
				}
			}
		}
		return value.toString();
	}
}
