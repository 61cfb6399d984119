package org.hyoka.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.hyoka.core.validation.ObjectLabels;
import org.hyoka.model.base.Identifiable;

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
		IItemPropertyDescriptor descriptor = descriptor(adapterFactory, owner, feature);
		return text(descriptor == null ? null : descriptor.getLabelProvider(owner), value);
	}

	/** The name the Properties view gives the owner's feature, e.g. 「研究開発の概要」; the feature's own without one. */
	public static String featureName(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
		IItemPropertyDescriptor descriptor = descriptor(adapterFactory, owner, feature);
		return descriptor == null ? feature.getName() : descriptor.getDisplayName(owner);
	}

	/**
	 * The values the Properties view offers for the owner's feature (a reference's candidates as its item provider
	 * chooses them), none first when the feature may be unset.
	 */
	static List<Object> choices(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
		IItemPropertyDescriptor descriptor = descriptor(adapterFactory, owner, feature);
		Collection<?> offered = descriptor == null ? null : descriptor.getChoiceOfValues(owner);
		List<Object> choices = new ArrayList<>();
		if (!feature.isRequired()) {
			choices.add(null);
		}
		if (offered != null) {
			offered.stream().filter(Objects::nonNull).forEach(choices::add);
		}
		return choices;
	}

	private static IItemPropertyDescriptor descriptor(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
		if (adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
				if (descriptor.getFeature(owner) == feature) {
					return descriptor;
				}
			}
		}
		return null;
	}

	/**
	 * A value as the item provider labels it, but yes and no in the user's language where EMF writes true and false,
	 * and an object the provider knows only by its id (a comment's 記入者, 「評価委員 mem-1」) by {@linkplain #name
	 * its name}.
	 */
	static String text(IItemLabelProvider labels, Object value) {
		if (value instanceof Boolean yes) {
			return yes ? Messages.yes : Messages.no;
		}
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (labels == null) {
			return value.toString();
		}
		String label = labels.getText(value);
		return value instanceof EObject object && id(object).filter(id -> label != null && label.endsWith(" " + id)).isPresent() //$NON-NLS-1$
				? name(object, label) : label;
	}

	/**
	 * What the user calls the object, as the validator's messages and the Outline do (「座長 山田 太郎」, 「プロジェクト A
	 * …」); an object the report does not name keeps its item provider's label, without the id it appends (「指摘事項
	 * finding-1」): ids are not the user's words.
	 */
	public static String name(EObject object, String itemLabel) {
		return ObjectLabels.ofNamed(object).orElseGet(() -> id(object).filter(id -> itemLabel != null && itemLabel.endsWith(" " + id)) //$NON-NLS-1$
				.map(id -> itemLabel.substring(0, itemLabel.length() - id.length() - 1)).orElse(itemLabel));
	}

	private static Optional<String> id(EObject object) {
		return object instanceof Identifiable identifiable ? Optional.ofNullable(identifiable.getId()) : Optional.empty();
	}

	/** The label of the value the owner states for its feature; empty for none (see {@link #stated}). */
	public static String ofStated(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
		return of(adapterFactory, owner, feature, stated(owner, feature));
	}

	/**
	 * The value the owner states for its feature; null for an unsettable feature never stated, whose getter gives a
	 * default (an enumeration's first literal) that the report never printed.
	 */
	public static Object stated(EObject owner, EStructuralFeature feature) {
		return feature.isUnsettable() && !owner.eIsSet(feature) ? null : owner.eGet(feature);
	}

	/** What the item providers call objects of a class, e.g. "Committee Member" or 評価委員 in Japanese. */
	public static String typeName(AdapterFactory adapterFactory, EClass type) {
		// an abstract class has no object to adapt: the providers of its package's classes share their strings
		EClass concrete = type.isAbstract() ? type.getEPackage().getEClassifiers().stream()
				.filter(classifier -> classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface())
				.map(EClass.class::cast).findFirst().orElse(null) : type;
		if (concrete != null && adapterFactory.adapt(EcoreUtil.create(concrete), IItemLabelProvider.class) instanceof ResourceLocator provider) {
			try {
				return provider.getString("_UI_" + type.getName() + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (MissingResourceException e) {
				// a provider without type names: the class's own name below
			}
		}
		return type.getName();
	}
}
