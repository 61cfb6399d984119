package org.hyoka.app.internal;

import java.util.Iterator;
import java.util.Optional;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * The product's version as Help &gt; Installation Details lists it: the version of the product p2 installed, the
 * same for the whole installation whatever bundle shows it (the application bundle has a version of its own).
 */
final class ProductVersion {

	/** The product extension's property naming the product's version, for starts outside a p2 installation. */
	static final String PROPERTY = "version"; //$NON-NLS-1$

	private ProductVersion() {
	}

	/** E.g. 2.0.0.202611262300 in an installed product; 2.0.0 in tests and the IDE, where p2 installed nothing. */
	static String current() {
		return Provisioning.selfProfile().flatMap(ProductVersion::installed).orElseGet(ProductVersion::declared);
	}

	private static Optional<String> installed(IProfile profile) {
		Iterator<IInstallableUnit> products = profile.query(QueryUtil.createIUProductQuery(), null).iterator();
		return products.hasNext() ? Optional.of(products.next().getVersion().toString()) : Optional.empty();
	}

	private static String declared() {
		IProduct product = Platform.getProduct();
		String version = product == null ? null : product.getProperty(PROPERTY);
		return version == null ? "" : version; //$NON-NLS-1$
	}
}
