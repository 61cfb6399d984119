package org.hyoka.app.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.hyoka.editor.FeatureNames;

/**
 * Names features as p2 knows them here, in the user's language: from the installation's profile, its current state
 * and then the earlier ones from the newest, so a feature the user removed is named as it was when installed; then
 * from the software sites the installation knows (the release site, a partner's), so a feature never installed here
 * is named as Install New Software lists it. Looked up off the display thread (a site may have to be read over the
 * network); a name found is kept for the session, a name not found is looked up again next time, since the update site
 * is applied some seconds after the start, and the user may add a site meanwhile.
 */
final class KnownFeatureNames implements FeatureNames {

	/** The earlier states read at most: each is a file of the profile registry, read in full. */
	private static final int EARLIER_STATES = 20;

	private final Supplier<Optional<IProvisioningAgent>> agent;
	private final Map<String, String> known = new ConcurrentHashMap<>();

	KnownFeatureNames() {
		this(Provisioning::agent);
	}

	/** With another agent than the running installation's (tests). */
	KnownFeatureNames(Supplier<Optional<IProvisioningAgent>> agent) {
		this.agent = agent;
	}

	@Override
	public Optional<String> of(String featureId) {
		return of(featureId, Platform.getNL());
	}

	Optional<String> of(String featureId, String locale) {
		return Optional.ofNullable(known.computeIfAbsent(featureId,
				id -> agent.get().flatMap(p2 -> named(id, Stream.concat(states(p2), sites(p2)), locale)).orElse(null)));
	}

	/** The profile's states, newest first; an earlier state is read only when the ones after it lacked the feature. */
	private static Stream<IProfile> states(IProvisioningAgent agent) {
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile self = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		if (self == null) {
			return Stream.empty();
		}
		long[] stamps = registry.listProfileTimestamps(self.getProfileId()).clone();
		Arrays.sort(stamps);
		Stream<IProfile> earlier = IntStream.range(0, Math.min(EARLIER_STATES, stamps.length))
				.mapToObj(back -> registry.getProfile(self.getProfileId(), stamps[stamps.length - 1 - back])).filter(Objects::nonNull);
		return Stream.concat(Stream.of(self), earlier);
	}

	/** The enabled software sites, each read when the ones before it lacked the feature; one not readable now is passed. */
	private static Stream<IMetadataRepository> sites(IProvisioningAgent agent) {
		IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
		return manager == null ? Stream.empty()
				: Stream.of(manager.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL)).flatMap(site -> read(manager, site));
	}

	private static Stream<IMetadataRepository> read(IMetadataRepositoryManager manager, URI site) {
		try {
			return Stream.of(manager.loadRepository(site, null));
		} catch (ProvisionException | OperationCanceledException e) {
			return Stream.empty(); // offline, or gone: the name the file recorded stays
		}
	}

	/** The name of the feature's newest version in the first of the places that has it, in the locale's language. */
	static Optional<String> named(String featureId, Stream<? extends IQueryable<IInstallableUnit>> places, String locale) {
		IQuery<IInstallableUnit> group = QueryUtil.createLatestQuery(QueryUtil.createIUQuery(featureId + InstalledFeatures.GROUP_SUFFIX));
		return places.map(place -> place.query(group, null).toUnmodifiableSet()).filter(found -> !found.isEmpty()).findFirst()
				.flatMap(found -> InstalledFeatures.translatedName(found.iterator().next(), locale));
	}
}
