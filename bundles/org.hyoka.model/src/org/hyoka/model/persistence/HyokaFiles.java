package org.hyoka.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.hyoka.model.EvaluationReport;

/** Reading and writing .hyoka files outside an editor: command line, tests, benchmarks. */
public final class HyokaFiles {

	private HyokaFiles() {
	}

	/** A resource set that reads and writes .hyoka files, in or outside OSGi. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FileFormat.EXTENSION, new HyokaResourceFactory());
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
		Resource resource = report.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(uri(file));
			resource.getContents().add(report);
		} else {
			resource.setURI(uri(file));
		}
		resource.save(null);
	}

	public static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}
}
