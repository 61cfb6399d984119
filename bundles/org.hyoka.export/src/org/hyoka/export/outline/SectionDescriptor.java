package org.hyoka.export.outline;

import java.util.Objects;

import org.hyoka.core.contributions.ContributionException;
import org.hyoka.core.contributions.Placement;
import org.hyoka.export.outline.ReportSection.Scope;

/**
 * An installed report section as its contribution declares it. The section itself is created only when a report is
 * written.
 *
 * @param id
 *            unique id, which other contributions may name in {@code after} or {@code before}
 * @param scope
 *            what the section is printed for
 * @param after
 *            the id of the section it follows, or {@code null}
 * @param before
 *            the id of the section it precedes, or {@code null}
 * @param bundle
 *            the contributing bundle, named when the section fails
 * @param factory
 *            creates the section
 */
public record SectionDescriptor(String id, Scope scope, String after, String before, String bundle, Factory factory) {

	/** Creates a section; a contributed class may fail to load. */
	@FunctionalInterface
	public interface Factory {
		ReportSection create() throws ContributionException;
	}

	public SectionDescriptor {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(scope, "scope"); //$NON-NLS-1$
		Objects.requireNonNull(bundle, "bundle"); //$NON-NLS-1$
		Objects.requireNonNull(factory, "factory"); //$NON-NLS-1$
	}

	/** Where the section goes among org.hyoka.export's own and the other contributions of its scope. */
	public Placement placement() {
		return new Placement(id, after, before);
	}
}
