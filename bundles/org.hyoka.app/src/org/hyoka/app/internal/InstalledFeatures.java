package org.hyoka.app.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.framework.Version;

/**
 * The features of the running installation, for About: the product's own (every {@code org.hyoka.*} feature p2
 * installed with it or later, the optional ones included) and whatever else the user installed at the top level (a
 * partner's feature), each by its name in the user's language and its version. Empty outside a p2 installation.
 */
final class InstalledFeatures {

	static final String GROUP_SUFFIX = ".feature.group"; //$NON-NLS-1$

	private InstalledFeatures() {
	}

	static List<String> current() {
		return Provisioning.selfProfile().map(profile -> listed(profile,
				iu -> Boolean.parseBoolean(profile.getInstallableUnitProperty(iu, IProfile.PROP_PROFILE_ROOT_IU)), Platform.getNL()))
				.orElse(List.of());
	}

	/** "Name version" of each feature of {@code units} that is the product's or a root, sorted by name. */
	static List<String> listed(IQueryable<IInstallableUnit> units, Predicate<IInstallableUnit> root, String locale) {
		return units.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet().stream()
				.filter(iu -> iu.getId().endsWith(GROUP_SUFFIX) && (iu.getId().startsWith("org.hyoka.") || root.test(iu))) //$NON-NLS-1$
				.map(iu -> name(iu, locale) + ' ' + shortVersion(iu))
				.sorted().toList();
	}

	private static String name(IInstallableUnit iu, String locale) {
		return translatedName(iu, locale).orElse(iu.getId().substring(0, iu.getId().length() - GROUP_SUFFIX.length()));
	}

	/** The unit's name in the locale's language, or its default; empty when it has none or its key has no text. */
	static Optional<String> translatedName(IInstallableUnit iu, String locale) {
		String raw = iu.getProperty(IInstallableUnit.PROP_NAME);
		// p2 gives a %key without text as the key itself
		String key = raw != null && raw.startsWith("%") ? raw.substring(1) : null; //$NON-NLS-1$
		return Optional.ofNullable(iu.getProperty(IInstallableUnit.PROP_NAME, locale)).filter(name -> !name.equals(key) && !name.startsWith("%")); //$NON-NLS-1$
	}

	/** 1.1.0 of 1.1.0.202611272302: the qualifier says when, which Installation Details shows. */
	private static String shortVersion(IInstallableUnit iu) {
		Version version = Version.parseVersion(iu.getVersion().toString());
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
