package org.hyoka.ip;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One change of a register: a feature of an object set to a value, or, for a feature of many values, the value added
 * to it. Editors turn each into a command, so that it can be undone; {@link #apply} makes it directly.
 */
public record Change(EObject owner, EStructuralFeature feature, Object value) {

	/** Whether the value is added to a feature of many values rather than set. */
	public boolean adds() {
		return feature.isMany();
	}

	/** Makes the change without a command (tools, tests). */
	@SuppressWarnings("unchecked")
	public void apply() {
		if (adds()) {
			((List<Object>) owner.eGet(feature)).add(value);
		} else {
			owner.eSet(feature, value);
		}
	}
}
