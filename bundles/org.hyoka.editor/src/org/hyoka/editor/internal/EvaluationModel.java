package org.hyoka.editor.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.BrokenReferencesException;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.persistence.ReadAhead;

/** An open evaluation file: its resource, the editing domain every change goes through, and its item providers. */
public final class EvaluationModel {

	private final ComposedAdapterFactory adapterFactory;
	private final ReadOnlyCommandStack commandStack = new ReadOnlyCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private Resource resource;
	/** What a load that found only broken references read, until {@link #openReadOnly()} shows it; else null. */
	private Resource readable;

	public EvaluationModel() {
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack) {
			@Override
			public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
				Command command = super.createCommand(commandClass, parameter);
				return commandClass == SetCommand.class ? TotalsFollow.around(this, command, parameter) : command;
			}
		};
		HyokaFiles.register(domain.getResourceSet());
	}

	/**
	 * Reads the file, or takes what a {@link ReadAhead} read of it; on failure the exception names file, line and
	 * column, and nothing is kept.
	 */
	public void load(URI uri) throws IOException {
		readable = null;
		Resource loaded = ReadAhead.take(uri).orElse(null);
		if (loaded != null) {
			domain.getResourceSet().getResources().add(loaded);
		} else {
			loaded = domain.getResourceSet().createResource(uri);
			try {
				loaded.load(Map.of());
			} catch (IOException | RuntimeException e) {
				domain.getResourceSet().getResources().remove(loaded);
				readable = e instanceof BrokenReferencesException ? loaded : null;
				throw e;
			}
		}
		install(loaded);
		commandStack.readOnly = false;
	}

	private void install(Resource loaded) {
		if (resource != null) {
			domain.getResourceSet().getResources().remove(resource);
			resource.unload();
		}
		resource = loaded;
		commandStack.flush();
	}

	/** Whether the last load failed only on references that name nothing, so the file can be shown read-only. */
	public boolean canOpenReadOnly() {
		return readable != null;
	}

	/**
	 * Shows what the last load read despite its broken references, refusing every change: a save would drop those
	 * references for good, so the file must be corrected where the references are still written (a text editor).
	 */
	public void openReadOnly() {
		if (readable == null) {
			throw new IllegalStateException("nothing to open read-only"); //$NON-NLS-1$
		}
		domain.getResourceSet().getResources().add(readable);
		install(readable);
		readable = null;
		commandStack.readOnly = true;
		if (domain.getResourceToReadOnlyMap() == null) {
			domain.setResourceToReadOnlyMap(new HashMap<>());
		}
		domain.getResourceToReadOnlyMap().put(resource, Boolean.TRUE); // cells and property sheets offer no editing
	}

	/** Whether the file is shown read-only ({@link #openReadOnly()}): no change and no save is possible. */
	public boolean readOnly() {
		return commandStack.readOnly;
	}

	/** Writes the file atomically: a failed save leaves the old file as it was. */
	public void save() throws IOException {
		resource.save(Map.of());
		commandStack.saveIsDone();
	}

	public void saveAs(URI uri) throws IOException {
		URI old = resource.getURI();
		resource.setURI(uri);
		try {
			save();
		} catch (IOException | RuntimeException e) {
			resource.setURI(old);
			throw e;
		}
	}

	public EvaluationReport report() {
		return resource != null && !resource.getContents().isEmpty()
				&& resource.getContents().get(0) instanceof EvaluationReport report ? report : null;
	}

	public Resource resource() {
		return resource;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** A command stack that executes nothing while the file is shown read-only, whoever builds the command. */
	private static final class ReadOnlyCommandStack extends BasicCommandStack {

		private boolean readOnly;

		@Override
		public void execute(Command command) {
			if (readOnly) {
				command.dispose();
				return;
			}
			super.execute(command);
		}
	}

	public BasicCommandStack commandStack() {
		return commandStack;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	public void dispose() {
		adapterFactory.dispose();
	}
}
