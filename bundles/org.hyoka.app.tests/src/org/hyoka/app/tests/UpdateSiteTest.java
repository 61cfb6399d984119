package org.hyoka.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
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

/** The update site: the product's, replaced by the preference, replaced in turn by -Dhyoka.updateSite. */
class UpdateSiteTest {

	private static final URI PRODUCT_SITE = URI.create("https://download.hyoka.org/releases/latest");
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
	void thePropertyBeatsThePreferenceWhichBeatsTheProduct() throws Exception {
		assertEquals(PRODUCT_SITE, UpdateSite.current());
		InstanceScope.INSTANCE.getNode("org.hyoka.app").put("updateSite", MIRROR.toString());
		assertEquals(MIRROR, UpdateSite.current());
		System.setProperty("hyoka.updateSite", "file:/srv/hyoka-mirror");
		assertEquals(URI.create("file:/srv/hyoka-mirror"), UpdateSite.current());
	}

	@Test
	void anUnusableSiteIsSkipped() {
		System.setProperty("hyoka.updateSite", "no scheme here");
		assertEquals(PRODUCT_SITE, UpdateSite.current());
		assertNull(UpdateSite.toUri("mirror/latest"));
		assertNull(UpdateSite.toUri("mailto:hyoka@example.org"));
	}

	@Test
	void aMirrorReplacesTheProductSiteInP2AndGoesAgainWhenUnset(@TempDir Path p2) throws Exception {
		IProvisioningAgent agent = agent(p2);
		try {
			IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
			IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
			metadata.addRepository(PRODUCT_SITE); // as the product's p2.inf does at installation
			artifacts.addRepository(PRODUCT_SITE);

			UpdateSite.apply(agent, MIRROR);
			for (IRepositoryManager<?> manager : List.of(metadata, artifacts)) {
				assertTrue(manager.isEnabled(MIRROR), "the mirror is used");
				assertFalse(manager.isEnabled(PRODUCT_SITE), "the product's site is not");
			}

			UpdateSite.apply(agent, PRODUCT_SITE);
			for (IRepositoryManager<?> manager : List.of(metadata, artifacts)) {
				assertTrue(manager.isEnabled(PRODUCT_SITE), "the product's site is used again");
				assertFalse(manager.contains(MIRROR), "the mirror is gone");
			}
		} finally {
			agent.stop();
		}
	}

	private static IProvisioningAgent agent(Path location) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(UpdateSiteTest.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		assertTrue(reference != null, "p2 offers agents");
		return context.getService(reference).createAgent(location.toUri());
	}

	@Test
	void automaticChecksWaitForAPublishedSiteUnlessThePropertySays() {
		assertFalse(UpdateSite.checkAtStartup(null, PRODUCT_SITE), "the placeholder site is not checked");
		assertTrue(UpdateSite.checkAtStartup(null, MIRROR), "a partner's site is checked");
		assertTrue(UpdateSite.checkAtStartup("true", PRODUCT_SITE));
		assertFalse(UpdateSite.checkAtStartup(" false ", MIRROR));
		assertFalse(UpdateSite.checkAtStartup("", PRODUCT_SITE));
	}
}
