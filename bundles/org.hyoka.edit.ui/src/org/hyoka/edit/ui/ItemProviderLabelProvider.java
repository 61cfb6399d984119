package org.hyoka.edit.ui;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITableItemLabelProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from EMF Edit item providers; icons are created once per viewer and freed with it. */
public class ItemProviderLabelProvider extends LabelProvider implements ITableLabelProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private ResourceManager images;

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider != null ? provider.getText(element) : element == null ? "" : element.toString(); //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? null : image(provider.getImage(element));
	}

	@Override
	public String getColumnText(Object element, int column) {
		if (adapterFactory.adapt(element, ITableItemLabelProvider.class) instanceof ITableItemLabelProvider table) {
			return table.getColumnText(element, column);
		}
		return column == 0 ? getText(element) : ""; //$NON-NLS-1$
	}

	@Override
	public Image getColumnImage(Object element, int column) {
		if (adapterFactory.adapt(element, ITableItemLabelProvider.class) instanceof ITableItemLabelProvider table) {
			return image(table.getColumnImage(element, column));
		}
		return column == 0 ? getImage(element) : null;
	}

	private IItemLabelProvider labelProvider(Object element) {
		return adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p ? p : null;
	}

	/** The JFace image of an item provider's image: a URL, or the base of a composed (overlaid) image. */
	Image image(Object image) {
		if (image instanceof ComposedImage composed) {
			List<Object> parts = composed.getImages();
			return parts.isEmpty() ? null : image(parts.get(0));
		}
		if (image instanceof URL url) {
			if (images == null) {
				images = new LocalResourceManager(JFaceResources.getResources());
			}
			return images.create(ImageDescriptor.createFromURL(url));
		}
		return image instanceof Image swt ? swt : null;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification instanceof IViewerNotification change && change.isLabelUpdate() && change.getElement() != null) {
			fireLabelProviderChanged(new LabelProviderChangedEvent(this, change.getElement()));
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		if (images != null) {
			images.dispose();
		}
		super.dispose();
	}
}
