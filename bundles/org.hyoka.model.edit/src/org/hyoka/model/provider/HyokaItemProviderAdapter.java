package org.hyoka.model.provider;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.hyoka.model.printed.Printed;

/**
 * The root of the model's generated item providers (genmodel's provider root): a value set through the editing domain
 * takes the words the report printed for the old value with it, in the same command, so that no page or export shows
 * words for a value the user has since changed (「終了時評価」 after choosing 中間評価). Undo brings both back.
 */
public class HyokaItemProviderAdapter extends ItemProviderAdapter {

	public HyokaItemProviderAdapter(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value, int index) {
		Command set = super.createSetCommand(domain, owner, feature, value, index);
		boolean changed = value == SetCommand.UNSET_VALUE ? owner.eIsSet(feature) : !Objects.equals(owner.eGet(feature), value);
		return Printed.twin(feature).filter(twin -> changed && index == CommandParameter.NO_INDEX && owner.eIsSet(twin))
				.<Command>map(twin -> {
					CompoundCommand both = new CompoundCommand(0, set.getLabel(), set.getDescription());
					both.append(set);
					both.append(super.createSetCommand(domain, owner, twin, SetCommand.UNSET_VALUE, CommandParameter.NO_INDEX));
					return both;
				}).orElse(set);
	}
}
