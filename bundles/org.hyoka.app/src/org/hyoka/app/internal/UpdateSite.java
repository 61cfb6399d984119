package org.hyoka.app.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The p2 site the product updates from. The product names {@link #DEFAULT} (its {@code p2.inf} adds it when the
 * product is installed); a partner points the workbench at a mirror or a {@code file:} site with the preference
 * {@link #PREFERENCE} (Window &gt; Preferences &gt; Hyoka) or, taking precedence, the system property
 * {@link #PROPERTY}. At startup the chosen site is added to p2's repositories and the product's own site is
 * disabled while another replaces it (docs/partners.md).
 */
public final class UpdateSite {

	static final String DEFAULT = "https://download.hyoka.org/releases/latest"; //$NON-NLS-1$
	static final String PROPERTY = "hyoka.updateSite"; //$NON-NLS-1$
	static final String NODE = "org.hyoka.app"; //$NON-NLS-1$
	static final String PREFERENCE = "updateSite"; //$NON-NLS-1$
	// the replacement added last time, removed when it no longer applies
	private static final String APPLIED = "updateSiteApplied"; //$NON-NLS-1$

	private UpdateSite() {
	}

	/** The site to use: the system property, else the preference, else the product's; invalid values are logged and skipped. */
	public static URI current() {
		URI fromProperty = parse(System.getProperty(PROPERTY), "-D" + PROPERTY); //$NON-NLS-1$
		if (fromProperty != null) {
			return fromProperty;
		}
		String preference = Platform.getPreferencesService().getString(NODE, PREFERENCE, "", null); //$NON-NLS-1$
		URI fromPreference = parse(preference, "Window > Preferences > Hyoka"); //$NON-NLS-1$
		return fromPreference != null ? fromPreference : URI.create(DEFAULT);
	}

	/**
	 * Whether p2 checks {@code site} at startup unless the user chose: {@code property} when given, otherwise only
	 * when a partner chose the site. The product's own site is not published yet, and checking it would log an
	 * unknown host at every start (docs/partners.md).
	 */
	public static boolean checkAtStartup(String property, URI site) {
		return property != null && !property.isBlank() ? Boolean.parseBoolean(property.strip()) : !isProductSite(site);
	}

	/** Whether {@code site} is the product's own site rather than one a partner chose. */
	private static boolean isProductSite(URI site) {
		return URI.create(DEFAULT).equals(site);
	}

	/** The text as an absolute URI, or null when it is blank or, with a logged warning naming {@code where}, invalid. */
	private static URI parse(String text, String where) {
		if (text == null || text.isBlank()) {
			return null;
		}
		URI uri = toUri(text);
		if (uri == null) {
			ILog.of(UpdateSite.class).warn(NLS.bind(Messages.UpdateSite_invalid, new Object[] { text.strip(), where, DEFAULT }));
		}
		return uri;
	}

	/** The text as an absolute URI with a scheme and a path or host, or null. */
	public static URI toUri(String text) {
		try {
			URI uri = new URI(text.strip());
			return uri.isAbsolute() && !uri.isOpaque() ? uri : null;
		} catch (URISyntaxException e) {
			return null;
		}
	}

	/** Makes {@code site} the enabled update site of the agent's metadata and artifact repositories. */
	public static void apply(IProvisioningAgent agent, URI site) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		URI previous = toUri(preferences.get(APPLIED, "")); //$NON-NLS-1$
		for (IRepositoryManager<?> manager : new IRepositoryManager<?>[] { agent.getService(IMetadataRepositoryManager.class),
				agent.getService(IArtifactRepositoryManager.class) }) {
			if (manager == null) {
				continue; // p2 is not fully there (a stripped product): nothing to update from
			}
			if (previous != null && !previous.equals(site) && !isProductSite(previous)) {
				manager.removeRepository(previous);
			}
			manager.addRepository(site);
			manager.setEnabled(site, true);
			URI productSite = URI.create(DEFAULT);
			if (!isProductSite(site) && manager.contains(productSite)) {
				manager.setEnabled(productSite, false);
			}
		}
		preferences.put(APPLIED, site.toString());
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(UpdateSite.class).warn(e.getMessage(), e);
		}
	}
}
