package org.hyoka.edit.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * The Properties view over EMF Edit item property descriptors. Values are set through the descriptors, which run
 * an undoable command on the object's editing domain.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		return adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source
				? new ItemPropertySource(object, source) : null;
	}
}
