package org.hyoka.benchmarks;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.IRegistryProvider;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.hyoka.export.outline.SectionDescriptor;
import org.hyoka.export.outline.SectionRegistry;

/**
 * The extension registry of the Hyoka bundles on the class path, outside OSGi: without it an export in plain Java
 * has only org.hyoka.export's own report sections, not the roadmap figure and table that {@code hyoka export}
 * prints, so a benchmark would time less than the product does. Every {@code plugin.xml} next to a manifest of the
 * class path is added as its bundle's contribution (org.hyoka.export's own sections too); the registry creates
 * contributed classes with {@code Class.forName}.
 */
final class ProductContributions {

	private static final Object MASTER = new Object();
	/** org.hyoka.roadmap's figure and table per subject, in every report that has a roadmap. */
	private static final String ROADMAP_SECTION = "roadmap"; //$NON-NLS-1$
	private static volatile boolean installed;

	private ProductContributions() {
	}

	/**
	 * Makes the registry the default one, once per JVM, and checks that the report sections the product adds are
	 * there, so that a benchmark never times a smaller report unnoticed.
	 */
	static synchronized void install() throws IOException {
		if (installed) {
			return;
		}
		List<String> bundles = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.createRegistry(null, MASTER, null);
		ClassLoader loader = ProductContributions.class.getClassLoader();
		for (URL manifestUrl : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) { //$NON-NLS-1$
			String bundle = symbolicName(manifestUrl);
			if (bundle == null || !bundle.startsWith("org.hyoka.")) { //$NON-NLS-1$
				continue;
			}
			URL pluginXml = new URL(manifestUrl.toString().replace("META-INF/MANIFEST.MF", "plugin.xml")); //$NON-NLS-1$ //$NON-NLS-2$
			try (InputStream in = pluginXml.openStream()) {
				RegistryContributor contributor = new RegistryContributor(bundle, bundle, null, null);
				if (!registry.addContribution(in, contributor, false, pluginXml.toString(), null, MASTER)) {
					throw new IOException(pluginXml + ": the registry did not accept it"); //$NON-NLS-1$
				}
				bundles.add(bundle);
			} catch (FileNotFoundException noContributions) {
				// a bundle without plugin.xml contributes nothing
			}
		}
		IRegistryProvider provider = () -> registry;
		try {
			RegistryFactory.setDefaultRegistryProvider(provider);
		} catch (CoreException e) {
			throw new IOException(e.getMessage(), e);
		}
		List<String> sections = SectionRegistry.installed().sections().stream().map(SectionDescriptor::id).toList();
		if (!sections.contains(ROADMAP_SECTION)) {
			throw new IOException("no report section " + ROADMAP_SECTION + " among " + sections + " of " + bundles); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		installed = true;
	}

	private static String symbolicName(URL manifestUrl) throws IOException {
		try (InputStream in = manifestUrl.openStream()) {
			String name = new Manifest(in).getMainAttributes().getValue(new Attributes.Name("Bundle-SymbolicName")); //$NON-NLS-1$
			return name == null ? null : name.split(";")[0].trim(); //$NON-NLS-1$
		}
	}
}
