package org.hyoka.editor.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.Image;
import org.hyoka.edit.ui.ItemProviderLabelProvider;
import org.hyoka.edit.ui.PropertyLabels;

/**
 * Names objects as the validator's messages and the Properties view do ({@link PropertyLabels#name}), so that the
 * tree and the Problems view speak alike and as the report does. A group of the Outline shows the icon of what it
 * holds.
 */
final class ModelLabelProvider extends ItemProviderLabelProvider {

	ModelLabelProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/** An object of each kind a group of the Outline holds, whose icon the group shows. */
	private final Map<EReference, EObject> groupKinds = new HashMap<>();

	@Override
	public Image getImage(Object element) {
		if (element instanceof OutlineContent.Group group) {
			return super.getImage(groupKinds.computeIfAbsent(group.feature(), feature -> EcoreUtil.create(feature.getEReferenceType())));
		}
		return super.getImage(element);
	}

	@Override
	public String getText(Object element) {
		if (element instanceof OutlineContent.Group group) {
			return group.label();
		}
		if (element instanceof EObject object) {
			return PropertyLabels.name(object, super.getText(element));
		}
		return super.getText(element);
	}
}
