package org.hyoka.roadmap.internal;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Mark;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapPackage;
import org.hyoka.roadmap.Timelines;

/**
 * Rules on the items of roadmap figures, the same tests the timeline draws them flagged by ({@link Timelines#flags},
 * {@link Timelines#mark}): an end before the start (by year, or by month within one year), no year at all where the
 * source does not say its years are uncertain, and a month that is not one of 1 to 12.
 */
public final class RoadmapRules implements RuleChecker {

	private static final String END_BEFORE_START = "HY-RM-01"; //$NON-NLS-1$
	private static final String UNDATED = "HY-RM-02"; //$NON-NLS-1$
	private static final String NOT_A_MONTH = "HY-RM-03"; //$NON-NLS-1$

	@Override
	public void check(EObject object, Findings findings) {
		if (object instanceof RoadmapElement element) {
			Set<Flag> flags = EnumSet.copyOf(Timelines.flags(element.getStartFY(), element.getEndFY(), element.isYearsUncertain()));
			boolean byMonth = !flags.contains(Flag.END_BEFORE_START) && Timelines.mark(element) instanceof Mark.Bar bar
					&& bar.flags().contains(Flag.END_BEFORE_START);
			if (flags.contains(Flag.END_BEFORE_START) || byMonth) {
				findings.report(END_BEFORE_START, element, Timelines.yearAndMonth(element.getStartFY(), byMonth ? element.getStartMonth() : null),
						Timelines.yearAndMonth(element.getEndFY(), byMonth ? element.getEndMonth() : null));
			}
			if (flags.contains(Flag.UNDATED)) {
				findings.report(UNDATED, element);
			}
			for (EAttribute month : new EAttribute[] { RoadmapPackage.Literals.ROADMAP_ELEMENT__START_MONTH, RoadmapPackage.Literals.ROADMAP_ELEMENT__END_MONTH }) {
				Integer value = (Integer) element.eGet(month);
				if (value != null && (value < 1 || value > 12)) {
					findings.report(NOT_A_MONTH, element, month.getName(), value);
				}
			}
		}
	}
}
