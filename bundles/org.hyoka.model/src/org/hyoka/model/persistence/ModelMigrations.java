package org.hyoka.model.persistence;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.hyoka.model.persistence.FileFormat.Version;

/**
 * The migrations of the .hyoka format's history, oldest first. Every change of the metamodel bumps
 * the version in the namespace URIs and adds a {@link ModelMigration} from the previous version here:
 * {@link ModelMigration#additions} when the change only adds, a real migration otherwise. A file of an older
 * version goes through its version's migration and every later one, in order.
 */
public final class ModelMigrations {

	private static final List<ModelMigration> ALL = List.of(
			// 1.1 added IP management, policy revisions and comment authors
			ModelMigration.additions(new Version(1, 0)),
			// 1.2 added the add-ons' extension slots on the report and on every subject, and IP management moved from
			// the core's ip package into the IP add-on's own (org.hyoka.ip), in the slots of the subjects
			new AddOnMove(new Version(1, 1), "ipScheme", "http://www.hyoka.org/model/1.1/ip", List.of(), //$NON-NLS-1$ //$NON-NLS-2$
					"http://www.hyoka.org/ip/1.0", "ip", "IPManagementScheme", "org.hyoka.ip.feature", "Hyoka Workbench IP Tracking"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			// 1.3: the roadmaps moved from the core's results package into the roadmap add-on's own (org.hyoka.roadmap),
			// in the slots of the subjects; the rest of results stays
			new AddOnMove(new Version(1, 2), "roadmaps", null, List.of("results:RoadmapItem", "results:Milestone"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"http://www.hyoka.org/roadmap/1.0", "roadmap", "Roadmap", "org.hyoka.roadmap.feature", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"Hyoka Workbench Roadmap Timeline"), //$NON-NLS-1$
			// 1.4 told "not stated" from the first literal of four enums and tied target revisions to their target
			new RevisionTargets(),
			// 1.5 told "not stated" from the first literal of the other enums a report may leave unsaid, and a source
			// line may name the feature it prints
			new StatedValues(new Version(1, 4), StatedValues.UNSETTABLE_IN_1_5));

	private ModelMigrations() {
	}

	/** The migration of a file of the version: that version's own (an extra one first), then every later one. */
	static Optional<ModelMigration> from(Version version, List<ModelMigration> extra) {
		return Stream.concat(extra.stream(), ALL.stream())
				.filter(migration -> migration.from().equals(version))
				.findFirst()
				.map(first -> {
					List<ModelMigration> later = ALL.stream().filter(migration -> migration.from().compareTo(version) > 0).toList();
					return later.isEmpty() ? first : new Chain(first, later);
				});
	}

	/** One migration after the other, each reading the text the one before rewrote, then migrating in the same order. */
	private record Chain(ModelMigration first, List<ModelMigration> later) implements ModelMigration {

		@Override
		public Version from() {
			return first.from();
		}

		@Override
		public void migrate(EObject root, Map<EObject, AnyType> unknownContent) {
			first.migrate(root, unknownContent);
			later.forEach(migration -> migration.migrate(root, unknownContent));
		}

		@Override
		public Reader rewrite(Reader text) {
			Reader rewritten = first.rewrite(text);
			for (ModelMigration migration : later) {
				rewritten = migration.rewrite(rewritten);
			}
			return rewritten;
		}

		@Override
		public boolean readsUnknownContent() {
			return first.readsUnknownContent() || later.stream().anyMatch(ModelMigration::readsUnknownContent);
		}
	}
}
