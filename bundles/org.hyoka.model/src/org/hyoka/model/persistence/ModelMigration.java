package org.hyoka.model.persistence;

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
}
