package org.hyoka.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.query.CollectionResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.hyoka.app.tests.UpdateSiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help &gt; About lists the product's features, the optional ones a partner installed or removed, and a partner's own. */
class InstalledFeaturesTest {

	private final IInstallableUnit ip = unit("org.hyoka.ip.feature.feature.group", "1.1.0.202611272302", true,
			Map.of(IInstallableUnit.PROP_NAME, "%featureName", "df_LT.featureName", "Hyoka Workbench IP Tracking",
					"ja.featureName", "Hyoka Workbench 知財管理"));
	private final IInstallableUnit partner = unit("jp.example.audit.feature.group", "3.0.1.v20261101", true,
			Map.of(IInstallableUnit.PROP_NAME, "Audit trail"));
	private final IInstallableUnit platform = unit("org.eclipse.e4.rcp.feature.group", "4.38.0.v20261001", true,
			Map.of(IInstallableUnit.PROP_NAME, "Eclipse 4 RCP"));
	private final IInstallableUnit bundle = unit("org.hyoka.core", "1.4.0.202611272302", false, Map.of());
	private final CollectionResult<IInstallableUnit> installed = new CollectionResult<>(List.of(ip, partner, platform, bundle));

	@Test
	void theProductsFeaturesAndWhatTheUserAddedAreListedByNameAndVersionInTheUsersLanguage() {
		assertEquals(List.of("Audit trail 3.0.1", "Hyoka Workbench IP Tracking 1.1.0"),
				InstalledFeatures.listed(installed, partner::equals, "en_US"));
		assertEquals(List.of("Audit trail 3.0.1", "Hyoka Workbench 知財管理 1.1.0"),
				InstalledFeatures.listed(installed, partner::equals, "ja_JP"));
	}

	@Test
	void aboutShowsThemAfterTheDescriptionAndNothingWithoutThem() {
		String about = "Hyoka Workbench\n\nA workbench for evaluators.";
		assertEquals("Hyoka Workbench\nVersion 2.1.0\n\nA workbench for evaluators.\n\nInstalled features:\n"
				+ "Audit trail 3.0.1\nHyoka Workbench IP Tracking 1.1.0",
				HyokaAboutDialog.text(about, "2.1.0", InstalledFeatures.listed(installed, partner::equals, "en")));
		assertEquals("Hyoka Workbench\nVersion 2.1.0\n\nA workbench for evaluators.", HyokaAboutDialog.text(about, "2.1.0", List.of()));
	}

	@Test
	void aRemovedFeatureIsNamedFromTheNewestStateThatHadItInTheUsersLanguage() {
		IInstallableUnit older = unit("org.hyoka.ip.feature.feature.group", "1.0.0.202610010000", true,
				Map.of(IInstallableUnit.PROP_NAME, "%featureName", "df_LT.featureName", "IP Tracking (old)", "ja.featureName", "知財（旧）"));
		CollectionResult<IInstallableUnit> now = new CollectionResult<>(List.of(partner, bundle));
		CollectionResult<IInstallableUnit> before = new CollectionResult<>(List.of(ip, older, partner));
		CollectionResult<IInstallableUnit> first = new CollectionResult<>(List.of(older));
		assertEquals(Optional.of("Hyoka Workbench 知財管理"),
				KnownFeatureNames.named("org.hyoka.ip.feature", Stream.of(now, before, first), "ja_JP"));
		assertEquals(Optional.of("Hyoka Workbench IP Tracking"),
				KnownFeatureNames.named("org.hyoka.ip.feature", Stream.of(now, before, first), "en"));
		assertEquals(Optional.of("Audit trail"), KnownFeatureNames.named("jp.example.audit", Stream.of(now, before), "ja_JP"));
		// never installed here, or named by a key without text: the file's own name is used
		assertEquals(Optional.empty(), KnownFeatureNames.named("org.hyoka.team.feature", Stream.of(now, before, first), "ja_JP"));
		IInstallableUnit untranslated = unit("org.hyoka.team.feature.feature.group", "1.0.0", true, Map.of(IInstallableUnit.PROP_NAME, "%featureName"));
		assertEquals(Optional.empty(), KnownFeatureNames.named("org.hyoka.team.feature",
				Stream.of(new CollectionResult<>(List.of(untranslated))), "ja_JP"));
	}

	@Test
	void aFeatureNeverInstalledHereIsNamedAsTheSitesListItOnceASiteListsIt(@TempDir Path p2) throws Exception {
		IProvisioningAgent agent = UpdateSiteTest.agent(p2.resolve("agent"));
		try {
			IMetadataRepositoryManager sites = agent.getService(IMetadataRepositoryManager.class);
			sites.addRepository(p2.resolve("gone").toUri()); // a partner's site moved away, or offline: passed
			KnownFeatureNames names = new KnownFeatureNames(() -> Optional.of(agent));
			assertEquals(Optional.empty(), names.of("org.hyoka.ip.feature", "ja_JP"), "no site lists it: the file's own name is used");

			IMetadataRepository optional = sites.createRepository(p2.resolve("optional").toUri(), "optional tools",
					IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
			optional.addInstallableUnits(List.of(ip));
			assertEquals(Optional.of("Hyoka Workbench 知財管理"), names.of("org.hyoka.ip.feature", "ja_JP"),
					"the site added since (the update site is applied after the start) is read");
			assertEquals(Optional.of("Hyoka Workbench IP Tracking"),
					new KnownFeatureNames(() -> Optional.of(agent)).of("org.hyoka.ip.feature", "en"));
		} finally {
			agent.stop();
		}
	}

	private static IInstallableUnit unit(String id, String version, boolean group, Map<String, String> properties) {
		InstallableUnitDescription description = new InstallableUnitDescription();
		description.setId(id);
		description.setVersion(Version.create(version));
		properties.forEach(description::setProperty);
		if (group) {
			description.setProperty(QueryUtil.PROP_TYPE_GROUP, Boolean.TRUE.toString());
		}
		return MetadataFactory.createInstallableUnit(description);
	}
}
