package org.hyoka.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A command that adds copies (a paste, a drop with copy) and then gives each copied object whose id another object
 * of the file already has a new id, "x-copy", "x-copy-2"…: references go by id, so two objects must never share one.
 * Undo takes the copies and their new ids away together.
 */
final class FreshIds extends CompoundCommand {

	private final EditingDomain domain;
	private List<Object> added;

	FreshIds(EditingDomain domain, Command adding) {
		super(adding.getLabel(), new ArrayList<>(List.of(adding)));
		this.domain = domain;
	}

	@Override
	public void execute() {
		super.execute();
		added = new ArrayList<>(super.getAffectedObjects());
		List<EObject> copies = new ArrayList<>();
		for (Object affected : added) {
			if (affected instanceof EObject copy) {
				copies.add(copy);
				copy.eAllContents().forEachRemaining(copies::add);
			}
		}
		Set<String> used = idsBesides(copies);
		for (EObject copy : copies) {
			EAttribute idAttribute = copy.eClass().getEIDAttribute();
			String id = EcoreUtil.getID(copy);
			if (idAttribute != null && id != null && used.contains(id)) {
				String fresh = fresh(id, used);
				appendAndExecute(SetCommand.create(domain, copy, idAttribute, fresh));
			}
			if (id != null) {
				used.add(EcoreUtil.getID(copy));
			}
		}
	}

	/** The copies, not the last id given: what the user sees selected afterwards. */
	@Override
	public Collection<?> getAffectedObjects() {
		return added == null ? super.getAffectedObjects() : added;
	}

	/** The ids of every object in the copies' resources but the copies. */
	private static Set<String> idsBesides(List<EObject> copies) {
		Set<String> used = new HashSet<>();
		Set<EObject> skipped = new HashSet<>(copies);
		Set<Resource> resources = new HashSet<>();
		copies.stream().map(EObject::eResource).filter(resource -> resource != null).forEach(resources::add);
		for (Resource resource : resources) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject object = all.next();
				String id = EcoreUtil.getID(object);
				if (id != null && !skipped.contains(object)) {
					used.add(id);
				}
			}
		}
		return used;
	}

	private static String fresh(String id, Set<String> used) {
		String fresh = id + "-copy"; //$NON-NLS-1$
		for (int number = 2; used.contains(fresh); number++) {
			fresh = id + "-copy-" + number; //$NON-NLS-1$
		}
		return fresh;
	}
}
