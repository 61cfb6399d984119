package org.hyoka.export.outline;

import org.hyoka.core.contributions.Placement;

/** A section in its place in the outline: a built-in one, or a contribution (the other is null). */
record Slot(BuiltInSection builtIn, SectionDescriptor contributed) {

	Placement placement() {
		return builtIn != null ? new Placement(builtIn.id(), null, null) : contributed.placement();
	}
}
