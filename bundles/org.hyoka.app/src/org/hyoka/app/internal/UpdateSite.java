package org.hyoka.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The p2 site the product updates from. A build names its release site with {@code -Dhyoka.releaseSite=URL}
 * (docs/partners.md: the project's releases use {@code https://download.hyoka.org/releases/latest}); a build without
 * one, as every development and test build, has no site and checks nothing. A partner points the workbench at a
 * mirror or a {@code file:} site with the preference {@link #PREFERENCE} (Window &gt; Preferences &gt; Hyoka) or,
 * taking precedence, the system property {@link #PROPERTY}. After start-up the chosen site is made p2's one update
 * site of this product, named for what it is.
 */
public final class UpdateSite {

	static final String PROPERTY = "hyoka.updateSite"; //$NON-NLS-1$
	static final String NODE = "org.hyoka.app"; //$NON-NLS-1$
	static final String PREFERENCE = "updateSite"; //$NON-NLS-1$
	// the site added last time, removed when it no longer applies
	private static final String APPLIED = "updateSiteApplied"; //$NON-NLS-1$
	// what installations of builds before 2026-11-28 got from the product's p2.inf: a placeholder never published
	private static final URI PLACEHOLDER = URI.create("https://download.hyoka.org/releases/latest"); //$NON-NLS-1$

	private UpdateSite() {
	}

	/** The release site this build was made with (release-site.properties, filled by Maven), if any. */
	public static Optional<URI> release() {
		Properties properties = new Properties();
		try (InputStream in = UpdateSite.class.getResourceAsStream("release-site.properties")) { //$NON-NLS-1$
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String site = properties.getProperty("site", ""); //$NON-NLS-1$ //$NON-NLS-2$
		// an unfiltered file (a build outside Maven) still says ${...}
		return site.contains("${") ? Optional.empty() : Optional.ofNullable(parse(site, "-Dhyoka.releaseSite")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The site to use: the system property, else the preference, else the release site; invalid values are logged and skipped. */
	public static Optional<URI> current() {
		URI fromProperty = parse(System.getProperty(PROPERTY), "-D" + PROPERTY); //$NON-NLS-1$
		if (fromProperty != null) {
			return Optional.of(fromProperty);
		}
		String preference = Platform.getPreferencesService().getString(NODE, PREFERENCE, "", null); //$NON-NLS-1$
		URI fromPreference = parse(preference, "Window > Preferences > Hyoka"); //$NON-NLS-1$
		return fromPreference != null ? Optional.of(fromPreference) : release();
	}

	/** Whether p2 checks for updates at startup unless the user chose: never without a site, else {@code property} when given. */
	public static boolean checkAtStartup(String property, Optional<URI> site) {
		if (site.isEmpty()) {
			return false;
		}
		return property == null || property.isBlank() || Boolean.parseBoolean(property.strip());
	}

	/** The text as an absolute URI, or null when it is blank or, with a logged warning naming {@code where}, invalid. */
	private static URI parse(String text, String where) {
		if (text == null || text.isBlank()) {
			return null;
		}
		URI uri = toUri(text);
		if (uri == null) {
			ILog.of(UpdateSite.class).warn(NLS.bind(Messages.UpdateSite_invalid, text.strip(), where));
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

	/** What the p2 dialogs call the site: the build's release site, or one a partner or the user chose. */
	static String name(URI site) {
		return release().filter(site::equals).isPresent() ? Messages.UpdateSite_releaseName
				: NLS.bind(Messages.UpdateSite_chosenName, site.getHost() != null ? site.getHost() : site.getPath());
	}

	/**
	 * Makes {@code site} the one update site of this product in the agent's metadata and artifact repositories, or
	 * leaves none: the site applied before and the placeholder of earlier builds are removed.
	 */
	public static void apply(IProvisioningAgent agent, Optional<URI> site) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		URI previous = toUri(preferences.get(APPLIED, "")); //$NON-NLS-1$
		for (IRepositoryManager<?> manager : new IRepositoryManager<?>[] { agent.getService(IMetadataRepositoryManager.class),
				agent.getService(IArtifactRepositoryManager.class) }) {
			if (manager == null) {
				continue; // p2 is not fully there (a stripped product): nothing to update from
			}
			for (URI old : new URI[] { previous, PLACEHOLDER }) {
				if (old != null && site.filter(old::equals).isEmpty()) {
					manager.removeRepository(old);
				}
			}
			site.ifPresent(uri -> {
				manager.addRepository(uri);
				manager.setEnabled(uri, true);
				manager.setRepositoryProperty(uri, IRepository.PROP_NICKNAME, name(uri));
			});
		}
		preferences.put(APPLIED, site.map(URI::toString).orElse("")); //$NON-NLS-1$
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(UpdateSite.class).warn(e.getMessage(), e);
		}
	}
}
