package org.hyoka.model.persistence;

import java.io.Reader;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.hyoka.model.persistence.FileFormat.Version;

/**
 * Brings a file of an older format up to the current one. The file is loaded into the current
 * packages: elements and attributes that still exist are read as usual, everything else is kept in
 * {@code unknownContent} (per object, as recorded by EMF) for the migration to move where it belongs.
 * Register migrations in {@link ModelMigrations}.
 */
public interface ModelMigration {

	/** The format version this migration reads. */
	Version from();

	/** Rewrites the loaded content in place. */
	void migrate(EObject root, Map<EObject, AnyType> unknownContent);

	/**
	 * The file's text as the current format writes it, read before parsing; the text itself by default. A rewrite
	 * keeps every line break, so that problems are still reported at the lines of the file.
	 */
	default Reader rewrite(Reader text) {
		return text;
	}

	/**
	 * Whether content the current packages do not know is kept for {@link #migrate}. When false,
	 * such content is an error at its line and column, as in a file of the current format.
	 */
	default boolean readsUnknownContent() {
		return true;
	}

	/**
	 * The migration from a format that the current one only extends: every element and attribute
	 * of it still means the same, so there is nothing to move.
	 */
	static ModelMigration additions(Version from) {
		return new ModelMigration() {
			@Override
			public Version from() {
				return from;
			}

			@Override
			public void migrate(EObject root, Map<EObject, AnyType> unknownContent) {
				// nothing was renamed or removed
			}

			@Override
			public boolean readsUnknownContent() {
				return false;
			}
		};
	}
}
