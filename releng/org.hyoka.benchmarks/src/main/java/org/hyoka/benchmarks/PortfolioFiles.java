package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.persistence.HyokaFiles;
import org.hyoka.roadmap.RoadmapPackage;

/** The two ways of reading and writing a file that the benchmarks compare. */
final class PortfolioFiles {

	static {
		registerPackages();
	}

	private PortfolioFiles() {
	}

	/**
	 * Registers the model's packages and the roadmap add-on's, whose roadmaps the portfolio holds: plain XMI looks
	 * them up by namespace, and off OSGi the .hyoka loader too, which keeps a roadmap of a package not registered as
	 * content of an add-on not installed (that the merge refuses).
	 */
	static void registerPackages() {
		HyokaPackage.eINSTANCE.eClass();
		RoadmapPackage.eINSTANCE.eClass();
	}

	/**
	 * The baseline: EMF's XMI resource with only what keeps it linear on a file of IDREFs, an intrinsic-id map and
	 * deferred IDREF resolution. Without them every reference to an object not yet read scans the whole resource.
	 */
	static Resource plainLoad(Path file) throws IOException {
		XMIResourceImpl resource = new XMIResourceImpl(HyokaFiles.uri(file));
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		new ResourceSetImpl().getResources().add(resource);
		resource.load(Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE));
		return resource;
	}

	/** What the workbench does: a .hyoka resource, every reference resolved. */
	static Resource hyokaLoad(Path file) throws IOException {
		Resource resource = HyokaFiles.newResourceSet().getResource(HyokaFiles.uri(file), true);
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	static void saveAs(Resource resource, Path file) throws IOException {
		resource.setURI(HyokaFiles.uri(file));
		resource.save(null);
	}

	static EObject root(Resource resource) {
		return resource.getContents().get(0);
	}
}
