package org.hyoka.model.provider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IChildCreationExtender;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramPackage;

/**
 * What an add-on offers under New Child of a program or project: new objects of its classes in the subject's
 * {@code extensions} slot. The core offers none of its own classes there (the genmodel sets the slot's createChild
 * false). An add-on's edit bundle registers this class for the program package at
 * {@code org.eclipse.emf.edit.childCreationExtenders}, naming its classes after a colon:
 * {@code class="org.hyoka.model.provider.SubjectExtensionChildren:http://www.hyoka.org/roadmap/1.0#Roadmap"}.
 * EMF's generated extenders would not do: they offer every class of the add-on in every slot typed EObject, the
 * report's too, and only where the slot has createChild on, which offers the core's classes as well.
 */
public final class SubjectExtensionChildren implements IChildCreationExtender, IExecutableExtension {

	private final List<EClass> classes = new ArrayList<>();
	private ResourceLocator labels;

	/** A name that is no concrete class of a registered package is logged and left out, so New Child still works. */
	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		for (String name : String.valueOf(data).trim().split("\\s+")) { //$NON-NLS-1$
			int hash = name.lastIndexOf('#');
			EPackage ePackage = hash < 0 ? null : EPackage.Registry.INSTANCE.getEPackage(name.substring(0, hash));
			if (ePackage != null && ePackage.getEClassifier(name.substring(hash + 1)) instanceof EClass type && !type.isAbstract()) {
				classes.add(type);
			} else {
				Platform.getLog(SubjectExtensionChildren.class).log(Status.warning(config.getContributor().getName() + ": " + propertyName //$NON-NLS-1$
						+ " of org.eclipse.emf.edit.childCreationExtenders names no concrete class of a registered package: " + name)); //$NON-NLS-1$
			}
		}
	}

	@Override
	public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain) {
		if (!(object instanceof EvaluationSubject)) {
			return List.of();
		}
		return classes.stream().map(type -> new CommandParameter(null, ProgramPackage.Literals.EVALUATION_SUBJECT__EXTENSIONS,
				EcoreUtil.create(type))).toList();
	}

	/**
	 * The add-on's own labels ({@code _UI_Roadmap_type}): an item provider of its classes is a ResourceLocator that
	 * reads its edit plugin's. Without them EMF names the entries by their class.
	 */
	@Override
	public synchronized ResourceLocator getResourceLocator() {
		if (labels == null) {
			ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
			try {
				Object provider = classes.isEmpty() ? null : factory.adapt(EcoreUtil.create(classes.get(0)), IItemLabelProvider.class);
				labels = provider instanceof ResourceLocator locator ? locator : HyokaEditPlugin.INSTANCE;
			} finally {
				factory.dispose();
			}
		}
		return labels;
	}
}
