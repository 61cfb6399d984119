package org.hyoka.editor.internal;

import org.eclipse.emf.databinding.edit.EditingDomainEObjectObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyoka.edit.ui.NamedCommand;

/**
 * A feature of an object as the value a field binds to: an edit is one command named after the field ("Set Name"),
 * where EMF's own observable runs a bare "Set".
 */
public final class NamedValue extends EditingDomainEObjectObservableValue {

	private final String label;

	public NamedValue(EditingDomain domain, EObject object, EStructuralFeature feature, String label) {
		super(domain, object, feature);
		this.label = label;
	}

	@Override
	protected void doSetValue(Object value) {
		domain.getCommandStack().execute(NamedCommand.set(label, SetCommand.create(domain, eObject, eStructuralFeature, value)));
	}
}
