package org.hyoka.roadmap.internal;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.ReportText;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.Flag;
import org.hyoka.roadmap.Timelines;

/**
 * Rules on the items of roadmap figures, the same test the timeline draws them flagged by ({@link Timelines#flags}):
 * an end year before the start year, and no year at all where the source does not say its years are uncertain.
 */
public final class RoadmapRules implements RuleChecker {

	private static final String END_BEFORE_START = "HY-RM-01"; //$NON-NLS-1$
	private static final String UNDATED = "HY-RM-02"; //$NON-NLS-1$

	@Override
	public void check(EObject object, Findings findings) {
		if (object instanceof RoadmapElement element) {
			Set<Flag> flags = Timelines.flags(element.getStartFY(), element.getEndFY(), element.isYearsUncertain());
			if (flags.contains(Flag.END_BEFORE_START)) {
				findings.report(END_BEFORE_START, element, ReportText.fiscalYear(element.getStartFY()), ReportText.fiscalYear(element.getEndFY()));
			}
			if (flags.contains(Flag.UNDATED)) {
				findings.report(UNDATED, element);
			}
		}
	}
}
