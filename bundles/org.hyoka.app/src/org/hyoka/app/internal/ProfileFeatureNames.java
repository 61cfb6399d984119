package org.hyoka.app.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.hyoka.editor.FeatureNames;

/**
 * Names features from the installation's p2 profile: the current state, then the earlier ones from the newest, so a
 * feature the user removed is named as it was when it was installed, in the user's language. Each name is looked up
 * once a session.
 */
final class ProfileFeatureNames implements FeatureNames {

	/** The earlier states read at most: each is a file of the profile registry, read in full. */
	private static final int EARLIER_STATES = 20;

	private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

	@Override
	public Optional<String> of(String featureId) {
		return known.computeIfAbsent(featureId, id -> Provisioning.agent().map(agent -> agent.getService(IProfileRegistry.class))
				.flatMap(registry -> named(id, states(registry), Platform.getNL())));
	}

	/** The profile's states, newest first; an earlier state is read only when the ones after it lacked the feature. */
	private static Stream<IProfile> states(IProfileRegistry registry) {
		IProfile self = registry.getProfile(IProfileRegistry.SELF);
		if (self == null) {
			return Stream.empty();
		}
		long[] stamps = registry.listProfileTimestamps(self.getProfileId()).clone();
		Arrays.sort(stamps);
		Stream<IProfile> earlier = IntStream.range(0, Math.min(EARLIER_STATES, stamps.length))
				.mapToObj(back -> registry.getProfile(self.getProfileId(), stamps[stamps.length - 1 - back])).filter(Objects::nonNull);
		return Stream.concat(Stream.of(self), earlier);
	}

	/** The name of the feature's newest version in the first state that has it, in the locale's language. */
	static Optional<String> named(String featureId, Stream<? extends IQueryable<IInstallableUnit>> states, String locale) {
		IQuery<IInstallableUnit> group = QueryUtil.createLatestQuery(QueryUtil.createIUQuery(featureId + InstalledFeatures.GROUP_SUFFIX));
		return states.map(state -> state.query(group, null).toUnmodifiableSet()).filter(found -> !found.isEmpty()).findFirst()
				.flatMap(found -> InstalledFeatures.translatedName(found.iterator().next(), locale));
	}
}
