package org.hyoka.model.persistence;

import java.util.List;
import java.util.Optional;

import org.hyoka.model.persistence.FileFormat.Version;

/**
 * The migrations of the .hyoka format's history, oldest first. Every change of the metamodel bumps
 * the version in the namespace URIs and adds a {@link ModelMigration} from the previous version here:
 * {@link ModelMigration#additions} when the change only adds, a real migration otherwise.
 */
public final class ModelMigrations {

	private static final List<ModelMigration> ALL = List.of(
			// 1.1 added IP management, policy revisions and comment authors
			ModelMigration.additions(new Version(1, 0)),
			// 1.2 added the add-ons' extension slots on the report and on every subject, and IP management moved from
			// the core's ip package into the IP add-on's own (org.hyoka.ip), in the slots of the subjects
			new AddOnMove(new Version(1, 1), "ipScheme", "http://www.hyoka.org/model/1.1/ip", //$NON-NLS-1$ //$NON-NLS-2$
					"http://www.hyoka.org/ip/1.0", "ip", "IPManagementScheme", "org.hyoka.ip.feature", "Hyoka Workbench IP Tracking")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private ModelMigrations() {
	}

	static Optional<ModelMigration> from(Version version, List<ModelMigration> extra) {
		return java.util.stream.Stream.concat(extra.stream(), ALL.stream())
				.filter(migration -> migration.from().equals(version))
				.findFirst();
	}
}
