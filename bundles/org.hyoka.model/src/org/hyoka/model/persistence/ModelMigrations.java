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
			// 1.2 added the add-ons' extension slots on the report and on every subject
			ModelMigration.additions(new Version(1, 1)));

	private ModelMigrations() {
	}

	static Optional<ModelMigration> from(Version version, List<ModelMigration> extra) {
		return java.util.stream.Stream.concat(extra.stream(), ALL.stream())
				.filter(migration -> migration.from().equals(version))
				.findFirst();
	}
}
