package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.hyoka.app.internal.UpdateSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The update site: the build's release site (none in a test build), replaced by the preference, replaced in turn
 * by -Dhyoka.updateSite.
 */
public class UpdateSiteTest {

	// what installations of earlier builds got from the product's p2.inf
	private static final URI PLACEHOLDER = URI.create("https://download.hyoka.org/releases/latest");
	private static final URI MIRROR = URI.create("https://mirror.example.go.jp/hyoka/latest");

	@AfterEach
	void forget() throws Exception {
		System.clearProperty("hyoka.updateSite");
		// only this test's keys: the node also keeps the recent files
		InstanceScope.INSTANCE.getNode("org.hyoka.app").remove("updateSite");
		InstanceScope.INSTANCE.getNode("org.hyoka.app").remove("updateSiteApplied");
		InstanceScope.INSTANCE.getNode("org.hyoka.app").flush();
	}

	@Test
	void aBuildWithoutAReleaseSiteHasNoneUntilOneIsChosen() throws Exception {
		assertEquals(Optional.empty(), UpdateSite.release(), "./test.sh builds without -Dhyoka.releaseSite");
		assertEquals(Optional.empty(), UpdateSite.current());
		InstanceScope.INSTANCE.getNode("org.hyoka.app").put("updateSite", MIRROR.toString());
		assertEquals(Optional.of(MIRROR), UpdateSite.current());
		System.setProperty("hyoka.updateSite", "file:/srv/hyoka-mirror");
		assertEquals(Optional.of(URI.create("file:/srv/hyoka-mirror")), UpdateSite.current());
	}

	@Test
	void anUnusableSiteIsSkipped() {
		InstanceScope.INSTANCE.getNode("org.hyoka.app").put("updateSite", MIRROR.toString());
		System.setProperty("hyoka.updateSite", "no scheme here");
		assertEquals(Optional.of(MIRROR), UpdateSite.current());
		assertNull(UpdateSite.toUri("mirror/latest"));
		assertNull(UpdateSite.toUri("mailto:hyoka@example.org"));
	}

	@Test
	void aChosenSiteIsTheOneSiteNamedForWhereItIsAndGoesAgainWhenUnset(@TempDir Path p2) throws Exception {
		IProvisioningAgent agent = agent(p2);
		try {
			IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
			IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
			metadata.addRepository(PLACEHOLDER); // as an earlier build's p2.inf did at installation
			artifacts.addRepository(PLACEHOLDER);

			UpdateSite.apply(agent, Optional.of(MIRROR));
			for (IRepositoryManager<?> manager : List.of(metadata, artifacts)) {
				assertTrue(manager.isEnabled(MIRROR), "the mirror is used");
				assertEquals("Hyoka Workbench updates from mirror.example.go.jp (a mirror or a partner site)",
						manager.getRepositoryProperty(MIRROR, IRepository.PROP_NICKNAME));
				assertFalse(manager.contains(PLACEHOLDER), "the placeholder that never resolved is gone");
			}

			UpdateSite.apply(agent, Optional.empty());
			for (IRepositoryManager<?> manager : List.of(metadata, artifacts)) {
				assertFalse(manager.contains(MIRROR), "the mirror is gone");
				assertEquals(List.of(), List.of(manager.getKnownRepositories(IRepositoryManager.REPOSITORIES_NON_SYSTEM)),
						"no site at all: nothing to check, nothing to fail on");
			}
		} finally {
			agent.stop();
		}
	}

	/** A p2 agent of its own, in LOCATION. */
	public static IProvisioningAgent agent(Path location) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(UpdateSiteTest.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		assertTrue(reference != null, "p2 offers agents");
		return context.getService(reference).createAgent(location.toUri());
	}

	@Test
	void automaticChecksNeedASiteAndThenFollowTheProperty() {
		assertFalse(UpdateSite.checkAtStartup(null, Optional.empty()), "no site, no check");
		assertFalse(UpdateSite.checkAtStartup("true", Optional.empty()), "not even when asked");
		assertTrue(UpdateSite.checkAtStartup(null, Optional.of(MIRROR)), "a site is checked");
		assertTrue(UpdateSite.checkAtStartup("", Optional.of(MIRROR)));
		assertFalse(UpdateSite.checkAtStartup(" false ", Optional.of(MIRROR)));
	}
}
