package org.hyoka.model.persistence;

import java.util.List;
import java.util.Optional;

import org.hyoka.model.persistence.FileFormat.Version;

/**
 * The migrations of the .hyoka format's history, oldest first. Format 1.0 is the first published
 * format, so there are none yet; when the metamodel changes incompatibly, bump the version in the
 * namespace URIs and add a {@link ModelMigration} from the previous version here.
 */
public final class ModelMigrations {

	private static final List<ModelMigration> ALL = List.of();

	private ModelMigrations() {
	}

	static Optional<ModelMigration> from(Version version, List<ModelMigration> extra) {
		return java.util.stream.Stream.concat(extra.stream(), ALL.stream())
				.filter(migration -> migration.from().equals(version))
				.findFirst();
	}
}
