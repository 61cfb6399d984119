package org.hyoka.core.indicator;

import java.util.List;
import java.util.Optional;

import org.hyoka.model.results.Indicator;
import org.hyoka.model.results.IndicatorTarget;
import org.hyoka.model.results.TargetRevision;

/** The revisions of an indicator's targets: each belongs to the target (year and value) it revised. */
public final class Revisions {

	private Revisions() {
	}

	/** The revisions recorded for the target, in the order of the file (the last one is the latest). */
	public static List<TargetRevision> of(IndicatorTarget target) {
		return target.eContainer() instanceof Indicator indicator
				? indicator.getRevisions().stream().filter(revision -> revision.getTarget() == target).toList()
				: List.of();
	}

	/** The latest revision of the target that gives the value it had before; empty when none does. */
	public static Optional<TargetRevision> valueBefore(IndicatorTarget target) {
		return of(target).stream().filter(revision -> revision.getOldValue() != null).reduce((first, later) -> later);
	}
}
