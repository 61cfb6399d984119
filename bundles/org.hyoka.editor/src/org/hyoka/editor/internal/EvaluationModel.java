package org.hyoka.editor.internal;

import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.model.persistence.ReadAhead;

/** An open evaluation file: its resource, the editing domain every change goes through, and its item providers. */
public final class EvaluationModel {

	private final ComposedAdapterFactory adapterFactory;
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private Resource resource;

	public EvaluationModel() {
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		HyokaFiles.register(domain.getResourceSet());
	}

	/**
	 * Reads the file, or takes what a {@link ReadAhead} read of it; on failure the exception names file, line and
	 * column, and nothing is kept.
	 */
	public void load(URI uri) throws IOException {
		Resource loaded = ReadAhead.take(uri).orElse(null);
		if (loaded != null) {
			domain.getResourceSet().getResources().add(loaded);
		} else {
			loaded = domain.getResourceSet().createResource(uri);
			try {
				loaded.load(Map.of());
			} catch (IOException | RuntimeException e) {
				domain.getResourceSet().getResources().remove(loaded);
				throw e;
			}
		}
		if (resource != null) {
			domain.getResourceSet().getResources().remove(resource);
			resource.unload();
		}
		resource = loaded;
		commandStack.flush();
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
