package org.hyoka.editor.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.Image;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.edit.ui.ItemProviderLabelProvider;
import org.hyoka.model.base.Identifiable;

/**
 * Names objects as the validator's messages do (「プロジェクト A 糖鎖利用…」, 「座長 山田 太郎」, 「第1回 評価検討会」), so
 * that the tree and the Problems view speak alike and as the report does; objects the report does not name keep their
 * item provider's label, without their id. A group of the
 * Outline shows the icon of what it holds.
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
			return ObjectLabels.ofNamed(object).orElseGet(() -> withoutId(object, super.getText(element)));
		}
		return super.getText(element);
	}

	/** The item provider's label without the id it appends (「指摘事項 finding-1」): ids are not the user's words. */
	private static String withoutId(EObject object, String text) {
		String id = object instanceof Identifiable identifiable ? identifiable.getId() : null;
		return id != null && text != null && text.endsWith(" " + id) ? text.substring(0, text.length() - id.length() - 1) : text; //$NON-NLS-1$
	}
}
