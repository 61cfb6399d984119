package org.hyoka.editor.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.ItemProviderLabelProvider;

/**
 * Names objects as the validator's messages do (「プロジェクト A 糖鎖利用…」, 「委員会 …」), so that the tree and
 * the Problems view speak alike; objects the report does not name keep their item provider's label.
 */
final class ModelLabelProvider extends ItemProviderLabelProvider {

	ModelLabelProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object element) {
		if (element instanceof OutlineContent.Group group) {
			return group.label();
		}
		if (element instanceof EObject object) {
			return ObjectLabels.ofNamed(object).orElseGet(() -> super.getText(element));
		}
		return super.getText(element);
	}
}
