package org.hyoka.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.hyoka.model.EvaluationReport;

/**
 * Reading and writing evaluation files outside an editor: command line, tests, benchmarks. Every file goes through
 * {@link HyokaResource} whatever its name ({@code .hyoka}, {@code .xml}, {@code .xmi} or none), so that every file
 * is read and saved the same safe way.
 */
public final class HyokaFiles {

	private HyokaFiles() {
	}

	/** A resource set that reads and writes evaluation files of any name, in or outside OSGi. */
	public static ResourceSet newResourceSet() {
		return register(new ResourceSetImpl());
	}

	/**
	 * Makes the resource set read and write every file as an evaluation file, whatever its name: EMF's own XML and XMI
	 * resources would accept DTDs, fetch namespaces and save in place.
	 */
	public static ResourceSet register(ResourceSet resourceSet) {
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new HyokaResourceFactory());
		return resourceSet;
	}

	/** Loads the evaluation report of a file; problems name the file, line and column. */
	public static EvaluationReport load(Path file) throws IOException {
		Resource resource = newResourceSet().createResource(uri(file));
		resource.load(null);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof EvaluationReport report)) {
			throw new HyokaLoadException(java.util.List.of(new LoadProblem(file.toString(), 0, 0,
					PersistenceMessages.format("noReport"))), null);
		}
		return report;
	}

	/** Saves a report to a file atomically, in a new resource if it has none. */
	public static void save(EvaluationReport report, Path file) throws IOException {
		save(report, file, null);
	}

	/** As {@link #save(EvaluationReport, Path)}, with save options ({@link HyokaResource}'s among them). */
	public static void save(EvaluationReport report, Path file, Map<?, ?> options) throws IOException {
		Resource resource = report.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(uri(file));
			resource.getContents().add(report);
		} else {
			resource.setURI(uri(file));
		}
		resource.save(options);
	}

	public static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}
}
